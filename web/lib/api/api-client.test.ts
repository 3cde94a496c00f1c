import { describe, expect, it } from 'vitest';
import { pageProxyForThisFile } from '../../test-support';
import { ApiError, explain, getJson } from './api-client';

describe('explain', () => {
  it.each([
    // Found by the fault suite: Gong's own 503 read as if this tool were busy.
    [
      "Gong's own 503, after the proxy's retries",
      explain(503, ['Service Unavailable'], { calledGong: true }),
      'Gong failed (503). Gong said: Service Unavailable. Retry failed may help.',
    ],
    [
      "the proxy's full queue, before any call to Gong",
      explain(503, ['too many calls are already waiting for Gong (180); try again in a moment'], {
        calledGong: false,
      }),
      'Too busy: too many calls are already waiting for Gong (180); try again in a moment. Retry failed in a moment.',
    ],
    // Found by the fault suite: "Gong's answer could not be used" when Gong never answered.
    [
      'Gong down',
      explain(502, ['127.0.0.1:9 refused the connection (tried 3 times)']),
      'No usable answer from Gong: 127.0.0.1:9 refused the connection (tried 3 times). Retry failed may help.',
    ],
    [
      'a 500 whose line ends with a full stop',
      explain(500, ['An error has occurred.']),
      'Gong failed (500). Gong said: An error has occurred. Retry failed may help.',
    ],
    ['a 500 with no line', explain(500, []), 'Gong failed (500). Retry failed may help.'],
  ])('%s', (_case, message, expected) => {
    expect(message).toBe(expected);
  });

  // Found in review: panels without a Retry failed button told people to press it.
  it.each([
    [
      explain(503, ['Service Unavailable'], { retryAction: 'Check status' }),
      'Gong failed (503). Gong said: Service Unavailable. Check status may help.',
    ],
    [
      explain(503, [], { calledGong: false, retryAction: 'Try again' }),
      'Too busy: service unavailable. Try again in a moment.',
    ],
    [
      explain(504, [], { retryAction: 'Read the schema again' }),
      'Gong did not answer in time: timeout. Read the schema again may help.',
    ],
    [
      explain(429, [], { retryAfter: 120, retryAction: 'Check status' }),
      "Gong's rate limit is used up: Gong asks to wait 2 min, then use Check status.",
    ],
  ])('names the retry action the caller passes: %s', (message, expected) => {
    expect(message).toBe(expected);
  });
});

describe('getJson', () => {
  const servers = pageProxyForThisFile();

  it('words a failure with the caller’s scope and retry action', async () => {
    servers().standIn.injectFaults({ kind: 'html-200' });
    const error = await getJson('/api/crm/integrations', {
      scope: 'api:crm:integrations:read',
      retryAction: 'Check status',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(
      /^No usable answer from Gong: Gong answered 200 but its body is not JSON \(content type text\/html.*\)\. Check status may help\.$/,
    );
  });

  it('names the scope when Gong denies access', async () => {
    servers().standIn.injectFaults({
      kind: 'status',
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: '{"requestId":"r401","errors":["Unauthorized"]}',
    });
    const error = await getJson('/api/crm/integrations', {
      scope: 'api:crm:integrations:read',
    }).catch((caught: unknown) => caught);
    expect((error as ApiError).message).toContain('api:crm:integrations:read');
    expect((error as ApiError).requestId).toBe('r401');
  });
});
