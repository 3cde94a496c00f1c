// Why an object Gong stored may still not show in Gong: the reasons Gong's upload doc gives,
// checked per object. Pure; imports web/lib, proxy/contract.ts and the references model only.
import type { ObjectType, SchemaField } from '../../proxy/contract';
import type { CrmFields, JsonValue } from '../lib/json/json-value';
import { referencedId } from './references';

export type VisibilityRuleId =
  | 'no-account'
  | 'account-not-in-gong'
  | 'no-owner'
  | 'no-close-date'
  | 'deleted'
  | 'picklist';

export interface VisibilityRule {
  readonly id: VisibilityRuleId;
  /** The flag's words, as the legend lists them. */
  readonly text: string;
  /** Where the rule comes from: Gong's doc, quoted or named. */
  readonly source: string;
}

const UPLOAD_DOC = 'Gong’s upload doc (“Upload CRM objects”)';

export const VISIBILITY_RULES: readonly VisibilityRule[] = [
  {
    id: 'no-account',
    text: 'no accountId',
    source: `${UPLOAD_DOC}: a deal without accountId “will not appear in Gong”; a contact belongs to one account`,
  },
  {
    id: 'account-not-in-gong',
    text: 'its account is not in Gong',
    source: `${UPLOAD_DOC}: as without accountId, once Check references found no such account`,
  },
  {
    id: 'no-owner',
    text: 'no ownerId',
    source: `${UPLOAD_DOC}: a deal without ownerId is not on the deal board`,
  },
  {
    id: 'no-close-date',
    text: 'no closeDate',
    source: `${UPLOAD_DOC}: a deal without closeDate is not on the deal board`,
  },
  {
    id: 'deleted',
    text: 'isDeleted: true',
    source: `${UPLOAD_DOC}: isDeleted marks an object deleted in the CRM`,
  },
  {
    id: 'picklist',
    text: 'a PICKLIST value outside its list',
    source:
      'Gong’s upload and schema docs: a deal’s stage must equal a STAGE objectId; a PICKLIST takes the values of its orderedValueList',
  },
];

export interface VisibilityFlag {
  readonly rule: VisibilityRuleId;
  /** This object's case in words, e.g. `stage "verbal commit" is not in its list`. */
  readonly text: string;
}

export interface VisibilityInputs {
  /** The declared PICKLIST fields and their values, from the entity schema. */
  readonly picklists?: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  /** After Check references: whether this account id is in Gong; undefined when not checked. */
  readonly accountFound?: ((id: string) => boolean | undefined) | undefined;
}

/** The declared PICKLIST fields that list their values (an empty list constrains nothing). */
export function picklistsOf(schema: readonly SchemaField[]): Map<string, ReadonlySet<string>> {
  const lists = new Map<string, ReadonlySet<string>>();
  for (const field of schema) {
    const name = field.name ?? field.uniqueName;
    const values = field.orderedValueList;
    if (field.type !== 'PICKLIST' || !name || !values?.length || lists.has(name)) continue;
    lists.set(name, new Set(values));
  }
  return lists;
}

const own = (fields: CrmFields, field: string): JsonValue | undefined =>
  Object.hasOwn(fields, field) ? fields[field] : undefined;
const blank = (value: JsonValue | undefined) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function accountFlags(fields: CrmFields, inputs: VisibilityInputs): VisibilityFlag[] {
  const id = referencedId(own(fields, 'accountId'));
  if (id === undefined) return [{ rule: 'no-account', text: 'no accountId' }];
  if (inputs.accountFound?.(id) === false) {
    return [{ rule: 'account-not-in-gong', text: `account ${id} is not in Gong` }];
  }
  return [];
}

/** The documented reasons this object may not show in Gong; empty when none applies. */
export function visibilityFlags(
  objectType: ObjectType,
  fields: CrmFields,
  inputs: VisibilityInputs = {},
): VisibilityFlag[] {
  const flags: VisibilityFlag[] = [];
  if (objectType === 'DEAL' || objectType === 'CONTACT')
    flags.push(...accountFlags(fields, inputs));
  if (objectType === 'DEAL') {
    if (blank(own(fields, 'ownerId'))) flags.push({ rule: 'no-owner', text: 'no ownerId' });
    if (blank(own(fields, 'closeDate')))
      flags.push({ rule: 'no-close-date', text: 'no closeDate' });
  }
  if (own(fields, 'isDeleted') === true) flags.push({ rule: 'deleted', text: 'isDeleted: true' });
  for (const [field, allowed] of inputs.picklists ?? []) {
    const value = own(fields, field);
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && allowed.has(value)) continue;
    const shown = typeof value === 'string' ? JSON.stringify(value) : 'a non-string value';
    flags.push({ rule: 'picklist', text: `${field} ${shown} is not in its list` });
  }
  return flags;
}
