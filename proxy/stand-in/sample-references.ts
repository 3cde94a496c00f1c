// Objects appended after the generated ones of each type, for the page's reference check: a deal
// and contacts whose accounts the sandbox does not hold, a deal without accountId, and a lead
// converted to a deal. Appended, never mixed in, so every generated id, index and count that
// tests and docs name stays as it was.
import type { SampleObject } from './sample-common';

/** Accounts the sandbox never holds: the references to them dangle. */
export const MISSING_ACCOUNT_IDS = ['0015g00000GoneAAAR', '0015g00000GoneBAAR'] as const;

/** The appended objects' ids, per type, in the order they follow the generated ones. */
export const REFERENCE_SAMPLE_IDS = {
  /** Its account is not in Gong; the second has no accountId at all. */
  DEAL: ['0065g00000OrphAAAR', '0065g00000NoAccAAF'],
  /** Both point at accounts not in Gong, the second at the same one as the first deal. */
  CONTACT: ['0035g00000OrphAAAR', '0035g00000OrphBAAR'],
  /** Converted to the first deal and contact above, and to an account not in Gong. */
  LEAD: ['00Q5g00000ConvAEAR'],
} as const;

/** The generated object each appended one is copied from, so it carries every usual field. */
const TEMPLATE_INDEX = 30;

function copyOf(
  template: SampleObject | undefined,
  id: string,
  changes: Record<string, unknown>,
): SampleObject {
  const url = String(template?.fields.url ?? '').replace(template?.id ?? '', id);
  const fields: Record<string, unknown> = {
    ...template?.fields,
    objectId: id,
    url,
    isDeleted: false,
    ...changes,
  };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete fields[name];
  return { id, fields };
}

export function referenceSamples(generated: {
  contacts: readonly SampleObject[];
  deals: readonly SampleObject[];
  leads: readonly SampleObject[];
}) {
  const [gone1 = '', gone2 = ''] = MISSING_ACCOUNT_IDS;
  const [orphanDeal = '', noAccountDeal = ''] = REFERENCE_SAMPLE_IDS.DEAL;
  const [orphanContact = '', sharedContact = ''] = REFERENCE_SAMPLE_IDS.CONTACT;
  const [convertedLead = ''] = REFERENCE_SAMPLE_IDS.LEAD;
  const deal = generated.deals[TEMPLATE_INDEX];
  const contact = generated.contacts[TEMPLATE_INDEX];
  const lead = generated.leads[TEMPLATE_INDEX];
  return {
    DEAL: [
      copyOf(deal, orphanDeal, { name: 'Orphaned — account gone 2025', accountId: gone1 }),
      copyOf(deal, noAccountDeal, { name: 'No account — Pilot 2025', accountId: undefined }),
    ],
    CONTACT: [
      copyOf(contact, orphanContact, { firstName: 'Orla', lastName: 'Fenn', accountId: gone2 }),
      copyOf(contact, sharedContact, { firstName: 'Piet', lastName: 'Maas', accountId: gone1 }),
    ],
    LEAD: [
      copyOf(lead, convertedLead, {
        firstName: 'Cora',
        lastName: 'Vance',
        status: 'Converted',
        convertedToDealId: orphanDeal,
        convertedToContactId: orphanContact,
        convertedToAccountId: gone2,
      }),
    ],
  };
}
