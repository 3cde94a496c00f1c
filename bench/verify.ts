// Upload verification's own work, timed in Node (the page runs the same V8): linting an upload
// file as its worker does (read, hash, lint against a schema), and comparing what was sent with
// what Gong stored once the answers are in.
import type { SchemaField } from '../proxy/contract';
import { compareSentWithStored } from '../web/diff/sent-vs-stored';
import {
  gridChangesOf,
  gridObjectsOf,
  type RunLike,
  targetOf,
  VerdictTracker,
  viewOf,
} from '../web/features/verify/verification-state';
import type { CrmFields } from '../web/lib/json/json-value';
import { parseLossless } from '../web/lib/json/lossless-json';
import { fieldsThatDiffer, summarize } from '../web/lib/result-files/verification-model';
import { readUpload, sha256OfChunks } from '../web/lib/upload-file/read-upload';
import { type Measurement, median } from './measure';

/** One object per line, `fields` fields each: ids, dates, numbers, text, a picklist, a big id. */
function makeUpload(
  lines: number,
  fields: number,
): { text: string; stored: Map<string, CrmFields> } {
  const out: string[] = [];
  const stored = new Map<string, CrmFields>();
  for (let i = 0; i < lines; i++) {
    const id = `0065g00000${String(i).padStart(8, '0')}`;
    const parts = [
      `"objectId":"${id}"`,
      `"modifiedDate":"2025-0${(i % 9) + 1}-1${i % 10}T10:00:00Z"`,
      `"accountId":"0015g00000${String(i % 977).padStart(8, '0')}"`,
      `"ownerId":"0055g0000012345AAA"`,
      `"closeDate":"${i % 10 === 0 ? '07/19/2025' : '2025-07-19'}"`,
      `"status":"OPEN"`,
      `"stage":"${i % 3 === 0 ? 'discovery' : 'proposal'}"`,
      `"amount":${i % 7 === 0 ? '"7000"' : '7000.5'}`,
      `"externalNumericId":${9007199254740993n + BigInt(i)}`,
    ];
    for (let f = parts.length; f < fields; f++)
      parts.push(`"custom${f}__c":"value ${f} of ${i % 50}"`);
    const line = `{${parts.join(',')}}`;
    out.push(line);
    // Gong's side: the same object, dates normalised, strings turned to numbers, a field dropped.
    const fieldsStored = parseLossless(line) as Record<string, unknown>;
    if (i % 10 === 0) fieldsStored.closeDate = '2025-07-19';
    if (i % 7 === 0) fieldsStored.amount = 7000;
    if (i % 13 === 0) delete fieldsStored.custom20__c;
    stored.set(id, fieldsStored as CrmFields);
  }
  return { text: `${out.join('\n')}\n`, stored };
}

const SCHEMA: SchemaField[] = [
  { name: 'accountId', type: 'REFERENCE' },
  { name: 'ownerId', type: 'ID' },
  { name: 'closeDate', type: 'DATE' },
  { name: 'status', type: 'STRING' },
  { name: 'stage', type: 'PICKLIST', orderedValueList: ['discovery', 'proposal'] },
  { name: 'amount', type: 'CURRENCY' },
  { name: 'externalNumericId', type: 'NUMBER' },
  ...Array.from({ length: 60 }, (_v, f) => ({ name: `custom${f}__c`, type: 'STRING' })),
];

/** In 64 kB chunks, as File.stream() hands them to the worker. */
function chunksOf(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 65_536) chunks.push(bytes.subarray(i, i + 65_536));
  return chunks;
}

export async function measureLintUpload(): Promise<Measurement[]> {
  const { text } = makeUpload(100_000, 20);
  const chunks = chunksOf(text);
  const runs = 5;
  const lint: number[] = [];
  const hash: number[] = [];
  let problems = 0;
  for (let run = 0; run < runs + 1; run++) {
    // As the page's worker does: the lint first, then the SHA-256 in a second pass.
    let started = performance.now();
    const read = await readUpload(chunks, { objectType: 'DEAL', schema: SCHEMA, sha256: false });
    const lintMs = performance.now() - started;
    started = performance.now();
    await sha256OfChunks(chunks);
    const hashMs = performance.now() - started;
    problems = read.problems.length;
    if (read.objects.length !== 100_000) throw new Error(`read ${read.objects.length} objects`);
    if (run > 0) {
      lint.push(lintMs);
      hash.push(hashMs);
    }
  }
  const size = `${(text.length / 1e6).toFixed(1)} MB`;
  return [
    {
      what: 'lint an upload file of 100,000 lines (read, every rule, against a schema)',
      value: median(lint) / 1000,
      unit: 's',
      runs,
      budget: 2,
      comparison: `${size}, 20 fields a line, ${problems} problems`,
    },
    {
      what: "SHA-256 of that file in JavaScript (the worker's second pass, for the report)",
      value: median(hash) / 1000,
      unit: 's',
      runs,
      comparison: `${size}; the lint is shown before it`,
    },
  ];
}

/** A run whose first `done` calls of 100 ids are answered. */
function runOf(
  ids: readonly string[],
  stored: ReadonlyMap<string, CrmFields>,
  done: number,
): RunLike {
  const batches = [];
  const results = new Map<string, CrmFields | null>();
  for (let i = 0; i * 100 < ids.length; i++) {
    const batchIds = ids.slice(i * 100, i * 100 + 100);
    batches.push({ ids: batchIds, status: i < done ? 'done' : 'running' });
    if (i < done) for (const id of batchIds) results.set(id, stored.get(id) ?? null);
  }
  return { ids, batches, results };
}

export async function measureVerifyCompare(): Promise<Measurement[]> {
  const { text, stored } = makeUpload(10_000, 50);
  const read = await readUpload([text], { objectType: 'DEAL' });
  const target = targetOf(read.objects);
  const beforeLast = runOf(target.ids, stored, 99);
  const last = runOf(target.ids, stored, 100);
  const runs = 9;
  const afterLast: number[] = [];
  const whole: number[] = [];
  let differ = 0;
  for (let run = 0; run < runs + 2; run++) {
    // As the page does: every call compared as it landed, then the last answer arrives.
    const tracker = new VerdictTracker(target);
    viewOf(tracker, beforeLast);
    let started = performance.now();
    const view = viewOf(tracker, last);
    gridObjectsOf(view, last, true);
    gridChangesOf(view);
    const afterMs = performance.now() - started;
    differ = view.summary.differ;
    // All at once, as a caller that compares only at the end would.
    started = performance.now();
    const verdicts = compareSentWithStored(read.objects, stored);
    summarize(verdicts);
    fieldsThatDiffer(verdicts);
    const wholeMs = performance.now() - started;
    if (run > 1) {
      afterLast.push(afterMs);
      whole.push(wholeMs);
    }
  }
  return [
    {
      what: 'verify-compare 10,000 objects × 50 fields, after the last answer',
      value: median(afterLast),
      unit: 'ms',
      runs,
      budget: 300,
      comparison: `the last call's 100 objects compared, then summary, fields table and grid view of all; ${differ} objects differ`,
    },
    {
      what: 'verify-compare 10,000 objects × 50 fields, all at once',
      value: median(whole),
      unit: 'ms',
      runs,
      comparison: 'every object parsed and compared in one go (a caller comparing only at the end)',
    },
  ];
}
