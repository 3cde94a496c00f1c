// Holds the sample data to the mismatches sample-schema.ts documents, with a small checker of
// its own: every finding is where the comment says, and there are no others.
import { describe, expect, it } from 'vitest';
import { OBJECT_TYPES, type ObjectType, SCHEMA_FIELD_TYPES } from '../contract';
import { JsonNumberText } from './json-text';
import { sampleObjects } from './sample-data';
import { type DeclaredField, SAMPLE_SCHEMA } from './sample-schema';

const EVERY_OBJECT_HAS = new Set(['objectId', 'modifiedDate', 'isDeleted', 'url']);
const NUMERIC = new Set(['NUMBER', 'CURRENCY', 'PERCENT']);
const LOOSE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const isNumber = (value: unknown) =>
  typeof value === 'number' || typeof value === 'bigint' || value instanceof JsonNumberText;

function valueProblem(field: DeclaredField, value: unknown): string | undefined {
  if (value === null) return undefined;
  if (NUMERIC.has(field.type)) return isNumber(value) ? undefined : `${field.type} holds a string`;
  if (field.type === 'BOOLEAN') return typeof value === 'boolean' ? undefined : 'not a boolean';
  if (field.type === 'STRINGARRAY') {
    return Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? undefined
      : 'not a string array';
  }
  if (typeof value !== 'string') return `${field.type} holds a ${typeof value}`;
  if (field.type === 'EMAILADDRESS' && !LOOSE_EMAIL.test(value)) return 'malformed email';
  if (field.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'not a DATE';
  if (field.type === 'DATETIME' && Number.isNaN(Date.parse(value))) return 'not a DATETIME';
  if (field.orderedValueList && !field.orderedValueList.includes(value)) {
    return `${JSON.stringify(value)} is not in orderedValueList`;
  }
  return undefined;
}

function findings(objectType: ObjectType) {
  const objects = sampleObjects()[objectType];
  const declared = SAMPLE_SCHEMA[objectType];
  const names = new Set(declared.map((field) => field.name));
  const carried = new Set(objects.flatMap((object) => Object.keys(object.fields)));
  const lacking = (name: string) => objects.filter((object) => !(name in object.fields)).length;
  const values: string[] = [];
  objects.forEach((object, index) => {
    for (const field of declared) {
      if (!(field.name in object.fields)) continue;
      const problem = valueProblem(field, object.fields[field.name]);
      if (problem) values.push(`[${index}].${field.name}: ${problem}`);
    }
  });
  return {
    undeclared: [...carried].filter((name) => !names.has(name) && !EVERY_OBJECT_HAS.has(name)),
    neverCarried: declared.filter((field) => !carried.has(field.name)).map((field) => field.name),
    deleted: declared.filter((field) => field.isDeleted).map((field) => field.name),
    lacking,
    values,
  };
}

describe('the sample entity schema', () => {
  it('declares each field once, with a type Gong knows, and lists for its picklists', () => {
    for (const objectType of OBJECT_TYPES) {
      const declared = SAMPLE_SCHEMA[objectType];
      expect(new Set(declared.map((field) => field.name)).size).toBe(declared.length);
      for (const field of declared) {
        expect(SCHEMA_FIELD_TYPES).toContain(field.type);
        expect(field.referenceTo !== null).toBe(field.type === 'REFERENCE');
      }
    }
    const used = new Set(OBJECT_TYPES.flatMap((type) => SAMPLE_SCHEMA[type].map((f) => f.type)));
    expect([...used].sort()).toEqual([...SCHEMA_FIELD_TYPES].sort());
  });

  it('ACCOUNT: the documented findings and no others', () => {
    const found = findings('ACCOUNT');
    expect(found.undeclared).toEqual(['billingAddress', 'seatHistory']);
    expect(found.neverCarried).toEqual(['parentAccountId', 'legacySegment__c']);
    expect(found.deleted).toEqual(['legacySegment__c']);
    expect(found.lacking('customerTier__c')).toBeGreaterThan(100);
    expect(found.values).toEqual([
      '[10].industry: "" is not in orderedValueList',
      '[17].numberOfEmployees: NUMBER holds a string',
    ]);
  });

  it('CONTACT: the documented findings and no others', () => {
    const found = findings('CONTACT');
    expect(found.undeclared).toEqual(['emailOptOut']);
    expect(found.neverCarried).toEqual(['birthdate', 'fax']);
    expect(found.deleted).toEqual(['fax']);
    expect(found.lacking('linkedinUrl')).toBe(1);
    // All but [7], the appended reference samples (sample-references.ts) included.
    expect(found.lacking('notes')).toBe(sampleObjects().CONTACT.length - 1);
    expect(found.values).toEqual(['[17].emailAddress: malformed email']);
  });

  it('DEAL: the documented findings and no others', () => {
    const found = findings('DEAL');
    expect(found.undeclared).toEqual(['isClosed']);
    expect(found.neverCarried).toEqual(['primaryContactId']);
    // Deleted in the schema, yet every deal still carries it.
    expect(found.deleted).toEqual(['forecastCategory']);
    expect(found.lacking('forecastCategory')).toBe(0);
    expect(found.lacking('competitors')).toBeGreaterThan(300);
    expect(found.lacking('amount')).toBe(1);
    expect(found.values).toEqual([
      '[2].stage: "提案" is not in orderedValueList',
      '[10].stage: "" is not in orderedValueList',
      '[17].closeDate: not a DATE',
      '[17].stage: "verbal commit" is not in orderedValueList',
      '[17].amount: CURRENCY holds a string',
    ]);
  });

  it('LEAD: the documented findings and no others', () => {
    const found = findings('LEAD');
    expect(found.undeclared).toEqual(['address']);
    expect(found.neverCarried).toEqual(['convertedDate', 'legacyScore']);
    expect(found.deleted).toEqual(['legacyScore']);
    expect(found.lacking('title')).toBe(1);
    expect(found.values).toEqual([
      '[17].emailAddress: malformed email',
      '[17].score: NUMBER holds a string',
    ]);
  });
});
