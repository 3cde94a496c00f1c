// The command line of `crm-inspector verify`: its usage text and its flags, checked before
// anything is read or any call is made. A mistake here is exit status 2 with the usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  integrationIdSchema,
  OBJECT_TYPES,
  type ObjectType,
  objectTypeSchema,
} from '../proxy/contract';

export const USAGE = `usage: crm-inspector verify FILE --integration ID --type TYPE [--report PATH] [--sample N] [--markdown PATH] [--json] [--strict]
       npm run verify -- FILE --integration ID --type TYPE [...]

Checks an upload file (LDJSON, as sent to Gong's POST /v2/crm/entities) against what Gong stored.
  FILE               the upload file: one JSON object per line (or a JSON array of objects)
  --integration ID   the integration's id, digits
  --type TYPE        ${OBJECT_TYPES.join(', ')}
  --report PATH      write the crm-inspector-verification v1 report (JSON) to PATH
  --markdown PATH    write the summary and the fields that differ as Markdown to PATH
  --sample N         verify a random, reproducible sample of N objects instead of all
  --json             print the report to stdout instead of the text
  --strict           warnings (e.g. milliseconds in modifiedDate) fail the check too
Exit status: 0 all stored as sent, 1 something differs, is not in Gong or the file has errors,
2 a usage or configuration error, or Gong could not be read.
Credentials and GONG_BASE_URL come from the environment or .env, as for npm start; none: the sandbox.`;

export interface VerifyArgs {
  /** The absolute path of the upload file. */
  readonly file: string;
  /** FILE as the user wrote it, for messages. */
  readonly fileLabel: string;
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly report?: string;
  readonly markdown?: string;
  readonly sample?: number;
  readonly json: boolean;
  readonly strict: boolean;
}

export type ParsedCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'verify'; readonly args: VerifyArgs }
  | { readonly kind: 'usage-error'; readonly errors: readonly string[] };

/**
 * `baseDir` resolves relative paths: the directory the user ran the command in, which under
 * `npm run` is not the process's own (npm runs scripts in the package's folder).
 */
export function parseCommand(argv: readonly string[], baseDir: string): ParsedCommand {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    // parseArgs names the flag: "Unknown option '--sampel'", "Option '--type <value>' argument missing".
    return { kind: 'usage-error', errors: [(error as Error).message] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, file, ...extra] = positionals;
  if (command === undefined) return { kind: 'usage-error', errors: ['no command given'] };
  if (command !== 'verify') {
    return { kind: 'usage-error', errors: [`unknown command ${JSON.stringify(command)}`] };
  }
  const errors: string[] = [];
  if (file === undefined || file === '') errors.push('FILE: the upload file is missing');
  if (extra.length > 0) errors.push(`one FILE only; also given: ${extra.join(' ')}`);
  const integrationId = integrationIdSchema.safeParse(values.integration);
  if (!integrationId.success) {
    errors.push(`--integration ${integrationId.error.issues[0]?.message ?? 'is not valid'}`);
  }
  const objectType = objectTypeSchema.safeParse(values.type?.toUpperCase());
  if (!objectType.success) {
    errors.push(
      values.type === undefined
        ? '--type is missing'
        : `--type must be one of ${OBJECT_TYPES.join(', ')}`,
    );
  }
  let sample: number | undefined;
  if (values.sample !== undefined) {
    sample = /^\d+$/.test(values.sample) ? Number(values.sample) : Number.NaN;
    if (!Number.isSafeInteger(sample) || sample < 1) {
      errors.push('--sample must be a whole number of objects, 1 or more');
    }
  }
  for (const flag of ['report', 'markdown'] as const) {
    if (values[flag] === '') errors.push(`--${flag} needs a file path`);
  }
  if (errors.length > 0 || !integrationId.success || !objectType.success || file === undefined) {
    return { kind: 'usage-error', errors };
  }
  const at = (given: string | undefined) =>
    given === undefined ? undefined : path.resolve(baseDir, given);
  return {
    kind: 'verify',
    args: {
      file: path.resolve(baseDir, file),
      fileLabel: file,
      integrationId: integrationId.data,
      objectType: objectType.data,
      ...(values.report !== undefined ? { report: at(values.report) } : {}),
      ...(values.markdown !== undefined ? { markdown: at(values.markdown) } : {}),
      ...(sample !== undefined ? { sample } : {}),
      json: values.json ?? false,
      strict: values.strict ?? false,
    },
  };
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      integration: { type: 'string' },
      type: { type: 'string' },
      report: { type: 'string' },
      markdown: { type: 'string' },
      sample: { type: 'string' },
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

/**
 * Where the user ran the command. `npm run verify` runs in the package's folder and says where
 * it was run from in INIT_CWD; only for this package's own script, since another package's
 * script that calls the bin resolves its paths from its own folder.
 */
export function userDirectory(env: NodeJS.ProcessEnv, cwd: string): string {
  const ownScript =
    env.npm_package_name === 'crm-inspector' && env.npm_lifecycle_event === 'verify';
  return ownScript && env.INIT_CWD ? env.INIT_CWD : cwd;
}
