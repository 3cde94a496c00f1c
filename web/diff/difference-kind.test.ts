import { describe, expect, test } from 'vitest';

import { JsonNumber, type JsonValue } from '../lib/json/json-value';

import { parseLossless } from '../lib/json/lossless-json';

import { canonicalNumber, differenceKind, instantOf } from './difference-kind';

/** Both values read from JSON text, as the file and Gong's answer are. */
const kind = (sent: string, stored: string | undefined) =>
  differenceKind(parseLossless(sent), stored === undefined ? undefined : parseLossless(stored));

describe('differenceKind', () => {
  test.each([
    ['"Acme"', '"Acme"'],
    ['7000', '7000'],
    ['9007199254740993', '9007199254740993'],
    ['null', 'null'],
    ['["a","b"]', '["a","b"]'],
    ['{"a":1}', '{"a":1}'],
    ['false', 'false'],
  ])('%s stored as %s is no difference', (sent, stored) => {
    expect(kind(sent, stored)).toBeUndefined();
  });

  test.each([
    ['"Acme"', undefined, 'not-stored'],
    ['null', undefined, 'not-stored'],
    ['"Acme"', '"Globex"', 'other-value'],
    ['9007199254740992', '9007199254740993', 'other-value'],
    ['9223372036854775807', '9223372036854775806', 'other-value'],
    ['7000', '7001', 'other-value'],
    ['null', '""', 'other-value'],
    ['0', 'false', 'other-value'],
    ['"07/19/2025"', '"2025-07-19"', 'same-instant'],
    ['"2025-07-19T10:00:00Z"', '"2025-07-19T10:00:00.000Z"', 'same-instant'],
    ['"2025-07-19T12:00:00+02:00"', '"2025-07-19T10:00:00Z"', 'same-instant'],
    ['"2025-07-19"', '"2025-07-19T00:00:00Z"', 'same-instant'],
    ['"07/19/2025"', '"2025-07-20"', 'other-value'],
    ['7000.50', '7000.5', 'same-number'],
    ['7000', '7000.0', 'same-number'],
    ['1e3', '1000', 'same-number'],
    ['90071992547409930', '9.007199254740993e16', 'same-number'],
    ['"7000"', '7000', 'number-vs-string'],
    ['7000', '"7000"', 'number-vs-string'],
    ['"9007199254740993"', '9007199254740993', 'number-vs-string'],
    ['"9007199254740993"', '9007199254740992', 'other-value'],
    ['"7,000 USD"', '7000', 'other-value'],
    ['"ACME Corp"', '"Acme Corp"', 'case-only'],
    ['" Acme  Corp "', '"Acme Corp"', 'whitespace-only'],
    ['"Call back\\n\\tafter lunch"', '"Call back after lunch"', 'whitespace-only'],
    ['" ACME "', '"acme"', 'other-value'],
    ['["a","b","a"]', '["b","a","a"]', 'array-order'],
    ['["a","b"]', '["a","b","b"]', 'other-value'],
    ['[1,"1"]', '["1",1]', 'array-order'],
    ['[1,1]', '["1",1]', 'other-value'],
    ['{"a":1,"b":2}', '{"b":2,"a":1}', 'other-value'],
  ])('%s stored as %s: %s', (sent, stored, expected) => {
    expect(kind(sent, stored)).toBe(expected);
  });

  test('a JsonNumber made elsewhere compares by its text too', () => {
    expect(differenceKind(new JsonNumber('7000.50') as JsonValue, 7000.5)).toBe('same-number');
    expect(differenceKind(5, new JsonNumber('5'))).toBeUndefined();
  });
});

test('canonicalNumber spells equal numbers alike and unequal ones apart', () => {
  expect(canonicalNumber('7000.50')).toBe(canonicalNumber('7.0005e3'));
  expect(canonicalNumber('-0.0')).toBe('0');
  expect(canonicalNumber('0012')).toBe(canonicalNumber('12'));
  expect(canonicalNumber('9007199254740993')).not.toBe(canonicalNumber('9007199254740992'));
  expect(canonicalNumber('12a')).toBeUndefined();
});

test('instantOf reads ISO-8601 and MM/DD/YYYY, and refuses days that do not exist', () => {
  expect(instantOf('2025-07-19')).toBe(Date.UTC(2025, 6, 19));
  expect(instantOf('7/9/2025')).toBe(Date.UTC(2025, 6, 9));
  expect(instantOf('2025-07-19T10:00:00.250-01:30')).toBe(Date.UTC(2025, 6, 19, 11, 30, 0, 250));
  expect(instantOf('2025-02-30')).toBeUndefined();
  expect(instantOf('13/01/2025')).toBeUndefined();
  expect(instantOf('yesterday')).toBeUndefined();
});
