// Only the page (which reads the token from its HTML) or a deliberate client may spend the
// user's Gong quota: everything a browser can send without a script's custom header is refused.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTokenFilePath, writeApiTokenFile } from './api-token-file';
import { parseConfig } from './config';
import { API_TOKEN_HEADER, API_TOKEN_META } from './contract';
import { servePage } from './page';
import { SANDBOX_INTEGRATION_ID, sampleIds } from './stand-in/stand-in-gong';
import { gongPairForThisFile } from './test-pair';
import { rawRequest, TEST_API_TOKEN } from './test-support';

const pair = gongPairForThisFile(() => {
  const pageRoot = mkdtempSync(path.join(tmpdir(), 'crm-inspector-token-page-'));
  writeFileSync(path.join(pageRoot, 'index.html'), '<!doctype html><head><title>p</title></head>');
  return {
    token: 'token-tests',
    proxy: { rateLimitPerSecond: 50, page: servePage(pageRoot, TEST_API_TOKEN) },
  };
});

const schemaPath = `/api/crm/entity-schema?integrationId=${SANDBOX_INTEGRATION_ID}&objectType=DEAL`;
const entitiesBody = JSON.stringify({
  integrationId: SANDBOX_INTEGRATION_ID,
  objectType: 'DEAL',
  objectsCrmIds: sampleIds('DEAL', 2),
});

describe('the API token', () => {
  it('is required on every /api route, and a wrong one is refused, with no call to Gong', async () => {
    const routes = ['/api/config', schemaPath, '/api/crm/integrations'];
    for (const route of routes) {
      const missing = await rawRequest(pair.proxy.port, { path: route, token: false });
      expect(missing.status).toBe(403);
      expect(JSON.parse(missing.body).errors[0]).toMatch(/X-CRM-Inspector-Token/);
      const wrong = await rawRequest(pair.proxy.port, {
        path: route,
        token: false,
        headers: { [API_TOKEN_HEADER]: `${TEST_API_TOKEN.slice(0, -1)}x` },
      });
      expect(wrong.status).toBe(403);
    }
    const post = await rawRequest(pair.proxy.port, {
      method: 'POST',
      path: '/api/crm/entities',
      token: false,
      headers: { 'content-type': 'application/json' },
      body: entitiesBody,
    });
    expect(post.status).toBe(403);
    expect(pair.standIn.calls).toHaveLength(0);
  });

  it('lets a client that sends it through (curl with the printed token)', async () => {
    const answer = await rawRequest(pair.proxy.port, { path: schemaPath });
    expect(answer.status).toBe(200);
    expect(pair.standIn.calls).toHaveLength(1);
  });

  it('reaches the page in a <meta> of every HTML answer, and never in an API answer', async () => {
    for (const route of ['/', '/index.html', '/some/route']) {
      const page = await rawRequest(pair.proxy.port, { path: route, token: false });
      expect(page.status).toBe(200);
      expect(page.body).toContain(`<meta name="${API_TOKEN_META}" content="${TEST_API_TOKEN}" />`);
    }
    const config = await rawRequest(pair.proxy.port, { path: '/api/config' });
    expect(config.body).not.toContain(TEST_API_TOKEN);
  });

  it('is not served to a foreign Host (DNS rebinding cannot read it)', async () => {
    const page = await rawRequest(pair.proxy.port, {
      path: '/',
      token: false,
      headers: { host: `rebind.example:${pair.proxy.port}` },
    });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(TEST_API_TOKEN);
  });
});

describe('requests a browser sends without a script asking', () => {
  // Shapes Chromium 156 sends: speculation-rules prefetch and prerender, a navigation, a
  // subresource. Each carries the right token here, so only the metadata check can refuse it.
  const shapes: [string, Record<string, string>][] = [
    [
      'a speculation-rules prefetch',
      {
        'sec-fetch-site': 'none',
        'sec-fetch-mode': 'navigate',
        'sec-fetch-dest': 'document',
        'sec-purpose': 'prefetch',
        referer: 'https://evil.example/',
      },
    ],
    ['a prerender', { 'sec-purpose': 'prefetch;prerender', 'sec-fetch-mode': 'navigate' }],
    ['a legacy Purpose: prefetch', { purpose: 'prefetch' }],
    ['a navigation', { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' }],
    ['an address-bar request', { 'sec-fetch-site': 'none' }],
    ['an <img>', { 'sec-fetch-site': 'same-origin', 'sec-fetch-dest': 'image' }],
    ['an <iframe>', { 'sec-fetch-site': 'same-origin', 'sec-fetch-dest': 'iframe' }],
  ];
  it.each(shapes)('refuses %s with 403 and no call to Gong', async (_name, headers) => {
    const answer = await rawRequest(pair.proxy.port, { path: schemaPath, headers });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).errors[0]).toMatch(/requests are not accepted$/);
    expect(pair.standIn.calls).toHaveLength(0);
  });

  it("accepts the page's own fetch metadata", async () => {
    const answer = await rawRequest(pair.proxy.port, {
      path: schemaPath,
      headers: {
        'sec-fetch-site': 'same-origin',
        'sec-fetch-mode': 'cors',
        'sec-fetch-dest': 'empty',
        origin: pair.proxy.url,
      },
    });
    expect(answer.status).toBe(200);
  });
});

describe('CRM_INSPECTOR_TOKEN and the token file', () => {
  const base = { CRM_INSPECTOR_STATE_DIR: '/tmp/crm-state' };
  it('takes a token of at least 32 visible characters, and makes a random one otherwise', () => {
    const own = 'x'.repeat(32);
    const chosen = parseConfig({ ...base, CRM_INSPECTOR_TOKEN: own });
    expect(chosen.ok && chosen.config.apiToken).toBe(own);
    const first = parseConfig(base);
    const second = parseConfig(base);
    expect(first.ok && second.ok && first.config.apiToken !== second.config.apiToken).toBe(true);
    expect(first.ok && first.config.apiToken.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a short or unsendable token without quoting it', () => {
    for (const token of ['short-secret-value', `${'y'.repeat(40)} space`]) {
      const result = parseConfig({ ...base, CRM_INSPECTOR_TOKEN: token });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.join('\n')).toMatch(/^CRM_INSPECTOR_TOKEN: /m);
        expect(result.errors.join('\n')).not.toContain(token);
      }
    }
  });

  it('is written readable by the user alone, one file per port', async () => {
    const stateDir = path.join(mkdtempSync(path.join(tmpdir(), 'crm-state-')), 'nested');
    const written = await writeApiTokenFile(stateDir, 5174, TEST_API_TOKEN);
    expect(written).toEqual({ ok: true, file: apiTokenFilePath(stateDir, 5174) });
    const file = apiTokenFilePath(stateDir, 5174);
    expect(readFileSync(file, 'utf8')).toBe(`${TEST_API_TOKEN}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(stateDir).mode & 0o777).toBe(0o700);
  });

  it('says why it could not be written, without crashing', async () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'crm-state-')), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const written = await writeApiTokenFile(blocker, 5174, TEST_API_TOKEN);
    expect(written).toEqual({ ok: false, reason: expect.stringMatching(/^E[A-Z]+$/) });
  });
});
