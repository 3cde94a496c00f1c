import { describe, expect, it } from 'vitest';
import { explain } from './api-client';

describe('explain', () => {
  it.each([
    // Found by the fault suite: Gong's own 503 read as if this tool were busy.
    [
      "Gong's own 503, after the proxy's retries",
      explain(503, ['Service Unavailable'], 0, undefined, true),
      'Gong failed (503). Gong said: Service Unavailable. Retry failed may help.',
    ],
    [
      "the proxy's full queue, before any call to Gong",
      explain(
        503,
        ['too many calls are already waiting for Gong (180); try again in a moment'],
        0,
        undefined,
        false,
      ),
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
});
