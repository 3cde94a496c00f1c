import { describe, expect, test } from 'vitest';
import { columnLabels, readPastedTable, splitLine } from './pasted-table';

describe('readPastedTable', () => {
  test('two columns from a spreadsheet: the Id column only, header skipped', () => {
    const text = 'Id\tName\n0065g00000aACIFAA4\tAcme deal\n0065g00000QabQOAAZ\tGlobex 2025\n';
    const { parsed, table } = readPastedTable(text);
    expect(parsed.ids).toEqual(['0065g00000aACIFAA4', '0065g00000QabQOAAZ']);
    expect(table?.preview).toBe(
      "2 ids (first: 0065…) · header 'Id' skipped · column 'Name' ignored",
    );
    expect(table?.firstId).toBe('0065g00000aACIFAA4');
  });

  test('headers like CRM ID, objectId and Opportunity ID name the id column wherever it is', () => {
    for (const header of ['CRM ID', 'objectId', 'Opportunity ID', 'Account_Id']) {
      const text = `Name,${header},Stage\nAcme,001A,won\nGlobex,001B,open`;
      expect(readPastedTable(text).parsed.ids).toEqual(['001A', '001B']);
    }
  });

  test('without a header, the column whose values look like ids', () => {
    const text = 'Acme deal\t0065g00000aACIFAA4\nGlobex\t0065g00000QabQOAAZ';
    const { parsed, table } = readPastedTable(text);
    expect(parsed.ids).toEqual(['0065g00000aACIFAA4', '0065g00000QabQOAAZ']);
    expect(table?.hasHeader).toBe(false);
    expect(table?.preview).toBe('2 ids (first: 0065…) · column 1 ignored');
  });

  test('another column can be chosen', () => {
    const text = 'Id\tOwner Id\n006A1\t005X1\n006A2\t005X2';
    const { parsed, table } = readPastedTable(text, 1);
    expect(parsed.ids).toEqual(['005X1', '005X2']);
    expect(table && columnLabels(table)).toEqual(['Id (column 1)', 'Owner Id (column 2)']);
  });

  test('ids several to a line, or one per line, stay a list of ids', () => {
    expect(readPastedTable('006A1, 006A2\n006A3, 006A4').parsed.ids).toEqual([
      '006A1',
      '006A2',
      '006A3',
      '006A4',
    ]);
    const list = readPastedTable('006A1\n006A2');
    expect(list.table).toBeUndefined();
    expect(list.parsed.ids).toEqual(['006A1', '006A2']);
  });

  test('the preview shows a long first id by its first 4 characters, a short one whole', () => {
    expect(readPastedTable('Id\tName\n001A2\tAcme').table?.preview).toBe(
      "1 id (first: 001A2) · header 'Id' skipped · column 'Name' ignored",
    );
    const long = readPastedTable('Id\tName\n001A23\tAcme').table;
    expect(long?.preview).toBe("1 id (first: 001A…) · header 'Id' skipped · column 'Name' ignored");
    expect(long?.firstId).toBe('001A23');
  });

  test('quoted CSV cells keep their commas and lose their quotes', () => {
    expect(splitLine('"Acme, Inc.","001A"', ',')).toEqual(['Acme, Inc.', '001A']);
    const text = 'Name,Id\n"Acme, Inc.",001A\n"Globex ""Big""",001B';
    expect(readPastedTable(text).parsed.ids).toEqual(['001A', '001B']);
  });
});
