export interface StandInAuth {
  basic?: { accessKey: string; accessKeySecret: string };
  bearerToken?: string;
}

/** Why Gong would refuse this Authorization header, or undefined when it is accepted. */
export function authProblem(header: string | undefined, auth: StandInAuth): string | undefined {
  if (!header) return 'Missing Authorization header: use Basic or Bearer authorization';
  const [scheme = '', credentials = ''] = header.trim().split(/\s+/, 2);
  switch (scheme.toLowerCase()) {
    case 'basic': {
      const expected = auth.basic && `${auth.basic.accessKey}:${auth.basic.accessKeySecret}`;
      const given = Buffer.from(credentials, 'base64').toString('utf8');
      return expected !== undefined && given === expected
        ? undefined
        : 'Invalid access key or access key secret';
    }
    case 'bearer':
      return auth.bearerToken !== undefined && credentials === auth.bearerToken
        ? undefined
        : 'Invalid or expired access token';
    default:
      return `Unsupported authorization scheme '${scheme}'`;
  }
}
