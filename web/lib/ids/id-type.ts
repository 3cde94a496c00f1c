// Salesforce ids say what they are in their first three characters. Ids of one type pasted into a
// query of another get nothing but "not found" from Gong; the page says so before the fetch.
import type { ObjectType } from '../../../proxy/contract';

const PREFIXES: Readonly<Record<string, ObjectType>> = {
  '001': 'ACCOUNT',
  '003': 'CONTACT',
  '006': 'DEAL',
  '00Q': 'LEAD',
};

// 15 or 18 characters, letters and digits: the shape of a Salesforce id.
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export function salesforceType(id: string): ObjectType | undefined {
  return SALESFORCE_ID.test(id) ? PREFIXES[id.slice(0, 3)] : undefined;
}

export interface OtherType {
  readonly type: ObjectType;
  readonly count: number;
}

/**
 * The other object type most of the ids look like, when at least half of them do; undefined
 * when they fit the chosen type or say nothing (numbers, e-mail addresses).
 */
export function otherTypeOf(ids: readonly string[], chosen: ObjectType): OtherType | undefined {
  const counts = new Map<ObjectType, number>();
  for (const id of ids) {
    const type = salesforceType(id);
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let best: OtherType | undefined;
  for (const [type, count] of counts)
    if (type !== chosen && count > (best?.count ?? 0)) best = { type, count };
  return best && best.count * 2 >= ids.length ? best : undefined;
}

/** "20 ids look like ACCOUNT ids: fetch them as ACCOUNT?" */
export function otherTypeText(other: OtherType): string {
  return `${other.count} ${other.count === 1 ? 'id looks' : 'ids look'} like ${other.type} ids: fetch them as ${other.type}?`;
}
