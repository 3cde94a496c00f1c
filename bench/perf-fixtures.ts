// Generators for benchmark inputs. Deterministic (seeded), so two runs measure the same work.
import type { CrmObject, JsonValue } from '../web/lib/json/json-value';
import { parseLossless } from '../web/lib/json/lossless-json';
import { prng } from '../web/lib/upload-file/sample';

/** Fixtures must not change between runs: the verifier's seeded PRNG. */
const seededRandom = prng;

const SEPARATORS = ['\r\n', '\n', ', ', ',', ';', '\t', ' ', ' ; '];

/**
 * A paste of `count` ids as a developer might bring them: mixed separators, CRLF lines, quoted
 * CSV cells (some holding commas), blank lines, and about one id in ten repeated.
 */
export function makeIdPaste(count = 100_000, seed = 1): string {
  const random = seededRandom(seed);
  const parts: string[] = ['\uFEFF'];
  for (let i = 0; i < count; i++) {
    const repeat = i > 10 && random() < 0.1;
    const n = repeat ? Math.floor(random() * i) : i;
    const kind = n % 4;
    const id =
      kind === 0
        ? String(2271307570613351879n + BigInt(n))
        : kind === 1
          ? `0015g0000${n.toString(36).padStart(6, '0')}AAA`
          : kind === 2
            ? `user.${n}@example.com`
            : String(1_000_000 + n);
    const quoted = random() < 0.05;
    parts.push(quoted ? `"${id}${n % 7 === 0 ? ', Inc' : ''}"` : id);
    parts.push(SEPARATORS[Math.floor(random() * SEPARATORS.length)] ?? ',');
    if (random() < 0.01) parts.push('\r\n\r\n');
  }
  return parts.join('');
}

export interface GongAnswerOptions {
  objects: number;
  fields: number;
  /** How many cells hold integers above 2^53 (they force the exact parsing path). */
  bigNumbers?: number;
  /** One object in `missingEvery` is answered `null` (not found); 0 for none. */
  missingEvery?: number;
  seed?: number;
}

function fieldValue(field: number, object: number, random: () => number): JsonValue {
  switch (field % 12) {
    case 0:
      return `Value ${object} of field ${field}`;
    case 1:
      return `2022-0${1 + (object % 9)}-0${1 + (field % 9)}T18:24:59.${object % 1000}Z`;
    case 2:
      return Math.floor(random() * 100_000);
    case 3:
      return Math.round(random() * 1_000_000) / 100;
    case 4:
      return random() < 0.5;
    case 5:
      return null;
    case 6:
      return ['example.com', `domain-${object % 5}.io`];
    case 7:
      return '';
    case 8:
      return ['OPEN', 'WON', 'LOST'][object % 3] ?? 'OPEN';
    case 9:
      return 'same for everyone';
    case 10:
      return `00${object}`;
    default:
      return object % 10 === 0 ? null : `https://crm.example.com/r/${object}/${field}`;
  }
}

/** The text of a Gong "Get CRM objects" 200 answer of `objects` × `fields`. */
export function makeGongAnswer(options: GongAnswerOptions): string {
  const { objects, fields, bigNumbers = 0, missingEvery = 0, seed = 7 } = options;
  const random = seededRandom(seed);
  const bigEvery = bigNumbers > 0 ? Math.max(1, Math.floor(objects / bigNumbers)) : 0;
  const entries: string[] = [];
  for (let o = 0; o < objects; o++) {
    const id = String(2271307570613351879n + BigInt(o * 7919));
    if (missingEvery > 0 && o % missingEvery === missingEvery - 1) {
      entries.push(`${JSON.stringify(id)}:null`);
      continue;
    }
    const cells: string[] = [`"objectId":${JSON.stringify(id)}`];
    for (let f = 1; f < fields; f++) {
      cells.push(`"customField_${f}__c":${JSON.stringify(fieldValue(f, o, random))}`);
    }
    if (bigEvery > 0 && o % bigEvery === 0 && o / bigEvery < bigNumbers) {
      // Replaces the last cell, so the object keeps `fields` fields.
      cells[cells.length - 1] = `"customField_${fields - 1}__c":${9007199254740993n + BigInt(o)}`;
    }
    entries.push(`${JSON.stringify(id)}:{${cells.join(',')}}`);
  }
  return `{"requestId":"4al018gzaztcr8nbukw","crmObjectsMap":{${entries.join(',')}}}`;
}

/** The grid's input for an answer made by `makeGongAnswer`, in the order the ids were sent. */
export function makeCrmObjects(options: GongAnswerOptions): CrmObject[] {
  const answer = parseLossless(makeGongAnswer(options)) as {
    crmObjectsMap: Record<string, CrmObject['fields']>;
  };
  // Object.keys would put ids below 2^32 in numeric order; these ids are above it, so they keep
  // the order they were written in.
  return Object.entries(answer.crmObjectsMap).map(([id, fields]) => ({ id, fields }));
}
