import { describe, expect, test } from 'vitest';
import { otherTypeOf, otherTypeText, salesforceType } from './id-type';

describe('otherTypeOf', () => {
  const accounts = ['0015g00000qqCBUAA2', '0015g00000271bgAAA', '0015g00000DkAoEAAV'];

  test('names the type the ids look like when it is not the chosen one', () => {
    expect(otherTypeOf(accounts, 'DEAL')).toEqual({ type: 'ACCOUNT', count: 3 });
    expect(otherTypeText({ type: 'ACCOUNT', count: 20 })).toBe(
      '20 ids look like ACCOUNT ids: fetch them as ACCOUNT?',
    );
  });

  test('says nothing when they fit, or when few of them say anything', () => {
    expect(otherTypeOf(accounts, 'ACCOUNT')).toBeUndefined();
    expect(otherTypeOf(['1405310521', 'a@b.c', '0015g00000qqCBUAA2'], 'DEAL')).toBeUndefined();
    expect(otherTypeOf([], 'DEAL')).toBeUndefined();
  });

  test('knows the four prefixes, in 15 and 18 characters', () => {
    expect(salesforceType('00Q5g00000Wz6fJEAR')).toBe('LEAD');
    expect(salesforceType('0035g00000RMsoD')).toBe('CONTACT');
    expect(salesforceType('0065g00000aACIFAA4')).toBe('DEAL');
    expect(salesforceType('0065g00000aACIF')).toBe('DEAL');
    expect(salesforceType('006-not-an-id')).toBeUndefined();
  });
});
