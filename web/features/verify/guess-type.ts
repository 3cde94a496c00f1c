// Which object type an upload file's objects look like, for a file verified as another type
// (most ids not found). From the field names Gong's upload doc lists per type, and the key
// prefixes of Salesforce ids (001 account, 003 contact, 006 opportunity, 00Q lead).
import type { ObjectType } from '../../../proxy/contract';

import { sentFields } from '../../diff/sent-vs-stored';
import type { SentObject } from '../../lib/upload-file/upload-lint';

const FIELDS: Record<ObjectType, readonly string[]> = {
  ACCOUNT: ['domains', 'industry', 'numberOfEmployees', 'annualRevenue', 'website'],
  CONTACT: ['accountId', 'emailAddress', 'firstName', 'lastName'],
  DEAL: ['closeDate', 'stage', 'amount', 'ownerId', 'probability'],
  LEAD: ['convertedToDealId', 'convertedToContactId', 'convertedToAccountId', 'company', 'rating'],
};
const PREFIXES: Record<string, ObjectType> = {
  '001': 'ACCOUNT',
  '003': 'CONTACT',
  '006': 'DEAL',
  '00Q': 'LEAD',
};

/** The likeliest type of the first objects, or undefined when nothing stands out. */
export function guessObjectType(objects: readonly SentObject[]): ObjectType | undefined {
  const scores: Record<ObjectType, number> = { ACCOUNT: 0, CONTACT: 0, DEAL: 0, LEAD: 0 };
  for (const object of objects.slice(0, 50)) {
    const prefix = PREFIXES[object.objectId.slice(0, 3)];
    if (prefix && /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(object.objectId)) scores[prefix] += 3;
    let fields: Record<string, unknown>;
    try {
      fields = sentFields(object);
    } catch {
      continue;
    }
    for (const type of Object.keys(FIELDS) as ObjectType[]) {
      for (const name of FIELDS[type]) if (Object.hasOwn(fields, name)) scores[type] += 1;
    }
  }
  const ranked = (Object.keys(scores) as ObjectType[]).sort((a, b) => scores[b] - scores[a]);
  const [best, second] = ranked;
  if (!best || scores[best] === 0 || (second && scores[second] === scores[best])) return undefined;
  return best;
}
