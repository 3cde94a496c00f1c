import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { E2E_ACCESS_KEY, E2E_ACCESS_KEY_SECRET } from './e2e-credentials';
import { parseMainArgs } from './main-args';
import { type StandIn, sampleIds, startStandIn } from './stand-in-gong';
import { basicAuth, entitiesUrl, getEntities, send, TEST_AUTH } from './test-client';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: null, control: true });
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const control = (method: string, path: string, body?: string) =>
  send(`${standIn.url}/__control/${path}`, { method, ...(body === undefined ? {} : { body }) });

describe('control API', () => {
  it('queues faults sent as JSON and rejects unknown kinds', async () => {
    expect((await control('POST', 'faults', '[{"kind":"status","status":502}]')).status).toBe(200);
    expect((await getEntities(standIn.url, 'DEAL', ['a'])).status).toBe(502);
    const bad = await control('POST', 'faults', '[{"kind":"explode"}]');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0]).toMatch(/kind must be one of/);
    expect((await control('POST', 'faults', '[{"kind":"slow-body"}]')).status).toBe(400);
  });

  it('replaces an object keeping large integers exact, deletes with null, and resets', async () => {
    const [id = ''] = sampleIds('CONTACT', 1);
    const path = `objects/CONTACT/${encodeURIComponent(id)}`;
    expect((await control('PUT', path, '{"objectId":"x","n":12345678901234567890}')).status).toBe(
      200,
    );
    const changed = await getEntities(standIn.url, 'CONTACT', [id]);
    expect(changed.text).toContain(`"${id}":{"objectId":"x","n":12345678901234567890}`);
    expect((await control('PUT', path, 'null')).status).toBe(200);
    expect(
      JSON.parse((await getEntities(standIn.url, 'CONTACT', [id])).text).crmObjectsMap[id],
    ).toBeNull();
    expect((await control('PUT', 'objects/TICKET/1', '{}')).status).toBe(400);
    expect((await control('PUT', path, '[1]')).status).toBe(400);

    expect((await control('POST', 'reset')).status).toBe(200);
    const restored = JSON.parse((await getEntities(standIn.url, 'CONTACT', [id])).text);
    expect(restored.crmObjectsMap[id]).toMatchObject({ firstName: 'Ava', lastName: 'Smith' });
  });

  it('lists recorded calls without credentials, and does not record itself', async () => {
    await getEntities(standIn.url, 'LEAD', ['a']);
    await send(entitiesUrl(standIn.url, 'LEAD'), {
      body: '["b"]',
      headers: { authorization: 'Bearer test-token' },
    });
    const reply = await control('GET', 'calls');
    expect(reply.status).toBe(200);
    expect(reply.text).not.toContain('test-token');
    expect(reply.text).not.toContain(TEST_AUTH.basic.accessKey);
    const calls = JSON.parse(reply.text);
    expect(
      calls.map((call: { headers: { authorization: string } }) => call.headers.authorization),
    ).toEqual(['Basic [redacted]', 'Bearer [redacted]']);
    expect(calls[1]).toMatchObject({ body: '["b"]', status: 200, query: { objectType: 'LEAD' } });
  });

  it('sets latency and arrival jitter, refuses bad ones, and resets them', async () => {
    expect(JSON.parse((await control('GET', 'delays')).text)).toEqual({
      latency: 'none',
      arrivalJitter: 'none',
    });
    const set = await control('POST', 'delays', '{"latency":"200-800","arrivalJitter":"30-150"}');
    expect(set.status).toBe(200);
    expect(JSON.parse(set.text)).toEqual({ latency: '200-800', arrivalJitter: '30-150' });
    expect(standIn.delays()).toEqual({
      latency: { min: 200, max: 800 },
      arrivalJitter: { min: 30, max: 150 },
    });
    // One key leaves the other as it was; null clears.
    await control('POST', 'delays', '{"latency":null}');
    expect(JSON.parse((await control('GET', 'delays')).text)).toEqual({
      latency: 'none',
      arrivalJitter: '30-150',
    });
    for (const bad of ['[1]', '{"latency":300}', '{"latency":"9-1"}', '{"speed":"1"}', 'x']) {
      const reply = await control('POST', 'delays', bad);
      expect(reply.status, bad).toBe(400);
      expect(JSON.parse(reply.text).errors[0], bad).toMatch(/latency|body|unknown key/);
    }
    await control('POST', 'reset');
    expect(standIn.delays()).toEqual({ latency: null, arrivalJitter: null });
  });

  it('counts a call when it arrives, after the jitter, and answers after the latency', async () => {
    standIn.setDelays({ latency: { min: 300, max: 300 }, arrivalJitter: { min: 120, max: 120 } });
    const sentAt = performance.timeOrigin + performance.now();
    const reply = await getEntities(standIn.url, 'DEAL', sampleIds('DEAL', 2));
    const answeredAt = performance.timeOrigin + performance.now();
    expect(reply.status).toBe(200);
    const [call] = standIn.calls;
    // Lower bounds only: a busy machine makes both later, never earlier (timers may round 1 ms).
    expect(call?.receivedAt).toBeGreaterThanOrEqual(sentAt + 119);
    expect(answeredAt).toBeGreaterThanOrEqual(sentAt + 299);
    expect(call?.status).toBe(200);
  });

  it('refuses with 429 on arrival calls past the limit while earlier ones are still unanswered', async () => {
    const limited = await startStandIn({
      auth: TEST_AUTH,
      rateLimitPerSecond: 2,
      delays: { latency: { min: 400, max: 400 }, arrivalJitter: { min: 30, max: 60 } },
    });
    onTestFinished(() => limited.close());
    const replies = await Promise.all(
      [0, 1, 2].map(() => getEntities(limited.url, 'DEAL', sampleIds('DEAL', 1))),
    );
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 429]);
    expect(limited.calls.map((call) => call.status).sort()).toEqual([200, 200, 429]);
  });

  it('does not exist unless enabled', async () => {
    const plain = await startStandIn({ auth: TEST_AUTH });
    const reply = await send(`${plain.url}/__control/reset`, { method: 'POST' });
    await plain.close();
    expect(reply.status).toBe(404);
  });
});

