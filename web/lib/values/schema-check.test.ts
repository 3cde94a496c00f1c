import { describe, expect, it } from 'vitest';
import type { SchemaField } from '../../../proxy/contract';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { type DeclaredField, declaredFields, isIsoDateTime, valueCheck } from './schema-check';

const declare = (type: string, more: Partial<SchemaField> = {}): DeclaredField => {
  const [field] = declaredFields([{ name: 'f', label: 'F', type, ...more }]);
  if (!field) throw new Error('not declared');
  return field;
};

/** The problem each value gets under a field of this type (undefined: it fits). */
function problems(field: DeclaredField, values: (JsonValue | undefined)[]) {
  const check = valueCheck(field);
  return values.map((value) => check?.(value));
}

describe('declaredFields', () => {
  it('takes name or uniqueName, keeps the first of a name declared twice, and reads nulls', () => {
    const fields = declaredFields([
      { name: 'amount', label: 'Amount', type: 'CURRENCY', isDeleted: null },
      { uniqueName: 'stage', label: null, type: 'PICKLIST', orderedValueList: [] },
      { name: 'amount', label: 'Other', type: 'STRING', isDeleted: true },
    ]);
    expect(fields.map((f) => [f.name, f.label, f.type, f.isDeleted])).toEqual([
      ['amount', 'Amount', 'CURRENCY', false],
      ['stage', '', 'PICKLIST', false],
    ]);
    // An empty list constrains nothing.
    expect(fields[1]?.picklist).toBeUndefined();
  });
});

describe('valueCheck per declared type', () => {
  it('NUMBER, CURRENCY, PERCENT: numbers fit, exact big numbers too; strings do not', () => {
    for (const type of ['NUMBER', 'CURRENCY', 'PERCENT']) {
      expect(
        problems(declare(type), [
          7000,
          0,
          -1.5,
          new JsonNumber('9007199254740993'),
          '7,000 USD',
          '7000',
          true,
        ]),
      ).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        `not a number (declared ${type})`,
        `not a number (declared ${type})`,
        `not a number (declared ${type})`,
      ]);
    }
  });

  it('DATE and DATETIME: ISO-8601 dates and date-times fit; other spellings do not', () => {
    const fits = [
      '2025-12-31',
      '2024-02-29',
      '2022-02-04T18:24:59Z',
      '2022-02-04T18:24:59.123+02:00',
    ];
    const misfits = [
      '31/12/2025',
      '2025-13-01',
      '2025-02-29',
      '2025-04-31',
      '2025-1-5',
      'soon',
      1700000000,
      '',
    ];
    expect(problems(declare('DATE'), fits)).toEqual(fits.map(() => undefined));
    expect(problems(declare('DATE'), misfits)).toEqual(
      misfits.map(() => 'not an ISO-8601 date (declared DATE)'),
    );
    expect(problems(declare('DATETIME'), ['2022-02-04T18:24:59Z', '2022-02-04T25:00:00Z'])).toEqual(
      [undefined, 'not an ISO-8601 date-time (declared DATETIME)'],
    );
    expect(isIsoDateTime('2000-02-29')).toBe(true);
    expect(isIsoDateTime('1900-02-29')).toBe(false);
  });

  it('BOOLEAN: only true and false', () => {
    expect(problems(declare('BOOLEAN'), [true, false, 'true', 0])).toEqual([
      undefined,
      undefined,
      'not true or false (declared BOOLEAN)',
      'not true or false (declared BOOLEAN)',
    ]);
  });

  it('PICKLIST: values in orderedValueList fit; no list means no check', () => {
    const stage = declare('PICKLIST', { orderedValueList: ['discovery', 'closed won'] });
    expect(problems(stage, ['discovery', 'verbal commit', '', 'Discovery', 3])).toEqual([
      undefined,
      'not one of the picklist values (declared PICKLIST)',
      'not one of the picklist values (declared PICKLIST)',
      'not one of the picklist values (declared PICKLIST)',
      'not one of the picklist values (declared PICKLIST)',
    ]);
    expect(valueCheck(declare('PICKLIST', { orderedValueList: null }))).toBeUndefined();
    expect(valueCheck(declare('PICKLIST', { orderedValueList: [] }))).toBeUndefined();
  });

  it('EMAILADDRESS: one @ and a dotted domain', () => {
    expect(
      problems(declare('EMAILADDRESS'), [
        'mia.patel@example-leads.com',
        'mateo.johansson.example.com',
        'zoe.silva@@apertureltd',
        'a b@example.com',
      ]),
    ).toEqual([
      undefined,
      'not an email address (declared EMAILADDRESS)',
      'not an email address (declared EMAILADDRESS)',
      'not an email address (declared EMAILADDRESS)',
    ]);
  });

  it('URL: http(s) addresses and bare domains fit; other schemes and junk do not', () => {
    expect(
      problems(declare('URL'), [
        'https://www.acme.com',
        'http://example.com/a?b#c',
        'www.acme.com',
        'javascript:alert(document.cookie)',
        'https://',
        'not a url',
      ]),
    ).toEqual([
      undefined,
      undefined,
      undefined,
      'not a web address (declared URL)',
      'not a web address (declared URL)',
      'not a web address (declared URL)',
    ]);
  });

  it('STRINGARRAY: arrays of strings only', () => {
    expect(problems(declare('STRINGARRAY'), [[], ['a', 'b'], ['a', 1], 'a'])).toEqual([
      undefined,
      undefined,
      'not a list of strings (declared STRINGARRAY)',
      'not a list of strings (declared STRINGARRAY)',
    ]);
  });

  it('null and absent are never type problems', () => {
    for (const type of ['NUMBER', 'DATE', 'BOOLEAN', 'EMAILADDRESS', 'URL', 'STRINGARRAY']) {
      expect(problems(declare(type), [null, undefined])).toEqual([undefined, undefined]);
    }
  });

  it('STRING, ID, PHONENUMBER, REFERENCE and unknown types are not checked', () => {
    for (const type of ['STRING', 'ID', 'PHONENUMBER', 'REFERENCE', 'SOMETHING_NEW']) {
      expect(valueCheck(declare(type))).toBeUndefined();
    }
  });
});
