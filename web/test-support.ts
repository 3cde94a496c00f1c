// For page code tested in Node against the real proxy and the stand-in Gong, over sockets: the
// page fetches relative paths (`/api/crm/…`), which a browser resolves against the page's own
// origin; here they resolve against the test proxy's. Nothing else about fetch is replaced.
import { afterAll, beforeEach, vi } from 'vitest';
import { gongPairForThisFile } from '../proxy/test-pair';
import { type GongPair, TOKEN_HEADER } from '../proxy/test-support';

/** Starts a stand-in Gong and a proxy for the calling test file; `pair()` gives them. */
export function pageProxyForThisFile(): () => GongPair {
  const pair = gongPairForThisFile({ token: 'page-tests', proxy: { rateLimitPerSecond: 100 } });
  const realFetch = globalThis.fetch;
  // Before each test, so a file that unstubs globals after its tests does not undo it.
  beforeEach(() => {
    const base = pair.proxy.url;
    // The token a browser page reads from its HTML; Node has no page to read it from.
    vi.stubGlobal('fetch', (path: string | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      for (const [name, value] of Object.entries(TOKEN_HEADER)) headers.set(name, value);
      return realFetch(new URL(String(path), base), { ...init, headers });
    });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
  return () => pair;
}

/** Gong answers 503 to one proxied call: to the proxy's first try and both of its retries. */
export function failNextCall(pair: GongPair): void {
  const unavailable = { kind: 'status', status: 503 } as const;
  pair.standIn.injectFaults(unavailable, unavailable, unavailable);
}
