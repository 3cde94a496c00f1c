// A cheap pass over JSON text before parsing it. JSON.parse itself handles any depth (V8's
// parser is iterative), but everything that later walks the result recursively (stringify,
// the grid's keys) would overflow the stack; and most Gong answers hold no number that loses
// precision, so they can go to plain JSON.parse, and the others need to know where those are.

/** Far deeper than a Gong answer (4 levels), shallow enough for recursive code over the result. */
export const MAX_JSON_DEPTH = 512;

export function tooDeepError(): Error {
  return new Error(
    `JSON nested deeper than ${MAX_JSON_DEPTH} levels: refusing to parse it (a Gong answer nests about 4)`,
  );
}

/** The grammar of a JSON number token. */
export const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Whether the JavaScript number read from `source` prints back as different text. */
export function losesPrecision(source: string): boolean {
  return String(Number(source)) !== source;
}

// Character codes, named because the scanner compares them in hot loops.
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;

/** The index just after the string whose opening quote is at `start`, or text.length. */
function skipString(text: string, start: number): number {
  let close = text.indexOf('"', start + 1);
  while (close !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    close = text.indexOf('"', close + 1);
  }
  return text.length;
}

/** Whether a number token at [start, end) could print back differently once read by Number. */
function numberLosesPrecision(text: string, start: number, end: number): boolean {
  const negative = text.charCodeAt(start) === MINUS;
  const digitsStart = negative ? start + 1 : start;
  // Up to 15 digits always survive a round trip through a double (2^53 has 16).
  if (end - digitsStart <= 15) {
    let plainInteger = true;
    for (let i = digitsStart; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) {
        plainInteger = false;
        break;
      }
    }
    if (plainInteger)
      return negative && end - digitsStart === 1 && text.charCodeAt(end - 1) === ZERO;
  }
  return losesPrecision(text.slice(start, end));
}

function isNumberChar(c: number): boolean {
  // digits, '.', 'e', 'E', '+', '-': a superset of a number token's characters.
  return (c >= ZERO && c <= NINE) || c === 46 || c === 101 || c === 69 || c === 43 || c === MINUS;
}

export interface JsonScan {
  /** Start and end offsets, in pairs, of the number tokens that would lose precision. */
  readonly lossySpans: readonly number[];
  /** Some run of number characters is no JSON number: the text is not JSON. */
  readonly malformed: boolean;
}

/**
 * Looks at the text outside its strings once: throws when arrays and objects nest deeper than
 * MAX_JSON_DEPTH, and finds the number tokens that would lose precision as JS numbers. Other
 * faults of malformed JSON pass unnoticed: the parse that follows rejects them.
 */
export function scanJson(text: string): JsonScan {
  const length = text.length;
  const lossySpans: number[] = [];
  let malformed = false;
  let depth = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i);
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) throw tooDeepError();
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      i++;
    } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
      const start = i;
      i++;
      while (i < length && isNumberChar(text.charCodeAt(i))) i++;
      if (numberLosesPrecision(text, start, i)) {
        // In JSON each such run is exactly one number token; `1.0.5` or `01e` means no JSON.
        if (JSON_NUMBER.test(text.slice(start, i))) lossySpans.push(start, i);
        else malformed = true;
      }
    } else {
      i++;
    }
  }
  return { lossySpans, malformed };
}
