// What the page is fed: a Gong answer of N objects × 300 fields (perf-fixtures.ts), cut into the
// answers of the page's calls of 100 ids, and the whole answer as a file to open.
import { makeGongAnswer } from './perf-fixtures';

export interface PageFixture {
  /** The ids to paste, in the answer's order. */
  ids: string[];
  /** Objects Gong found: the grid's columns. */
  found: number;
  /** A Gong answer for these ids, as the proxy would pass it on. */
  answerFor: (ids: readonly string[]) => string;
  /** The whole answer's text, for "Open result JSON". */
  text: string;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** The index just past the JSON object or `null` starting at `start` (strings may hold braces). */
function valueEnd(text: string, start: number): number {
  if (text.startsWith('null', start)) return start + 4;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      for (i++; text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
    } else if (code === 123) {
      depth++;
    } else if (code === 125 && --depth === 0) {
      return i + 1;
    }
  }
  throw new Error('unterminated object in the fixture');
}

/** Each `"id":{…}` (or `"id":null`) entry of a makeGongAnswer text, by id. */
function entriesOf(text: string): Map<string, string> {
  const opening = '"crmObjectsMap":{';
  let at = text.indexOf(opening) + opening.length;
  const entries = new Map<string, string>();
  while (text.charCodeAt(at) === QUOTE) {
    const idEnd = text.indexOf('"', at + 1);
    const id = text.slice(at + 1, idEnd);
    const end = valueEnd(text, idEnd + 2);
    entries.set(id, text.slice(at, end));
    at = end + 1;
  }
  return entries;
}

export function makePageFixture(objects: number): PageFixture {
  // One id in 50 unknown to Gong, as in a paste with a few typos; a few values above 2^53.
  const text = makeGongAnswer({ objects, fields: 300, missingEvery: 50, bigNumbers: 5 });
  const entries = entriesOf(text);
  if (entries.size !== objects) throw new Error(`the fixture holds ${entries.size} objects`);
  const ids = [...entries.keys()];
  const found = [...entries.values()].filter((entry) => !entry.endsWith(':null')).length;
  let calls = 0;
  const answerFor = (asked: readonly string[]) => {
    const parts = asked.map((id) => entries.get(id) ?? `${JSON.stringify(id)}:null`);
    return `{"requestId":"bench${++calls}","crmObjectsMap":{${parts.join(',')}}}`;
  };
  return { ids, found, answerFor, text };
}
