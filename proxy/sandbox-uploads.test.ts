// The sandbox's sample upload files through the proxy's route, as the page's "Try a sample
// upload" asks for them: only in sandbox mode, only with the API token, per object type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { API_TOKEN_HEADER } from './contract';
import { type Runtime, startRuntime } from './runtime';
import { sampleUploadText } from './stand-in/sample-uploads';
import { startTestProxy, type TestProxy, TOKEN_HEADER } from './test-support';

const result = parseConfig({ PORT: '5174' });
if (!result.ok) throw new Error(result.errors.join('\n'));
const config = result.config;
const base = 'http://127.0.0.1:5174/api/sandbox/upload-sample';

describe('GET /api/sandbox/upload-sample in sandbox mode', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await startRuntime(config, { log: () => {} });
  });
  afterAll(() => runtime.close());
  const get = (
    query: string,
    headers: Record<string, string> = { [API_TOKEN_HEADER]: config.apiToken },
  ) => runtime.app.request(`${base}${query}`, { headers: { host: '127.0.0.1:5174', ...headers } });

  it.each(['ACCOUNT', 'CONTACT', 'DEAL', 'LEAD'] as const)(
    'answers the %s sample file as LDJSON',
    async (objectType) => {
      const response = await get(`?objectType=${objectType}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      expect(await response.text()).toBe(sampleUploadText(objectType));
    },
  );

  it('names a missing or bad objectType, and refuses a call without the token', async () => {
    const missing = await get('');
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toMatch(/objectType/);
    expect((await get('?objectType=deal')).status).toBe(400);
    expect((await get('?objectType=DEAL', {})).status).toBe(403);
  });
});

describe('GET /api/sandbox/upload-sample in gong mode', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy({ upstreamUrl: 'http://127.0.0.1:9', authorization: 'Bearer x' });
  });
  afterAll(() => proxy.close());

  it('is a 404 that says sandbox mode only', async () => {
    const response = await fetch(`${proxy.url}/api/sandbox/upload-sample?objectType=DEAL`, {
      headers: TOKEN_HEADER,
    });
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0]).toMatch(/sandbox mode only/);
  });
});
