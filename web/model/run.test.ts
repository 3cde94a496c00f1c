import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api/api-client';
import {
  cancelOpen,
  createRun,
  formatTally,
  markDone,
  markFailed,
  markRunning,
  objectsOf,
  requeueUnfinished,
  tallyOf,
} from './run';

const ids = Array.from({ length: 250 }, (_, index) => `id-${index}`);
const query = { integrationId: '7302198156228391457', objectType: 'DEAL' as const, ids };
const answerFor = (batchIds: readonly string[], missing: ReadonlySet<string> = new Set()) => ({
  requestId: `req-${batchIds[0]}`,
  attempts: 1,
  crmObjectsMap: Object.fromEntries(
    batchIds.map((id) => [id, missing.has(id) ? null : { name: `Deal ${id}` }]),
  ),
});

describe('run state', () => {
  it('splits ids into calls of at most 100, in input order', () => {
    const run = createRun(query, 1, 0);
    expect(run.batches.map((batch) => batch.ids.length)).toEqual([100, 100, 50]);
    expect(run.batches[2]?.ids[0]).toBe('id-200');
    expect(tallyOf(run)).toMatchObject({ requested: 250, pending: 250, callsTotal: 3 });
  });

  it('tallies found, not found and failed so that they add up to requested', () => {
    let run = createRun(query, 1, 0);
    run = markDone(run, 0, answerFor(ids.slice(0, 100), new Set(['id-5', 'id-7'])), 1);
    run = markFailed(run, 1, new ApiError('denied', 401, ['no'], 'req-401'), 2);
    run = markDone(run, 2, answerFor(ids.slice(200)), 3);
    const tally = tallyOf(run);
    expect(tally).toMatchObject({ found: 148, notFound: 2, failed: 100, pending: 0, callsDone: 2 });
    expect(tally.found + tally.notFound + tally.failed).toBe(tally.requested);
    expect(formatTally(tally)).toBe('250 requested · 148 found · 2 not found · 100 failed');
    expect(run.finishedAt).toBe(3);
    expect(run.batches[1]?.requestId).toBe('req-401');
  });

  it("tells an id Gong's answer left out from one it answered null for", () => {
    let run = createRun({ ...query, ids: ['a', 'b', 'c'] }, 1, 0);
    const crmObjectsMap = { a: { x: 1 }, c: null };
    run = markDone(run, 0, { requestId: 'r', attempts: 1, crmObjectsMap }, 1);
    expect(objectsOf(run)).toEqual([
      { id: 'a', fields: { x: 1 } },
      { id: 'c', fields: null },
    ]);
    expect(run.batches[0]?.missing).toEqual(['b']);
    const tally = tallyOf(run);
    expect(tally).toMatchObject({ found: 1, notFound: 1, missing: 1, pending: 0 });
    expect(formatTally(tally)).toBe("3 requested · 1 found · 1 not found · 1 not in Gong's answer");
  });

  it('keeps objects Gong answered without being asked, after the requested ones', () => {
    let run = createRun({ ...query, ids: ['001a', '001b'] }, 1, 0);
    const crmObjectsMap = { '001A': { x: 1 }, '001b': { x: 2 }, zzz: null };
    run = markDone(run, 0, { requestId: 'r', attempts: 1, crmObjectsMap }, 1);
    // An unasked null has nothing to show: named in the run status, not listed as not found.
    expect(objectsOf(run)).toEqual([
      { id: '001b', fields: { x: 2 } },
      { id: '001A', fields: { x: 1 } },
    ]);
    expect(run.extraIds).toEqual(['001A', 'zzz']);
    const tally = tallyOf(run);
    expect(tally).toMatchObject({ found: 1, notFound: 0, missing: 1, unrequested: 2 });
    expect(formatTally(tally)).toBe(
      "2 requested · 1 found · 0 not found · 1 not in Gong's answer · 2 answered but not asked for",
    );
  });

  it('keeps what arrived when canceled, and retries only what did not', () => {
    let run = createRun(query, 1, 0);
    run = markDone(run, 0, answerFor(ids.slice(0, 100)), 1);
    run = markRunning(run, 1);
    run = cancelOpen(run, 2);
    expect(tallyOf(run)).toMatchObject({ found: 100, canceled: 150, pending: 0 });
    const { run: requeued, indexes } = requeueUnfinished(run, 3);
    expect(indexes).toEqual([1, 2]);
    expect(requeued.finishedAt).toBeUndefined();
    expect(tallyOf(requeued)).toMatchObject({ found: 100, pending: 150 });
    expect(objectsOf(requeued)).toHaveLength(100);
  });

  it('looks ids up as own keys only, so an id named __proto__ is safe', () => {
    let run = createRun({ ...query, ids: ['__proto__', 'constructor'] }, 1, 0);
    const map = JSON.parse('{"__proto__": {"name": "odd"}}');
    run = markDone(run, 0, { requestId: 'r', attempts: 1, crmObjectsMap: map }, 1);
    expect(objectsOf(run)).toEqual([{ id: '__proto__', fields: { name: 'odd' } }]);
    // Not Object.prototype.constructor: an id the answer left out.
    expect(run.batches[0]?.missing).toEqual(['constructor']);
    expect(run.extraIds).toEqual([]);
  });
});
