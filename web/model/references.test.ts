import { describe, expect, it } from 'vitest';
import type { SchemaField } from '../../proxy/contract';
import { type CrmFields, type CrmObject, JsonNumber } from '../lib/json/json-value';
import {
  danglingCells,
  danglingText,
  displayName,
  formatReferenceCounts,
  type ReferenceLookup,
  referenceCells,
  referenceCounts,
  referenceFields,
  referenceTargets,
} from './references';

const ref = (name: string, referenceTo: string | null): SchemaField => ({
  name,
  type: 'REFERENCE',
  referenceTo,
});
const plain = (name: string, type = 'STRING'): SchemaField => ({ name, type });
const names = (fields: { field: string; to: string; from: string }[]) =>
  fields.map(({ field, to, from }) => `${field}→${to} (${from})`);

describe('referenceFields', () => {
  it('without a schema: the references Gong documents per type', () => {
    expect(names(referenceFields('ACCOUNT'))).toEqual([]);
    expect(names(referenceFields('CONTACT'))).toEqual(['accountId→ACCOUNT (documented)']);
    expect(names(referenceFields('DEAL'))).toEqual([
      'accountId→ACCOUNT (documented)',
      'ownerId→USER (documented)',
    ]);
    expect(names(referenceFields('LEAD'))).toEqual([
      'convertedToDealId→DEAL (documented)',
      'convertedToContactId→CONTACT (documented)',
      'convertedToAccountId→ACCOUNT (documented)',
    ]);
  });

  it('with a schema: its REFERENCE fields with a referenceTo, then documented ones it omits', () => {
    const schema: SchemaField[] = [
      ref('primaryContactId', 'CONTACT'),
      ref('partnerAccount__c', 'account'),
      ref('noTarget__c', null),
      { name: 'ownerId', type: 'STRING' },
      { uniqueName: 'referrer__c', type: 'REFERENCE', referenceTo: 'LEAD' },
      plain('name'),
      ref('primaryContactId', 'LEAD'),
    ];
    expect(names(referenceFields('DEAL', schema))).toEqual([
      'primaryContactId→CONTACT (schema)',
      'partnerAccount__c→ACCOUNT (schema)',
      'referrer__c→LEAD (schema)',
      // ownerId is declared as a STRING: no reference. accountId is not declared: documented.
      'accountId→ACCOUNT (documented)',
    ]);
  });

  it('an empty schema leaves the documented references', () => {
    expect(names(referenceFields('CONTACT', []))).toEqual(['accountId→ACCOUNT (documented)']);
  });
});

const deal = (id: string, fields: CrmFields): CrmObject => ({ id, fields });
const objects: CrmObject[] = [
  deal('d1', { accountId: 'a1', ownerId: 'u1' }),
  deal('d2', { accountId: 'a2', ownerId: null }),
  deal('d3', { accountId: 'a1' }),
  deal('d4', { accountId: '', ownerId: '' }),
  deal('d5', { accountId: null }),
  { id: 'd6', fields: null },
  deal('d7', { accountId: new JsonNumber('9007199254740993'), ownerId: 42 }),
  deal('d8', { accountId: ['a1'] }),
];

describe('referenceCells and referenceTargets', () => {
  const cells = referenceCells(objects, referenceFields('DEAL'));

  it('lists each cell with a value; null, "", absent, a list and a missing object name none', () => {
    expect(cells.map((c) => `${c.objectId}.${c.field}=${c.id}`)).toEqual([
      'd1.accountId=a1',
      'd1.ownerId=u1',
      'd2.accountId=a2',
      'd3.accountId=a1',
      'd7.accountId=9007199254740993',
      'd7.ownerId=42',
    ]);
  });

  it('asks for each readable type once per id, never for USER', () => {
    expect([...referenceTargets(cells)]).toEqual([['ACCOUNT', ['a1', 'a2', '9007199254740993']]]);
  });
});

describe('referenceCounts', () => {
  const cells = referenceCells(objects, referenceFields('DEAL'));
  const gong = new Map<string, CrmFields | null>([
    ['a1', { name: 'Acme' }],
    ['a2', null],
  ]);
  const lookup: ReferenceLookup = (_to, id) => gong.get(id);

  it('counts readable references as found, not in Gong or unchecked; USER apart', () => {
    const counts = referenceCounts(cells, lookup);
    expect(counts).toMatchObject({ references: 4, found: 2, notInGong: 1, unchecked: 1 });
    expect([...counts.unreadable]).toEqual([['USER', 2]]);
    expect(formatReferenceCounts(counts)).toBe('4 references · 2 found · 1 not in Gong');
  });

  it('before any check, every readable reference is unchecked', () => {
    const counts = referenceCounts(cells, () => undefined);
    expect(formatReferenceCounts(counts)).toBe('4 references · 0 found · 0 not in Gong');
    expect(counts.unchecked).toBe(4);
  });

  it('lists the dangling ones and copies them as tab-separated text', () => {
    const dangling = danglingCells(cells, lookup);
    expect(dangling).toEqual([{ objectId: 'd2', field: 'accountId', to: 'ACCOUNT', id: 'a2' }]);
    expect(danglingText(dangling)).toBe(
      'object\tfield\tpoints to\ttype\nd2\taccountId\ta2\tACCOUNT',
    );
  });

  it('keeps the same id of two types apart', () => {
    const lead = { id: 'l1', fields: { convertedToDealId: 'x', convertedToAccountId: 'x' } };
    const leadCells = referenceCells([lead], referenceFields('LEAD'));
    const counts = referenceCounts(leadCells, (to) => (to === 'DEAL' ? {} : null));
    expect(formatReferenceCounts(counts)).toBe('2 references · 1 found · 1 not in Gong');
  });
});

describe('displayName', () => {
  it('prefers name, then a person, then an email, then a company', () => {
    expect(displayName({ name: 'Acme', firstName: 'Ava' })).toBe('Acme');
    expect(displayName({ name: ' ', firstName: 'Ava', lastName: 'Smith' })).toBe('Ava Smith');
    expect(displayName({ lastName: 'Smith' })).toBe('Smith');
    expect(displayName({ emailAddress: 'a@b.c', company: 'Globex' })).toBe('a@b.c');
    expect(displayName({ company: 'Globex' })).toBe('Globex');
    expect(displayName({ amount: 5 })).toBeUndefined();
  });
});
