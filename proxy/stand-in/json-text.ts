// Gong's answers carry integers beyond 2^53 as bare JSON numbers. JSON.stringify cannot write
// a bigint and Node 20 has no JSON.rawJSON, so the stand-in writes its JSON text itself.
// Not the page's lossless JSON (web/lib/json) on purpose: the stand-in is what the page's parser
// is tested against, and a bug shared by both would pass every test; proxy/ never imports web/.

/** A number kept as its exact JSON text, e.g. `7000.50`, which a JS number would print as 7000.5. */
export class JsonNumberText {
  constructor(readonly text: string) {
    if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) {
      throw new Error(`not a JSON number: ${text}`);
    }
  }
}

/** Like JSON.stringify, but bigint and JsonNumberText become bare numbers. */
export function toJsonText(value: unknown): string {
  switch (typeof value) {
    case 'bigint':
      return value.toString();
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (value instanceof JsonNumberText) return value.text;
      if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
      return `{${Object.entries(value)
        .filter(([, field]) => field !== undefined)
        .map(([key, field]) => `${JSON.stringify(key)}:${toJsonText(field)}`)
        .join(',')}}`;
    default:
      return 'null';
  }
}

const BIGINT_MARK = '\u0000bigint:';
const STRING_OR_INTEGER = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * JSON.parse that keeps integers beyond 2^53 exact, as bigint. Used for objects sent to the
 * control API, so e2e tests can store large numbers the way Gong holds them.
 */
export function parseJsonKeepingBigInts(text: string): unknown {
  const marked = text.replace(STRING_OR_INTEGER, (token) =>
    token.startsWith('"') || !/^-?\d+$/.test(token) || Number.isSafeInteger(Number(token))
      ? token
      : JSON.stringify(BIGINT_MARK + token),
  );
  return JSON.parse(marked, (_key, value) =>
    typeof value === 'string' && value.startsWith(BIGINT_MARK)
      ? BigInt(value.slice(BIGINT_MARK.length))
      : value,
  );
}
