// crmIdSchema's rules (proxy/contract.ts), checked without zod: pasted lists run to 100,000 ids.
// crm-id.test.ts holds the two to the same answers on tricky samples.
import { hasLoneSurrogate, MAX_ID_LENGTH } from '../../../proxy/contract';

/** Exactly the characters String.prototype.trim (and the regex `\s`) treat as white space. */
export function isJsWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Length in code points, as zod 4 measures strings: a surrogate pair counts once. */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** Why `id` fails crmIdSchema, in the schema's own words (its first issue), or undefined. */
export function checkCrmId(id: string): string | undefined {
  const length = id.length;
  if (length === 0) return 'is empty';
  // Only a string over the limit in UTF-16 units can be over it in code points.
  if (length > MAX_ID_LENGTH && codePointLength(id) > MAX_ID_LENGTH)
    return `is longer than ${MAX_ID_LENGTH} characters`;
  if (isJsWhitespace(id.charCodeAt(0)) || isJsWhitespace(id.charCodeAt(length - 1))) {
    return 'has spaces at its start or end';
  }
  for (let i = 0; i < length; i++) {
    const code = id.charCodeAt(i);
    if (code < 32 || code === 127) return 'holds a control character';
  }
  return hasLoneSurrogate(id) ? 'holds half of a surrogate pair (not valid Unicode)' : undefined;
}
