// The whole verification of each sandbox sample upload file, as the page and the command line
// run it: the file read and linted by web/lib/upload-file, its objects fetched from a real
// stand-in Gong over a socket in calls of at most 100, compared by sent-vs-stored.

import { createReadStream } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_IDS_PER_CALL, type ObjectType, type SchemaField } from '../../proxy/contract';
import { SAMPLE_SCHEMA } from '../../proxy/stand-in/sample-schema';
import { sampleUploadFileName } from '../../proxy/stand-in/sample-uploads';
import { type StandIn, startStandIn } from '../../proxy/stand-in/stand-in-gong';
import { getEntities, TEST_AUTH } from '../../proxy/stand-in/test-client';
import type { CrmFields } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { fieldsThatDiffer, summarize, summaryText } from '../lib/result-files/verification-model';

import { readUpload } from '../lib/upload-file/read-upload';

import { compareSentWithStored } from './sent-vs-stored';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: 100 });
});
afterAll(() => standIn.close());

async function verify(objectType: ObjectType) {
  const file = new URL(
    `../../proxy/stand-in/sample-uploads/${sampleUploadFileName(objectType)}`,
    import.meta.url,
  );
  const read = await readUpload(createReadStream(file), {
    objectType,
    schema: SAMPLE_SCHEMA[objectType] as SchemaField[],
  });
  const stored = new Map<string, CrmFields | null>();
  for (let i = 0; i < read.objects.length; i += MAX_IDS_PER_CALL) {
    const ids = read.objects.slice(i, i + MAX_IDS_PER_CALL).map((object) => object.objectId);
    const reply = await getEntities(standIn.url, objectType, ids);
    expect(reply.status).toBe(200);
    const answer = parseLossless(reply.text) as { crmObjectsMap: Record<string, CrmFields | null> };
    for (const [id, fields] of Object.entries(answer.crmObjectsMap)) stored.set(id, fields);
  }
  const verdicts = compareSentWithStored(read.objects, stored);
  return { read, verdicts };
}

describe('the sandbox sample uploads verify against the stand-in as planted', () => {
  test('DEAL: summary, lint and the fields that differ', async () => {
    const { read, verdicts } = await verify('DEAL');
    expect(summaryText(summarize(verdicts))).toBe(
      '25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong',
    );
    const kinds = new Set(read.problems.map((problem) => `${problem.line}:${problem.kind}`));
    for (const expected of [
      '9:objectId-missing',
      '11:deal-without-accountId',
      '12:modifiedDate-not-iso',
      '25:duplicate-objectId',
      '7:field-not-declared',
      '2:value-type',
    ]) {
      expect(kinds, expected).toContain(expected);
    }
    const rows = fieldsThatDiffer(verdicts);
    expect(rows[0]).toMatchObject({ field: 'externalNumericId', objects: 4 });
    expect(rows.find((row) => row.field === 'closeDate')).toMatchObject({
      field: 'closeDate',
      objects: 3,
      kinds: [{ kind: 'same-instant', count: 3 }],
    });
    expect(rows.map((row) => row.field).sort()).toEqual(
      [
        'amount',
        'closeDate',
        'externalNumericId',
        'legacyRegion__c',
        'modifiedDate',
        'name',
        'productLines',
      ].sort(),
    );
    const big = verdicts.find((verdict) => verdict.line === 26);
    expect(big?.fields).toEqual([
      expect.objectContaining({ field: 'externalNumericId', kind: 'other-value' }),
    ]);
  });

  test.each([
    ['ACCOUNT', '25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong'],
    ['CONTACT', '25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong'],
    ['LEAD', '25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong'],
  ] as const)('%s: %s', async (objectType, summary) => {
    const { verdicts } = await verify(objectType);
    expect(summaryText(summarize(verdicts))).toBe(summary);
    const kinds = new Set(verdicts.flatMap((verdict) => verdict.fields.map((field) => field.kind)));
    expect([...kinds].sort()).toEqual(
      [
        'same-instant',
        'number-vs-string',
        'not-stored',
        'other-value',
        'case-only',
        'whitespace-only',
        'same-number',
        'array-order',
      ].sort(),
    );
  });
});
