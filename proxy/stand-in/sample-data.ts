import type { ObjectType } from '../contract';
import { createPrng } from './prng';
import { sampleAccounts } from './sample-accounts';
import type { SampleObject } from './sample-common';
import { sampleContacts } from './sample-contacts';
import { sampleDeals } from './sample-deals';
import { salesforceId } from './sample-ids';
import { sampleLeads } from './sample-leads';
import { referenceSamples } from './sample-references';

/**
 * The one integration the built-in data answers. Above 2^53 on purpose, like real Gong
 * integration ids: Number('7302198156228391457') gives 7302198156228392000.
 */
export const SANDBOX_INTEGRATION_ID = '7302198156228391457';
export const SANDBOX_INTEGRATION_NAME = 'Northwind CRM sandbox';
/** Generated per type; sample-references.ts appends a few more to CONTACT, DEAL and LEAD. */
export const SAMPLE_OBJECTS_PER_TYPE = 1000;

let cache: Readonly<Record<ObjectType, readonly SampleObject[]>> | undefined;

/** Every sample object of every type, made once per process and never mutated. */
export function sampleObjects(): Readonly<Record<ObjectType, readonly SampleObject[]>> {
  if (cache) return cache;
  const count = SAMPLE_OBJECTS_PER_TYPE;
  const ownerRng = createPrng(0x0e1e);
  const ownerIds = Array.from({ length: 8 }, () => salesforceId('005', ownerRng));
  const accounts = sampleAccounts(count, ownerIds);
  const accountIds = accounts.map((account) => account.id);
  const contacts = sampleContacts(count, accountIds);
  const deals = sampleDeals(count, accountIds, ownerIds);
  const leads = sampleLeads(count, {
    accountIds,
    contactIds: contacts.map((contact) => contact.id),
    dealIds: deals.map((deal) => deal.id),
  });
  const references = referenceSamples({ contacts, deals, leads });
  cache = {
    ACCOUNT: accounts,
    CONTACT: [...contacts, ...references.CONTACT],
    DEAL: [...deals, ...references.DEAL],
    LEAD: [...leads, ...references.LEAD],
  };
  return cache;
}

/** The first `count` ids of a type, in their fixed order (the showcase objects first). */
export function sampleIds(objectType: ObjectType, count: number): string[] {
  return sampleObjects()
    [objectType].slice(0, count)
    .map((object) => object.id);
}
