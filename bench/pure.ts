// The page's pure work, timed in Node: id parsing, the grid's diff, the before/after compare,
// and the lossless parser against JSON.parse. Chromium runs the same V8; page.ts times the
// same work inside the page where it matters to a person.
import { compareResults, type ResultSide } from '../web/diff/compare-results';
import { buildFieldRows } from '../web/diff/field-rows';
import { parseIds } from '../web/lib/ids/parse-ids';
import type { CrmObject } from '../web/lib/json/json-value';
import { parseLossless } from '../web/lib/json/lossless-json';
import { type Measurement, median, round, sample, sampleSideBySide } from './measure';
import { makeCrmObjects, makeGongAnswer, makeIdPaste } from './perf-fixtures';

const RUNS = 15;
const SHAPE = { objects: 1_000, fields: 300 } as const;

function sideOf(objects: readonly CrmObject[]): ResultSide {
  return {
    ids: objects.map((object) => object.id),
    results: new Map(objects.map((object) => [object.id, object.fields])),
  };
}

export function measureParseIds(): Measurement {
  const paste = makeIdPaste(100_000);
  const parsed = parseIds(paste);
  if (parsed.ids.length < 80_000) throw new Error(`parseIds found only ${parsed.ids.length} ids`);
  return {
    what: 'parse 100,000 pasted ids',
    value: median(sample(() => parseIds(paste), RUNS)),
    unit: 'ms',
    runs: RUNS,
    budget: 50,
    comparison: `${parsed.ids.length} unique, ${parsed.duplicates} repeats, ${(paste.length / 1e6).toFixed(1)} MB`,
  };
}

export function measureDiff(): Measurement {
  // Every 50th id unknown to Gong, as in a real paste with a few typos.
  const objects = makeCrmObjects({ ...SHAPE, missingEvery: 50 });
  const table = buildFieldRows(objects);
  const differing = table.rows.filter((row) => row.differs).length;
  return {
    what: 'diff 1,000 × 300 (buildFieldRows)',
    value: median(sample(() => buildFieldRows(objects), RUNS)),
    unit: 'ms',
    runs: RUNS,
    budget: 50,
    comparison: `${table.found.length} found × ${table.rows.length} fields, ${differing} differ`,
  };
}

export function measureCompare(): Measurement {
  // Another seed redraws the random fields: about a quarter of all values change.
  const baseline = sideOf(makeCrmObjects({ ...SHAPE, seed: 7 }));
  const current = sideOf(makeCrmObjects({ ...SHAPE, seed: 8 }));
  const comparison = compareResults(baseline, current);
  if (comparison.objectsChanged === 0) throw new Error('the two results do not differ');
  return {
    what: 'compare two 1,000 × 300 results',
    value: median(sample(() => compareResults(baseline, current), RUNS)),
    unit: 'ms',
    runs: RUNS,
    budget: 100,
    comparison: `${comparison.objectsChanged} objects, ${comparison.fieldsChanged} values changed`,
  };
}

export function measureLosslessRatio(): Measurement {
  // A few integers above 2^53 force the exact path (otherwise it is plain JSON.parse).
  const text = makeGongAnswer({ ...SHAPE, bigNumbers: 5 });
  const times = sampleSideBySide(
    () => parseLossless(text),
    () => JSON.parse(text),
    RUNS,
  );
  const lossless = median(times.a);
  const plain = median(times.b);
  return {
    what: 'lossless parse of a 1,000 × 300 answer ÷ JSON.parse',
    value: lossless / plain,
    unit: '×',
    runs: RUNS,
    budget: 3,
    comparison: `${round(lossless)} ms vs ${round(plain)} ms on ${(text.length / 1e6).toFixed(1)} MB`,
  };
}

export const pureMeasurements = [
  measureParseIds,
  measureDiff,
  measureCompare,
  measureLosslessRatio,
];
