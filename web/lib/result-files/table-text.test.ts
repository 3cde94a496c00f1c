import { describe, expect, test } from 'vitest';
import { markdownText, type TextTable, toCsv, toMarkdown } from './table-text';

const TABLE: TextTable = {
  header: ['Field', '0065g00000aACIFAA4', 'id,with "quotes"'],
  rows: [
    ['name', 'Acme, Inc', 'say "hi"'],
    ['note', 'line 1\nline 2', ''],
    ['formula', '=HYPERLINK("http://x","y")', '+1+2'],
    ['at', '@SUM(A1)', '\tTAB'],
    ['numbers', '-9223372036854775807', '-1.5e3'],
    ['dash', '-x', '7000.50'],
    ['stage', { before: 'discovery', after: 'won' }, { before: '—', after: '=1' }],
  ],
};

describe('toCsv', () => {
  test('quotes per RFC 4180 and neutralizes formulas, leaving plain numbers alone', () => {
    expect(toCsv(TABLE).split('\r\n')).toEqual([
      'Field,0065g00000aACIFAA4,"id,with ""quotes"""',
      'name,"Acme, Inc","say ""hi"""',
      'note,"line 1\nline 2",',
      `formula,"'=HYPERLINK(""http://x"",""y"")",'+1+2`,
      "at,'@SUM(A1),'\tTAB",
      'numbers,-9223372036854775807,-1.5e3',
      "dash,'-x,7000.50",
      'stage,discovery → won,— → =1',
      '',
    ]);
  });

  test('neutralizes a carriage return at the start, and quotes it', () => {
    expect(toCsv({ header: ['a'], rows: [['\rcmd']] })).toBe(`a\r\n"'\rcmd"\r\n`);
  });
});

describe('toMarkdown', () => {
  test('renders a table whose cells are text, never markup', () => {
    expect(toMarkdown(TABLE).split('\n')).toEqual([
      '| Field | 0065g00000aACIFAA4 | id,with "quotes" |',
      '| --- | --- | --- |',
      '| name | Acme, Inc | say "hi" |',
      '| note | line 1<br>line 2 |  |',
      '| formula | =HYPERLINK("http://x","y") | +1+2 |',
      '| at | @SUM(A1) | \tTAB |',
      '| numbers | -9223372036854775807 | -1.5e3 |',
      '| dash | -x | 7000.50 |',
      '| stage | ~~discovery~~ → won | ~~—~~ → =1 |',
      '',
    ]);
  });

  test.each([
    ['a|b', 'a\\|b'],
    ['`code`', '\\`code\\`'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['**bold** _it_ ~~s~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['&lt; \\', '\\&lt; \\\\'],
    ['a\r\nb\rc', 'a<br>b<br>c'],
  ])('escapes %j', (text, escaped) => {
    expect(markdownText(text)).toBe(escaped);
  });
});
