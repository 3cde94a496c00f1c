// Upstream text (Gong's Content-Type, requestId, error details) quoted in the proxy's own
// messages and logs: cut short, and withheld whole if it echoes any part of the credential, as
// a misconfigured gateway in front of Gong might.
import type { Secret } from './config';

export const MAX_QUOTED_CHARS = 200;
/** A shorter run could match ordinary text by chance; a longer one could be split to hide. */
const MIN_SECRET_PART = 8;

/** The pieces of a credential that must never be shown: the header, its token, key and secret. */
export function secretParts(authorization: Secret): string[] {
  const header = authorization.reveal();
  const [, token = ''] = header.split(' ', 2);
  const parts = [header, token];
  if (/^basic /i.test(header)) {
    const pair = Buffer.from(token, 'base64').toString('utf8');
    const colon = pair.indexOf(':');
    parts.push(pair.slice(0, colon), pair.slice(colon + 1));
  }
  return parts.filter((part) => part.length > 0);
}

export function quoteUpstream(text: string, secrets: readonly string[]): string {
  if (containsSecret(text, secrets)) return '[withheld: it holds part of the credential]';
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}

/**
 * The lower-cased runs of each credential part that must not appear in quoted text: parts up to
 * MIN_SECRET_PART whole, longer ones as every run of MIN_SECRET_PART characters. Worked out once
 * per list of parts (the proxy has one), not on every call it quotes Gong's requestId for.
 */
const runsOf = new WeakMap<readonly string[], string[]>();

function secretRuns(secrets: readonly string[]): string[] {
  let runs = runsOf.get(secrets);
  if (runs) return runs;
  const found = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    if (secret.length <= MIN_SECRET_PART) found.add(secret.toLowerCase());
    for (let start = 0; start + MIN_SECRET_PART <= secret.length; start += 1) {
      found.add(secret.slice(start, start + MIN_SECRET_PART).toLowerCase());
    }
  }
  runs = [...found];
  runsOf.set(secrets, runs);
  return runs;
}

function containsSecret(text: string, secrets: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return secretRuns(secrets).some((run) => lower.includes(run));
}
