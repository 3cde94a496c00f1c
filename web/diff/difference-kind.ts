// Why a value Gong stored is not the value the upload file sent, named so a person sees the
// cause at a glance (a date reformatted, a number sent as text). Pure; imports web/lib only.
import { JsonNumber, type JsonValue } from '../lib/json/json-value';
import type { DifferenceKind } from '../lib/result-files/verification-model';
import { valueKey } from './value-identity';

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A number's text in one canonical spelling (`7000.50`, `7000.5` and `7.0005e3` alike). */
export function canonicalNumber(text: string): string | undefined {
  const parts = NUMBER_TEXT.exec(text);
  if (!parts) return undefined;
  const [, sign, whole = '', fraction = '', exponent = '0'] = parts;
  let digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  let power = Number(exponent) - fraction.length;
  const trailing = /0+$/.exec(digits);
  if (trailing) {
    digits = digits.slice(0, -trailing[0].length);
    power += trailing[0].length;
  }
  return `${sign}${digits}e${power}`;
}

function numberText(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return value instanceof JsonNumber ? value.source : undefined;
}

// ISO-8601 (date, or date-time with seconds, fraction and offset optional) and US MM/DD/YYYY.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function validDay(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : undefined;
}

/** The instant a date text names, in ms since 1970 (a date alone is its UTC midnight). */
export function instantOf(text: string): number | undefined {
  const us = US_DATE.exec(text);
  if (us) return validDay(Number(us[3]), Number(us[1]), Number(us[2]));
  const iso = ISO.exec(text);
  if (!iso) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = iso;
  const midnight = validDay(Number(year), Number(month), Number(day));
  if (midnight === undefined) return undefined;
  let offset = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    offset =
      (zone.startsWith('-') ? -1 : 1) *
      (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0'));
  }
  return (
    midnight +
    ((Number(hour) * 60 + Number(minute) - offset) * 60 + Number(second)) * 1000 +
    Number(`0.${fraction || '0'}`) * 1000
  );
}

const WHITESPACE = /\s+/g;

function stringKind(sent: string, stored: string): DifferenceKind {
  const sentInstant = instantOf(sent.trim());
  if (sentInstant !== undefined && sentInstant === instantOf(stored.trim())) return 'same-instant';
  if (sent.replace(WHITESPACE, '') === stored.replace(WHITESPACE, '')) return 'whitespace-only';
  if (sent.toLowerCase() === stored.toLowerCase()) return 'case-only';
  return 'other-value';
}

function sameItemsInOtherOrder(sent: readonly JsonValue[], stored: readonly JsonValue[]): boolean {
  if (sent.length !== stored.length) return false;
  const a = sent.map(valueKey).sort();
  const b = stored.map(valueKey).sort();
  return a.every((key, i) => key === b[i]);
}

/** valueKey(a) === valueKey(b), without building two strings for the common primitive cells. */
function sameJsonText(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  const aObject = typeof a === 'object' && a !== null;
  const bObject = typeof b === 'object' && b !== null;
  // Two primitives that are not === differ (JSON has no NaN); a JsonNumber or a container needs
  // its text.
  if (!aObject && !bObject) return false;
  return valueKey(a) === valueKey(b);
}

/**
 * The kind of difference between the value sent and the value Gong stored (undefined: stored
 * absent), or undefined when they are the same JSON text: `7000` sent and `7000.0` stored
 * differ ('same-number'), as do 9007199254740992 and 9007199254740993 ('other-value').
 */
export function differenceKind(
  sent: JsonValue,
  stored: JsonValue | undefined,
): DifferenceKind | undefined {
  if (stored === undefined) return 'not-stored';
  if (sameJsonText(sent, stored)) return undefined;
  const sentNumber = numberText(sent);
  const storedNumber = numberText(stored);
  if (sentNumber !== undefined && storedNumber !== undefined) {
    return canonicalNumber(sentNumber) === canonicalNumber(storedNumber)
      ? 'same-number'
      : 'other-value';
  }
  if (typeof sent === 'string' && typeof stored === 'string') return stringKind(sent, stored);
  const numberSide = sentNumber ?? storedNumber;
  const stringSide =
    typeof sent === 'string' ? sent : typeof stored === 'string' ? stored : undefined;
  if (numberSide !== undefined && stringSide !== undefined) {
    const asNumber = canonicalNumber(stringSide.trim());
    return asNumber !== undefined && asNumber === canonicalNumber(numberSide)
      ? 'number-vs-string'
      : 'other-value';
  }
  if (Array.isArray(sent) && Array.isArray(stored) && sameItemsInOtherOrder(sent, stored)) {
    return 'array-order';
  }
  return 'other-value';
}
