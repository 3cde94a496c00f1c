import { describe, expect, it } from 'vitest';
import { lineSink } from './log-sink';

describe('lineSink', () => {
  it('writes the lines of one turn together, after it, in order, each ending in a newline', async () => {
    const written: string[] = [];
    const log = lineSink((text) => written.push(text));
    log('GET /api/config 200 1ms');
    log('POST /api/crm/entities 200 3ms');
    expect(written).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual(['GET /api/config 200 1ms\nPOST /api/crm/entities 200 3ms\n']);
    log('later');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual([
      'GET /api/config 200 1ms\nPOST /api/crm/entities 200 3ms\n',
      'later\n',
    ]);
  });
});
