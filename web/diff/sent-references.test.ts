import { describe, expect, it } from 'vitest';
import type { SchemaField } from '../../proxy/contract';
import type { CrmFields } from '../lib/json/json-value';
import {
  buildVerificationReport,
  writeVerificationReport,
} from '../lib/result-files/verification-report';
import {
  referenceSummaryText,
  verificationCsv,
  verificationMarkdown,
} from '../lib/result-files/verification-text';
import type { SentObject } from '../lib/upload-file/upload-lint';
import {
  answersLookup,
  danglingSentReferences,
  fileIdsOf,
  referencesToFetch,
  sentReferenceState,
  sentReferenceSummary,
  sentReferences,
} from './sent-references';

const line = (n: number, fields: Record<string, unknown>): SentObject => ({
  objectId: String(fields.objectId),
  line: n,
  text: JSON.stringify(fields),
});

// A DEAL file: d1 → an account Gong holds, d2 → one it lacks, d3 → none, d4 → the big id, and a
// schema REFERENCE field parentDealId → DEAL pointing at a deal of the file and at one elsewhere.
const deals = [
  line(1, { objectId: 'd1', accountId: 'a-held', ownerId: 'u1', parentDealId: 'd2' }),
  line(2, { objectId: 'd2', accountId: 'a-gone', ownerId: 'u2', parentDealId: 'd-gong' }),
  line(3, { objectId: 'd3', accountId: null, ownerId: '' }),
  { objectId: 'd4', line: 5, text: '{"objectId":"d4","accountId":9007199254740993}' },
  line(6, { objectId: 'd5', parentDealId: 'd-nowhere', accountId: 'a-gone' }),
];
const schema: SchemaField[] = [
  { name: 'parentDealId', type: 'REFERENCE', referenceTo: 'DEAL' },
  { name: 'ownerId', type: 'REFERENCE', referenceTo: 'USER' },
];
const refs = sentReferences('DEAL', deals, schema);
const file = fileIdsOf('DEAL', deals);
// The verification's own run (DEAL: d1, d2 stored, d-gong stored too as asked) and the accounts.
const verifyRun = {
  objectType: 'DEAL' as const,
  results: new Map<string, CrmFields | null>([
    ['d1', {}],
    ['d2', {}],
  ]),
};

describe('sentReferences', () => {
  it('each reference cell with a value, with its file line; the big id exact', () => {
    expect(refs.map((r) => `${r.line}:${r.objectId}.${r.field}→${r.to} ${r.id}`)).toEqual([
      '1:d1.parentDealId→DEAL d2',
      '1:d1.ownerId→USER u1',
      '1:d1.accountId→ACCOUNT a-held',
      '2:d2.parentDealId→DEAL d-gong',
      '2:d2.ownerId→USER u2',
      '2:d2.accountId→ACCOUNT a-gone',
      '5:d4.accountId→ACCOUNT 9007199254740993',
      '6:d5.parentDealId→DEAL d-nowhere',
      '6:d5.accountId→ACCOUNT a-gone',
    ]);
  });

  it('an ACCOUNT file references nothing', () => {
    expect(sentReferences('ACCOUNT', [line(1, { objectId: 'a', parentId: 'x' })])).toEqual([]);
  });
});