describe('standalone main', () => {
  it('parses its flags', () => {
    expect(parseMainArgs(['--port', '5180'])).toEqual({
      port: 5180,
      rateLimitPerSecond: 3,
      control: false,
      delays: { latency: null, arrivalJitter: null },
    });
    expect(parseMainArgs(['--port', '0', '--rate-limit', 'none', '--control'])).toEqual({
      port: 0,
      rateLimitPerSecond: null,
      control: true,
      delays: { latency: null, arrivalJitter: null },
    });
    expect(
      parseMainArgs(['--port', '1', '--latency', '200-800', '--arrival-jitter', '30-150']).delays,
    ).toEqual({ latency: { min: 200, max: 800 }, arrivalJitter: { min: 30, max: 150 } });
    expect(parseMainArgs(['--port', '1', '--latency', '250']).delays.latency).toEqual({
      min: 250,
      max: 250,
    });
    expect(() => parseMainArgs(['--port', '1', '--latency', '800-200'])).toThrow(
      /--latency: 800 is more than 200/,
    );
    expect(() => parseMainArgs(['--port', '1', '--arrival-jitter', 'fast'])).toThrow(
      /--arrival-jitter must be milliseconds/,
    );
    expect(() => parseMainArgs(['--port', '1', '--latency', '90000'])).toThrow(/at most 60000/);
    expect(() => parseMainArgs([])).toThrow(/--port/);
    expect(() => parseMainArgs(['--port', '80', '--rate-limit', 'fast'])).toThrow(/--rate-limit/);
    expect(() => parseMainArgs(['--port', '80', '--verbose'])).toThrow();
  });

  it('prints where it listens, answers with the e2e credentials, and stops on SIGTERM', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const url = /^stand-in Gong listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(
      line.toString(),
    )?.[1];
    expect(url).toBeDefined();
    const reply = await send(entitiesUrl(url ?? '', 'ACCOUNT'), {
      body: JSON.stringify(sampleIds('ACCOUNT', 1)),
      headers: { authorization: basicAuth(E2E_ACCESS_KEY, E2E_ACCESS_KEY_SECRET) },
    });
    expect(reply.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
