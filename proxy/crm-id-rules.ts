// What makes a string a CRM id this tool sends to Gong, in plain code: one pass per id, no zod.
// crmIdSchema (contract.ts) is built on it, and so are the page's paste and link checks: the
// proxy checks 100 ids on every call and the page up to 100,000 pasted ones, so one pass each.
// No imports: contract.ts imports this file, and the page's bundle imports contract.ts.

/** Gong documents object ids of at most 64 characters; some CRMs use longer emails as ids. */
export const MAX_ID_LENGTH = 256;

// In u-mode a surrogate pair is one code point, so this matches only a half of one: text that is
// not Unicode, which Gong cannot have stored as an id, and which no link, UTF-8 file or Blob can
// carry (the page's exports check values with it too).
const LONE_SURROGATE = /\p{Surrogate}/u;
const ANY_SURROGATE = /[\ud800-\udfff]/;

/** Whether `text` holds half of a surrogate pair. */
export function hasLoneSurrogate(text: string): boolean {
  // Most texts hold no surrogate at all: a plain range test says so faster than `u` mode.
  return ANY_SURROGATE.test(text) && LONE_SURROGATE.test(text);
}

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

/** Length in code points (as zod 4 measures strings): a surrogate pair counts once. */
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

/** Why `id` cannot be a CRM id (the first reason found), or undefined when it can. */
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