describe('the known set', () => {
  const before = answersLookup([verifyRun]);

  it('ids of the file count for its own type only; USER is never asked for', () => {
    expect([...referencesToFetch(refs, file, before)]).toEqual([
      ['ACCOUNT', ['a-held', 'a-gone', '9007199254740993']],
      ['DEAL', ['d-gong', 'd-nowhere']],
    ]);
    // An ACCOUNT id equal to a deal id of the file is still asked for: the file holds deals.
    const clash = sentReferences('DEAL', [line(1, { objectId: 'x', accountId: 'd1' })]);
    expect([...referencesToFetch(clash, file, before)]).toEqual([['ACCOUNT', ['d1']]]);
  });

  it('what Gong returned counts as found, the file next, then null is not in Gong', () => {
    const after = answersLookup([
      verifyRun,
      {
        objectType: 'ACCOUNT',
        results: new Map<string, CrmFields | null>([
          ['a-held', { name: 'Held' }],
          ['a-gone', null],
          ['9007199254740993', { name: 'Big' }],
        ]),
      },
      {
        objectType: 'DEAL',
        results: new Map<string, CrmFields | null>([
          ['d-gong', { name: 'Elsewhere' }],
          ['d-nowhere', null],
        ]),
      },
    ]);
    const states = refs.map(
      (r) => `${r.objectId}.${r.field}:${sentReferenceState(r, file, after)}`,
    );
    expect(states).toEqual([
      'd1.parentDealId:found',
      'd1.ownerId:unreadable',
      'd1.accountId:found',
      'd2.parentDealId:found',
      'd2.ownerId:unreadable',
      'd2.accountId:not-in-gong',
      'd4.accountId:found',
      'd5.parentDealId:not-in-gong',
      'd5.accountId:not-in-gong',
    ]);
    expect([...referencesToFetch(refs, file, after)]).toEqual([]);
    const summary = sentReferenceSummary(refs, file, after);
    expect(summary).toEqual({
      references: 7,
      found: 4,
      inFile: 0,
      notInGong: 3,
      notChecked: 0,
      unreadable: { USER: 2 },
    });
    expect(referenceSummaryText(summary)).toBe(
      '7 references · 4 found (in Gong or in the file) · 3 not in Gong',
    );
    expect(danglingSentReferences(refs, file, after)).toEqual([
      { objectId: 'd2', line: 2, field: 'accountId', to: 'ACCOUNT', id: 'a-gone' },
      { objectId: 'd5', line: 6, field: 'parentDealId', to: 'DEAL', id: 'd-nowhere' },
      { objectId: 'd5', line: 6, field: 'accountId', to: 'ACCOUNT', id: 'a-gone' },
    ]);
  });

  it('a deal of the file Gong did not store still counts as known: it is in the file', () => {
    const notStored = answersLookup([
      { objectType: 'DEAL', results: new Map<string, CrmFields | null>([['d2', null]]) },
    ]);
    const [toD2] = refs;
    expect(toD2 && sentReferenceState(toD2, file, notStored)).toBe('in-file');
    const summary = sentReferenceSummary(refs, file, notStored);
    expect(summary).toMatchObject({ references: 7, found: 1, inFile: 1, notInGong: 0 });
    expect(summary.notChecked).toBe(6);
    expect(referenceSummaryText(summary)).toBe(
      '7 references · 1 found (in Gong or in the file) · 0 not in Gong · 6 not checked',
    );
    expect(danglingSentReferences(refs, file, notStored)).toEqual([]);
  });
});

describe('the report with the references', () => {
  const after = answersLookup([
    { objectType: 'ACCOUNT', results: new Map<string, CrmFields | null>([['a-gone', null]]) },
  ]);
  const only = refs.filter((r) => r.field === 'accountId' && r.id === 'a-gone');
  const input = {
    integrationId: '7302198156228391457',
    objectType: 'DEAL' as const,
    verifiedAt: '2026-12-03T14:00:00.000Z',
    file: { name: 'deals.ldjson', sha256: 'ab', lines: 6, objects: 5 },
    problems: [],
    verdicts: [],
  };
  const report = buildVerificationReport({
    ...input,
    references: {
      summary: sentReferenceSummary(only, file, after),
      dangling: danglingSentReferences(only, file, after),
    },
  });

  it('JSON: two added fields, the dangling ones one a line', () => {
    const text = writeVerificationReport(report);
    expect(text).toContain(
      '"references": {"references":2,"found":0,"inFile":0,"notInGong":2,"notChecked":0,"unreadable":{}}',
    );
    expect(text).toContain(
      '    {"objectId":"d2","line":2,"field":"accountId","to":"ACCOUNT","id":"a-gone"},\n',
    );
    expect(JSON.parse(text).danglingReferences).toHaveLength(2);
    expect(JSON.parse(text).version).toBe(1);
  });

  it('no check, no fields: a report of the first v1 shape', () => {
    const plain = buildVerificationReport(input);
    expect(Object.keys(plain)).not.toContain('references');
    expect(writeVerificationReport(plain)).not.toContain('references');
  });

  it('Markdown lists them; CSV holds only the differing cells', () => {
    const md = verificationMarkdown(report);
    expect(md).toContain('### References');
    expect(md).toContain('2 references · 0 found (in Gong or in the file) · 2 not in Gong');
    expect(md).toContain('| d5 | 6 | accountId | a-gone | ACCOUNT |');
    expect(verificationCsv(report)).toBe('objectId,line,field,kind,sent,stored\r\n');
  });
});
