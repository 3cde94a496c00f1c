// Today's calls to Gong, kept in a small file: it survives a restart, a new UTC day starts from
// 0, and a broken file is reported and replaced rather than stopping the proxy.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { usageResponseSchema } from './contract';
import { DailyUsage, usageFilePath } from './daily-usage';
import { startRuntime } from './runtime';
import { SANDBOX_INTEGRATION_ID, sampleIds } from './stand-in/stand-in-gong';
import { type GongPair, rawRequest, startGongPair } from './test-support';

const freshFile = async () =>
  path.join(await mkdtemp(path.join(tmpdir(), 'crm-inspector-usage-')), 'gong-usage.json');

const clockAt = (iso: string) => {
  const clock = { now: new Date(iso) };
  return { clock, now: () => clock.now };
};

describe('DailyUsage', () => {
  it('keeps the count across a restart, in a file holding the day and the count only', async () => {
    const file = await freshFile();
    const { now } = clockAt('2026-12-02T10:00:00Z');
    const first = await DailyUsage.open({ file, dailyLimit: 10_000, log: () => {}, now });
    for (let i = 0; i < 5; i++) first.count();
    await first.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ day: '2026-12-02', calls: 5 });

    const restarted = await DailyUsage.open({ file, dailyLimit: 10_000, log: () => {}, now });
    expect(restarted.snapshot()).toEqual({ day: '2026-12-02', calls: 5, dailyLimit: 10_000 });
    restarted.count();
    await restarted.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ day: '2026-12-02', calls: 6 });
  });

  it('starts a new UTC day from 0', async () => {
    const file = await freshFile();
    const { clock, now } = clockAt('2026-12-02T23:59:59Z');
    const usage = await DailyUsage.open({ file, dailyLimit: 300, log: () => {}, now });
    usage.count();
    usage.count();
    await usage.flush();
    expect(usage.snapshot()).toEqual({ day: '2026-12-02', calls: 2, dailyLimit: 300 });
    clock.now = new Date('2026-12-03T00:00:01Z');
    expect(usage.snapshot()).toEqual({ day: '2026-12-03', calls: 0, dailyLimit: 300 });
    usage.count();
    await usage.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ day: '2026-12-03', calls: 1 });
    // A file left from yesterday counts nothing today.
    const nextDay = await DailyUsage.open({ file, dailyLimit: 300, log: () => {}, now });
    clock.now = new Date('2026-12-04T08:00:00Z');
    expect(nextDay.snapshot().calls).toBe(0);
  });

  it.each([
    ['not JSON', '{"day":"2026-12-02","calls":'],
    ['no "day" as YYYY-MM-DD', '{"day":"yesterday","calls":4}'],
    ['no "calls" as a whole number', '{"day":"2026-12-02","calls":-1}'],
  ])('reports a corrupt file (%s) and replaces it', async (reason, text) => {
    const file = await freshFile();
    await writeFile(file, text);
    const logs: string[] = [];
    const { now } = clockAt('2026-12-02T10:00:00Z');
    const usage = await DailyUsage.open({
      file,
      dailyLimit: 10_000,
      log: (l) => logs.push(l),
      now,
    });
    expect(logs).toEqual([
      `the usage file ${file} could not be used (${reason}); counting today's Gong calls from 0 and replacing it`,
    ]);
    expect(usage.snapshot().calls).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ day: '2026-12-02', calls: 0 });
    usage.count();
    await usage.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ day: '2026-12-02', calls: 1 });
  });

  it('reports a file it cannot read or write, and keeps counting in memory', async () => {
    const file = await freshFile();
    await mkdir(file); // a folder where the file should be: neither readable nor replaceable
    const logs: string[] = [];
    const usage = await DailyUsage.open({ file, dailyLimit: 10_000, log: (l) => logs.push(l) });
    usage.count();
    await usage.flush();
    expect(logs[0]).toMatch(/could not be used \(unreadable: EISDIR\)/);
    expect(logs.at(-1)).toMatch(/could not be written/);
    expect(usage.snapshot().calls).toBe(1);
  });
});

describe('GET /api/usage', () => {
  let pair: GongPair;
  let file: string;
  beforeAll(async () => {
    file = await freshFile();
    pair = await startGongPair({
      token: 'usage-token',
      proxy: { usageFile: file, dailyLimit: 500 },
    });
  });
  afterAll(() => pair.close());

  const usage = async () => {
    const answer = await rawRequest(pair.proxy.port, { path: '/api/usage' });
    expect(answer.status).toBe(200);
    return usageResponseSchema.parse(JSON.parse(answer.body));
  };

  it('counts every request sent to Gong, retries included', async () => {
    const before = (await usage()).calls;
    pair.standIn.injectFaults({ kind: 'status', status: 503 });
    const ids = { integrationId: SANDBOX_INTEGRATION_ID, objectType: 'DEAL' };
    const first = await pair.proxy.postEntities({ ...ids, objectsCrmIds: sampleIds('DEAL', 2) });
    const second = await pair.proxy.postEntities({ ...ids, objectsCrmIds: ['x'] });
    expect([first.status, second.status]).toEqual([200, 200]);
    // A request refused before Gong (a bad body) is not a call.
    expect((await pair.proxy.postEntities({ ...ids, objectsCrmIds: [] })).status).toBe(400);
    const after = await usage();
    expect(after).toEqual({
      day: new Date().toISOString().slice(0, 10),
      calls: before + 3,
      dailyLimit: 500,
    });
    expect(pair.standIn.calls).toHaveLength(3);
    await pair.proxy.usage.flush();
    expect(JSON.parse(await readFile(file, 'utf8')).calls).toBe(before + 3);
  });

  it('has the guards of every route', async () => {
    const noToken = await rawRequest(pair.proxy.port, { path: '/api/usage', token: false });
    expect(noToken.status).toBe(403);
    const foreign = await rawRequest(pair.proxy.port, {
      path: '/api/usage',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const post = await rawRequest(pair.proxy.port, { method: 'POST', path: '/api/usage' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
  });
});

describe('the sandbox', () => {
  it('counts its calls too, in a file of its own', async () => {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'crm-inspector-state-'));
    const parsed = parseConfig({ CRM_INSPECTOR_STATE_DIR: stateDir, GONG_DAILY_LIMIT: '42' });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const config = parsed.config;
    const runtime = await startRuntime(config, { log: () => {} });
    try {
      const headers = {
        host: `127.0.0.1:${config.port}`,
        'x-crm-inspector-token': config.apiToken,
        'content-type': 'application/json',
      };
      const answer = await runtime.app.request('/api/crm/entities', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          integrationId: SANDBOX_INTEGRATION_ID,
          objectType: 'LEAD',
          objectsCrmIds: sampleIds('LEAD', 3),
        }),
      });
      expect(answer.status).toBe(200);
      const usage = await runtime.app.request('/api/usage', { headers });
      expect(await usage.json()).toMatchObject({ calls: 1, dailyLimit: 42 });
    } finally {
      await runtime.close();
    }
    expect(usageFilePath(stateDir, 'sandbox')).not.toBe(usageFilePath(stateDir, 'gong'));
    const stored = JSON.parse(await readFile(usageFilePath(stateDir, 'sandbox'), 'utf8'));
    expect(stored.calls).toBe(1);
    expect(Object.keys(stored).sort()).toEqual(['calls', 'day']);
  });
});
