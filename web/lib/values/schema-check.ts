// Whether a value fits the type an integration declared for its field in Gong's entity schema.
// Runs on every cell of an answer (up to 10,000 objects × 300 fields), so each declared field
// gets its check once, and a cell then costs a typeof or a Set lookup, rarely a regex.
import type { SchemaField } from '../../../proxy/contract';
import { JsonNumber, type JsonValue } from '../json/json-value';

/** One declared field, as the page uses it. */
export interface DeclaredField {
  readonly name: string;
  /** '' when Gong sent none. */
  readonly label: string;
  /** One of Gong's schema types, or a type this page does not know (left unchecked). */
  readonly type: string;
  readonly isDeleted: boolean;
  /** The allowed values of a PICKLIST; undefined when Gong sent no list or an empty one. */
  readonly picklist: ReadonlySet<string> | undefined;
}

/** A problem in words, e.g. `not a number (declared CURRENCY)`; undefined when the value fits. */
export type ValueCheck = (value: JsonValue | undefined) => string | undefined;

/** Gong's fields in schema order; a name declared twice keeps its first declaration. */
export function declaredFields(fields: readonly SchemaField[]): DeclaredField[] {
  const seen = new Set<string>();
  const declared: DeclaredField[] = [];
  for (const field of fields) {
    // Gong's spec example says `name`, its schema `uniqueName`: either may arrive.
    const name = field.name ?? field.uniqueName;
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const list = field.orderedValueList;
    declared.push({
      name,
      label: field.label ?? '',
      type: field.type,
      isDeleted: field.isDeleted === true,
      picklist: list && list.length > 0 ? new Set(list) : undefined,
    });
  }
  return declared;
}

const isNumber = (value: JsonValue) => typeof value === 'number' || value instanceof JsonNumber;

// ISO-8601 calendar date, optionally with a time and an offset (RFC 3339's profile).
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

export function isIsoDateTime(text: string): boolean {
  const parts = ISO_DATE_TIME.exec(text);
  if (!parts) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = parts;
  const m = Number(month);
  return (
    m >= 1 &&
    m <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysIn(Number(year), m) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 60
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// A web address: http(s) with a host, or a bare domain as CRMs often store websites
// (`www.acme.com`). Other schemes (`javascript:`, `mailto:`) are not a URL field's business.
const WEB_URL = /^(?:https?:\/\/[^\s/?#]+|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?)(?:[/?#]\S*)?$/i;

const isString = (value: JsonValue): value is string => typeof value === 'string';

/** null is a value Gong stores for any type, and an absent field is no type problem. */
function check(fits: (value: JsonValue) => boolean, problem: string): ValueCheck {
  return (value) => (value === null || value === undefined || fits(value) ? undefined : problem);
}

/** The check for a field's declared type; undefined when the type constrains nothing we check. */
export function valueCheck(field: DeclaredField): ValueCheck | undefined {
  const declared = `(declared ${field.type})`;
  switch (field.type) {
    case 'NUMBER':
    case 'CURRENCY':
    case 'PERCENT':
      return check(isNumber, `not a number ${declared}`);
    case 'DATE':
      return check((v) => isString(v) && isIsoDateTime(v), `not an ISO-8601 date ${declared}`);
    case 'DATETIME':
      return check((v) => isString(v) && isIsoDateTime(v), `not an ISO-8601 date-time ${declared}`);
    case 'BOOLEAN':
      return check((v) => typeof v === 'boolean', `not true or false ${declared}`);
    case 'EMAILADDRESS':
      return check((v) => isString(v) && EMAIL.test(v), `not an email address ${declared}`);
    case 'URL':
      return check((v) => isString(v) && WEB_URL.test(v), `not a web address ${declared}`);
    case 'STRINGARRAY':
      return check(
        (v) => Array.isArray(v) && v.every(isString),
        `not a list of strings ${declared}`,
      );
    case 'PICKLIST': {
      const allowed = field.picklist;
      if (!allowed) return undefined;
      return check(
        (v) => isString(v) && allowed.has(v),
        `not one of the picklist values ${declared}`,
      );
    }
    default:
      return undefined;
  }
}
