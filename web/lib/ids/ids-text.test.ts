import { describe, expect, test } from 'vitest';
import { idsToText, roundTrips } from './ids-text';

describe('idsToText', () => {
  test('plain ids go one per line', () => {
    expect(idsToText(['0065g00000aACIFAA4', '65796570812', 'mia.patel@example.com'])).toBe(
      '0065g00000aACIFAA4\n65796570812\nmia.patel@example.com',
    );
  });

  test.each([
    [['Acme, Inc', 'b']],
    [['a b', 'c;d']],
    [['"quoted"', "it's"]],
    [['[x]', 'y']],
    [['東京 オフィス', '🚀']],
    [['no\u00a0break', 'x']],
    [['2271307570613351879', '9007199254740993']],
    [["'a'", 'b']],
    [['(a', 'b)']],
    [['‘x’']],
    [['“y”']],
    [["O'Brien@example.com"]],
  ])('%j reads back exactly', (ids) => {
    expect(roundTrips(ids)).toBe(true);
  });
});
