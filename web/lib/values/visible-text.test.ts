import { describe, expect, test } from 'vitest';
import { codePointName, hasInvisible, visiblePieces, visibleText } from './visible-text';

describe('visibleText', () => {
  test.each([
    ['plain text stays as it is', 'Acme Corp', 'Acme Corp'],
    ['a trailing space', 'Acme ', 'Acme␣'],
    ['a leading space', ' Acme', '␣Acme'],
    ['one space', ' ', '␣'],
    ['two spaces', '  ', '␣␣'],
    ['inner spaces stay', 'a  b', 'a  b'],
    ['no-break space', 'Acme\u00a0Corp', 'Acme⟨U+00A0⟩Corp'],
    ['zero-width space', 'Ac\u200bme', 'Ac⟨U+200B⟩me'],
    ['byte-order mark', '\ufeffAcme', '⟨U+FEFF⟩Acme'],
    ['line separator (Zl)', 'a\u2028b', 'a⟨U+2028⟩b'],
    ['paragraph separator (Zp)', 'a\u2029b', 'a⟨U+2029⟩b'],
    ['ideographic space (Zs)', 'a\u3000b', 'a⟨U+3000⟩b'],
    ['NUL and DEL (Cc)', '\u0000\u007f', '⟨U+0000⟩⟨U+007F⟩'],
    ['C1 control (Cc)', 'a\u0085b', 'a⟨U+0085⟩b'],
    ['soft hyphen (Cf)', 'co\u00adop', 'co⟨U+00AD⟩op'],
    ['Hangul filler (default ignorable)', '\u3164', '⟨U+3164⟩'],
    ['line feed', 'a\nb', 'a↵b'],
    ['CRLF', 'a\r\nb', 'a␍↵b'],
    ['carriage return', 'a\rb', 'a␍b'],
    ['tab', 'a\tb', 'a⇥b'],
    ['lone high surrogate', 'x\ud800y', 'x⟨U+D800⟩y'],
    ['lone low surrogate', 'x\udfffy', 'x⟨U+DFFF⟩y'],
    ['reversed pair', '\ude00\ud83d', '⟨U+DE00⟩⟨U+D83D⟩'],
    ['an emoji stays whole', 'x😀y', 'x😀y'],
    ['emoji with presentation selector', '❤️', '❤️'],
    ['emoji joined by ZWJ stays a family', '👨‍👩‍👧', '👨‍👩‍👧'],
    ['a ZWJ between letters is marked', 'a\u200db', 'a⟨U+200D⟩b'],
    ['a literal mark is escaped', 'a↵b␣⇥␍', 'a⟨U+21B5⟩b⟨U+2423⟩⟨U+21E5⟩⟨U+240D⟩'],
    ['a literal code mark is escaped', '⟨U+0041⟩', '⟨U+27E8⟩U+0041⟩'],
    ['composed é stays', 'Café', 'Café'],
  ])('%s', (_, text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });

  test('direction controls are taken out of the text, so they cannot reorder it', () => {
    const shown = visibleText('abc\u202edef\u202c \u2066x\u2069 \u200f\u200e\u061c');
    expect(shown).toBe('abc⟨U+202E⟩def⟨U+202C⟩ ⟨U+2066⟩x⟨U+2069⟩ ⟨U+200F⟩⟨U+200E⟩⟨U+061C⟩');
    expect(shown).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  test('no lone surrogate and no U+FFFD ever comes out', () => {
    const shown = visibleText('a\ud800b\udbffc\udc00d\udfff');
    expect(shown).not.toMatch(/\p{Cs}|\ufffd/u);
    expect(shown).toBe('a⟨U+D800⟩b⟨U+DBFF⟩c⟨U+DC00⟩d⟨U+DFFF⟩');
  });

  test('"lines" keeps line feeds as line breaks and marks the rest', () => {
    expect(visibleText('a\r\nb\n\tc ', { lines: 'lines' })).toBe('a␍\nb\n⇥c␣');
    expect(visibleText('\n a', { lines: 'lines' })).toBe('\n a');
  });

  test('every case the issue lists looks different from its look-alike', () => {
    const pairs: [string, string][] = [
      ['Acme', 'Acme '],
      ['Acme Corp', 'Acme\u00a0Corp'],
      ['ab', 'a\u200bb'],
      ['Acme', '\ufeffAcme'],
      ['a b', 'a\u2028b'],
      [' ', '  '],
      ['x\ud801y', 'x\ud800y'],
      ['abcfed', 'abc\u202edef'],
      ['a\r\nb', 'a\nb'],
      ['a\rb', 'a\nb'],
    ];
    for (const [a, b] of pairs) expect(visibleText(a)).not.toBe(visibleText(b));
  });

  test('one-to-one over every character a mark could stand for, alone and in pairs', () => {
    const characters = [
      ' ',
      '\n',
      '\r',
      '\t',
      '\u00a0',
      '\u200b',
      '\u200d',
      '\ufeff',
      '\u2028',
      '\u202e',
      '\ud800',
      '\udc00',
      '⟨',
      '↵',
      '␍',
      '⇥',
      '␣',
      '⟩',
      'U',
      '+',
      '0',
      'a',
      '😀',
    ];
    const texts = new Set<string>(['']);
    for (const a of characters) {
      texts.add(a);
      for (const b of characters) texts.add(a + b);
    }
    for (const lines of ['one-line', 'lines'] as const) {
      const shown = new Map<string, string>();
      for (const text of texts) {
        const visible = visibleText(text, { lines });
        expect(shown.get(visible), `${JSON.stringify(text)} (${lines})`).toBeUndefined();
        shown.set(visible, text);
      }
    }
  });
});

describe('visiblePieces', () => {
  test('sets the marks apart from the text', () => {
    expect(visiblePieces(visibleText(' a\u200bb\n'))).toEqual([
      { text: '␣', mark: true },
      { text: 'a', mark: false },
      { text: '⟨U+200B⟩', mark: true },
      { text: 'b', mark: false },
      { text: '↵', mark: true },
    ]);
  });

  test('a literal mark in a value stays one escaped mark, not text that looks like a mark', () => {
    expect(visiblePieces(visibleText('⟨U+0041⟩'))).toEqual([
      { text: '⟨U+27E8⟩', mark: true },
      { text: 'U+0041⟩', mark: false },
    ]);
  });

  test('past the limit the rest stays text', () => {
    const pieces = visiblePieces(visibleText('\t'.repeat(10)), 3);
    expect(pieces.filter((piece) => piece.mark)).toHaveLength(3);
    expect(pieces.map((piece) => piece.text).join('')).toBe('⇥'.repeat(10));
  });
});

describe('hasInvisible and codePointName', () => {
  test('tell what needs marks, and name code points the Unicode way', () => {
    expect(hasInvisible('Acme')).toBe(false);
    expect(hasInvisible('Acme ')).toBe(true);
    expect(hasInvisible('a\u200bb')).toBe(true);
    expect(codePointName(0xe9)).toBe('U+00E9');
    expect(codePointName(0x1f600)).toBe('U+1F600');
  });
});
