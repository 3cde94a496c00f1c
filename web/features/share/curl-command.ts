// The direct call to Gong that a result came from, as curl commands a developer can paste into
// a terminal or a ticket. The credential stays an environment variable: it is never on the page.
import { MAX_IDS_PER_CALL } from '../../../proxy/contract';
import { chunk } from '../../lib/ids/batch';
import type { CrmQuery } from '../../model/query';

export const DEFAULT_GONG_BASE = 'https://api.gong.io';

/** A POSIX shell word that stays exactly `text`, whatever it holds. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/**
 * Gong's base URL from /api/config's `upstreamHost`. The proxy accepts plain http only for a
 * loopback test server, so every other host is https. The sandbox has no Gong behind it.
 */
export function gongBaseUrl(mode: 'sandbox' | 'gong', upstreamHost: string): string {
  if (mode === 'sandbox') return DEFAULT_GONG_BASE;
  return `${LOOPBACK.test(upstreamHost) ? 'http' : 'https'}://${upstreamHost}`;
}

function oneCall(url: string, ids: readonly string[]): string {
  return [
    `curl -sS -X GET ${shellQuote(url)} \\`,
    `  -u "$GONG_ACCESS_KEY:$GONG_ACCESS_KEY_SECRET" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data ${shellQuote(JSON.stringify(ids))}`,
  ].join('\n');
}

/** One command per 100 ids: Gong answers only the first 100 of a call and says nothing. */
export function curlCommands(
  query: CrmQuery,
  options: { baseUrl: string; sandbox: boolean },
): string {
  const search = new URLSearchParams({
    integrationId: query.integrationId,
    objectType: query.objectType,
  });
  const url = `${options.baseUrl}/v2/crm/entities?${search}`;
  const calls = chunk(query.ids, MAX_IDS_PER_CALL);
  const lines: string[] = [];
  if (options.sandbox) {
    lines.push("# The sandbox's sample data is not in Gong: these commands read your real Gong.");
  }
  lines.push(
    '# Gong "Get CRM objects": the ids go as the JSON body of a GET, at most 100 per call.',
    '# With an OAuth token instead of an access key, replace the -u line with',
    '#   -H "Authorization: Bearer $GONG_BEARER_TOKEN" \\',
  );
  calls.forEach((ids, index) => {
    if (calls.length > 1) {
      const first = index * MAX_IDS_PER_CALL + 1;
      lines.push(
        '',
        `# Call ${index + 1} of ${calls.length} (ids ${first} to ${first + ids.length - 1})`,
      );
    }
    lines.push(oneCall(url, ids));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The same query as calls to this proxy: it works in the sandbox and needs no Gong credential,
 * only the proxy's API token, read from the file the server writes (never put in the command).
 */
export function proxyCurlCommands(
  query: CrmQuery,
  origin: string,
  port: string,
  /** The file the server says it wrote (/api/config); else where it writes by default. */
  tokenFile?: string,
): string {
  const calls = chunk(query.ids, MAX_IDS_PER_CALL);
  const lines = [
    '# This proxy, as the page calls it: no Gong credential needed, only its API token.',
    tokenFile !== undefined
      ? `TOKEN=$(cat ${shellQuote(tokenFile)})`
      : `TOKEN=$(cat ~/.local/state/crm-inspector/api-token-${port})`,
  ];
  for (const ids of calls) {
    const body = JSON.stringify({
      integrationId: query.integrationId,
      objectType: query.objectType,
      objectsCrmIds: ids,
    });
    lines.push(
      `curl -sS ${shellQuote(`${origin}/api/crm/entities`)} \\`,
      '  -H "X-CRM-Inspector-Token: $TOKEN" \\',
      `  -H 'Content-Type: application/json' \\`,
      `  --data ${shellQuote(body)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
