import { describe, expect, test } from 'vitest';
import { z } from 'zod/mini';
import { crmIdSchema } from './contract';
import { checkCrmId, isJsWhitespace, MAX_ID_LENGTH } from './crm-id-rules';

// The rules as written before they were hand-coded for speed: zod's own length (in code
// points), trim, and two regular expressions. The oracle the one-pass code must agree with.
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const plainRules = z.string().check(
  z.minLength(1, { error: 'is empty', abort: true }),
  z.maxLength(MAX_ID_LENGTH, { error: `is longer than ${MAX_ID_LENGTH} characters`, abort: true }),
  z.refine((id) => id.trim() === id, { error: 'has spaces at its start or end' }),
  z.refine((id) => !CONTROL_CHARACTER.test(id), { error: 'holds a control character' }),
  z.refine((id) => !/\p{Surrogate}/u.test(id), {
    error: 'holds half of a surrogate pair (not valid Unicode)',
  }),
);

function schemaReason(id: string): string | undefined {
  const result = plainRules.safeParse(id);
  return result.success ? undefined : result.error.issues[0]?.message;
}

const TRICKY = [
  '',
  'a',
  '0015g00000AbCdE',
  'user@example.com',
  '2271307570613351879',
  'x'.repeat(MAX_ID_LENGTH),
  'x'.repeat(MAX_ID_LENGTH + 1),
  // zod 4 counts code points: 256 emoji (512 UTF-16 units) fit, one more does not.
  '😀'.repeat(MAX_ID_LENGTH),
  `${'😀'.repeat(MAX_ID_LENGTH)}x`,
  `${'😀'.repeat(MAX_ID_LENGTH - 1)}\ud83d`,
  `${'😀'.repeat(MAX_ID_LENGTH - 1)}\ud83d\ud83d`,
  `\ude00${'x'.repeat(MAX_ID_LENGTH)}`,
  ' a',
  'a ',
  '\u00a0a',
  'a\ufeff',
  '\u3000',
  'a\u2028',
  'a b',
  'a\u00a0b',
  'a\u0000b',
  '\u0000',
  'a\u001f',
  'a\u007f',
  'a\u0080',
  'a\u0085',
  '\t',
  'a\tb',
  'a\nb',
  '\ud800',
  'a\udfff',
  'a\udfff\ud800b',
  '\ud83d\ude00\ud83d',
  '\u0000\ud800',
  ' a\u0001',
  `${'x'.repeat(MAX_ID_LENGTH)}\u0000`,
  '\uFFFD\uFFFE\uFFFF',
];

describe('checkCrmId agrees with the rules written plainly', () => {
  test.each(TRICKY.map((id) => [JSON.stringify(id).slice(0, 40), id]))('%s', (_name, id) => {
    expect(checkCrmId(id)).toBe(schemaReason(id));
  });

  test('on 5,000 random strings of tricky characters', () => {
    const alphabet = ['a', '1', ' ', '\u00a0', '\u0000', '\u001f', '\u007f', '\u0080', '\ufeff'];
    alphabet.push('\u2028', '\t', '\r', '\ud83d', '\ude00', ',', '"');
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 5000; n++) {
      const roll = random();
      const length =
        roll < 0.1
          ? MAX_ID_LENGTH - 2 + Math.floor(random() * 4)
          : roll < 0.2
            ? MAX_ID_LENGTH * 2 - 2 + Math.floor(random() * 4)
            : random() * 6;
      let id = '';
      for (let i = 0; i < length; i++) id += alphabet[Math.floor(random() * alphabet.length)];
      expect(checkCrmId(id), JSON.stringify(id)).toBe(schemaReason(id));
    }
  });
});

test('isJsWhitespace matches what trim removes, for every UTF-16 code unit', () => {
  const mismatches: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (isJsWhitespace(code) !== (char.trim() === '')) mismatches.push(code);
  }
  expect(mismatches).toEqual([]);
});

test("crmIdSchema refuses with checkCrmId's reason, once per id", () => {
  for (const id of TRICKY) {
    const result = crmIdSchema.safeParse(id);
    const reason = checkCrmId(id);
    expect(result.success, JSON.stringify(id)).toBe(reason === undefined);
    if (!result.success)
      expect(result.error.issues.map((issue) => issue.message)).toEqual([reason]);
  }
  expect(crmIdSchema.safeParse(42).error?.issues[0]?.message).toBe('must be a string');
});
