// Upload verification's own work, timed in Node (the page runs the same V8): linting an upload
// file as its worker does (read, hash, lint against a schema), and comparing what was sent with
// what Gong stored once the answers are in.
import type { SchemaField } from '../proxy/contract';
import { compareSentWithStored } from '../web/diff/sent-vs-stored';
import type { CrmFields } from '../web/lib/json/json-value';
import { parseLossless } from '../web/lib/json/lossless-json';
import { fieldsThatDiffer, summarize } from '../web/lib/result-files/verification-model';
import { readUpload } from '../web/lib/upload-file/read-upload';
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

export async function measureLintUpload(): Promise<Measurement> {
  const { text } = makeUpload(100_000, 20);
  const chunks = chunksOf(text);
  const runs = 5;
  const times: number[] = [];
  let problems = 0;
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    const read = await readUpload(chunks, { objectType: 'DEAL', schema: SCHEMA });
    const ms = performance.now() - started;
    problems = read.problems.length;
    if (read.objects.length !== 100_000) throw new Error(`read ${read.objects.length} objects`);
    if (run > 0) times.push(ms);
  }
  return {
    what: 'lint an upload file of 100,000 lines (read, SHA-256, every rule)',
    value: median(times) / 1000,
    unit: 's',
    runs,
    budget: 2,
    comparison: `${(text.length / 1e6).toFixed(1)} MB, 20 fields a line, ${problems} problems`,
  };
}

export async function measureVerifyCompare(): Promise<Measurement> {
  const { text, stored } = makeUpload(10_000, 50);
  const read = await readUpload([text], { objectType: 'DEAL' });
  const runs = 9;
  const times: number[] = [];
  let differ = 0;
  for (let run = 0; run < runs + 2; run++) {
    const started = performance.now();
    const verdicts = compareSentWithStored(read.objects, stored);
    const summary = summarize(verdicts);
    fieldsThatDiffer(verdicts);
    const ms = performance.now() - started;
    differ = summary.differ;
    if (run > 1) times.push(ms);
  }
  return {
    what: 'verify-compare 10,000 objects × 50 fields, all at once after the last answer',
    value: median(times),
    unit: 'ms',
    runs,
    budget: 300,
    comparison: `${differ} objects differ; the page compares each call's objects as it lands, so only the last call's remain`,
  };
}
