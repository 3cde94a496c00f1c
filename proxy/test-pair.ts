// One stand-in Gong and one real proxy per test file, with the file's hooks registered here:
// started before its tests, the stand-in's faults and records reset after each, both closed
// after all. Test files only (it registers vitest hooks); benchmarks use test-support.ts.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { prepareSampleObjects } from './stand-in/object-store';
import { type GongPair, type GongPairOptions, startGongPair } from './test-support';

/** `options` may be a function, for setup that must wait for the file's turn (a temp folder). */
export function gongPairForThisFile(options: GongPairOptions | (() => GongPairOptions)): GongPair {
  let pair: GongPair | undefined;
  beforeAll(async () => {
    prepareSampleObjects();
    pair = await startGongPair(typeof options === 'function' ? options() : options);
  });
  afterEach(() => pair?.standIn.reset());
  afterAll(() => pair?.close());
  const started = (): GongPair => {
    if (!pair) throw new Error('gongPairForThisFile: the servers start in beforeAll');
    return pair;
  };
  return {
    get standIn() {
      return started().standIn;
    },
    get proxy() {
      return started().proxy;
    },
    close: () => started().close(),
  };
}
