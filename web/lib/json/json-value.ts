// How the page holds what Gong sent. JSON numbers whose JavaScript value would not print back
// as the same text (above 2^53, long decimals, exponents) keep their source text, so the grid
// shows what Gong stored rather than what `Number` rounded.

/** A JSON number kept as the exact text Gong sent, e.g. `9007199254740993`. */
export class JsonNumber {
  constructor(readonly source: string) {}
}

export type JsonValue =
  | null
  | boolean
  | string
  | number
  | JsonNumber
  | JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Field name → value of one CRM object, as Gong answered it. */
export type CrmFields = { readonly [field: string]: JsonValue };

/** One requested id: found with its fields, or `null` when Gong has no such object. */
export interface CrmObject {
  readonly id: string;
  readonly fields: CrmFields | null;
}

/** A field's value, or undefined when the object lacks it (never one of Object.prototype's). */
export function fieldValue(fields: CrmFields, field: string): JsonValue | undefined {
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}
