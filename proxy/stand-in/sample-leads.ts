import { JsonNumberText } from './json-text';
import { createPrng, type Prng } from './prng';
import {
  ABOVE_2_POW_53,
  applyOverrides,
  commonFields,
  crmId,
  HTML_LOOKING,
  idKind,
  JAVASCRIPT_URL,
  LARGE_NEGATIVE,
  type Overrides,
  type SampleObject,
  SHOWCASE,
  slug,
  uniqueIds,
} from './sample-common';
import {
  CITIES,
  COMPANY_STEMS,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  LEAD_SOURCES,
  LONG_TEXT,
  TITLES,
} from './sample-words';

const URLS = { salesforceObject: 'Lead', hubspotObjectType: '0-136' };

const OVERRIDES: Overrides = {
  [SHOWCASE.complete]: {
    firstName: 'Noah',
    lastName: 'García',
    company: 'Globex Corp',
    emailAddress: 'noah.garcia@globex.com',
    website: 'https://globex.com',
    title: 'Head of Revenue Operations',
  },
  [SHOWCASE.accents]: { firstName: 'Anaïs', lastName: 'Lefèvre', company: 'Crème Brûlée SARL' },
  [SHOWCASE.cjk]: { firstName: '伟', lastName: '王', company: '北京示例科技有限公司' },
  [SHOWCASE.numericIdAndEmoji]: { company: 'Pizza 🍕 Party Co', title: 'Founder 🦄' },
  // Its id is an email address, which Gong accepts as an objectId.
  [SHOWCASE.rtl]: { firstName: 'נועה', lastName: 'כהן', company: 'אור טכנולוגיות בע״מ' },
  [SHOWCASE.htmlLooking]: { company: HTML_LOOKING },
  [SHOWCASE.javascriptUrl]: { website: JAVASCRIPT_URL },
  [SHOWCASE.longText]: { description: LONG_TEXT },
  [SHOWCASE.bigIntegers]: { externalNumericId: ABOVE_2_POW_53, balanceCents: LARGE_NEGATIVE },
  [SHOWCASE.nulls]: { title: null, phoneNumber: null, company: null, address: null },
  [SHOWCASE.emptyStrings]: { title: '', company: '', phoneNumber: '' },
  [SHOWCASE.missingFields]: { title: undefined, url: undefined, website: undefined },
  [SHOWCASE.falseAndZero]: { hasOptedOutOfEmail: false, score: 0, externalNumericId: 0 },
  [SHOWCASE.deleted]: { isDeleted: true },
  [SHOWCASE.decimalText]: { estimatedBudget: new JsonNumberText('7000.50') },
  [SHOWCASE.whitespace]: { company: 'Tabs\tand\nnewlines ', phoneNumber: '007 555 0100' },
  [SHOWCASE.arrays]: { interests: [], productsOfInterest: ['Engage', 'Forecast'] },
  [SHOWCASE.schemaMismatches]: { emailAddress: 'zoe.silva@@apertureltd', score: 'high' },
};

function leadId(index: number, rng: Prng): string {
  if (index === SHOWCASE.rtl || (index > 19 && index % 10 === 4)) {
    return `${slug(rng.pick(FIRST_NAMES))}.${slug(rng.pick(LAST_NAMES))}@example-leads.com`;
  }
  return crmId(idKind(index), '00Q', rng);
}

export interface ConversionTargets {
  accountIds: readonly string[];
  contactIds: readonly string[];
  dealIds: readonly string[];
}

export function sampleLeads(count: number, targets: ConversionTargets): SampleObject[] {
  const rng = createPrng(0x1ead);
  const ids = uniqueIds(count, (index) => leadId(index, rng));
  return ids.map((id, index) => {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const company = `${rng.pick(COMPANY_STEMS)} ${rng.pick(['Inc.', 'GmbH', 'Ltd'])}`;
    const status = rng.pick(['Open', 'Working', 'Nurturing', 'Converted', 'Disqualified']);
    // Only converted leads point at what they became; the others hold explicit nulls.
    const converted = status === 'Converted';
    const target = (list: readonly string[]) => (converted ? (list[index] ?? null) : null);
    const fields = {
      ...commonFields(id, index, rng, URLS),
      emailAddress: id.includes('@') ? id : `${slug(firstName)}@${slug(company)}.com`,
      firstName,
      lastName,
      title: rng.pick(TITLES),
      phoneNumber: `+1 212 555 ${rng.int(1000, 9999)}`,
      company,
      website: `https://${slug(company)}.com`,
      status,
      leadSource: rng.pick(LEAD_SOURCES),
      rating: rng.pick(['Hot', 'Warm', 'Cold']),
      score: rng.int(1, 100),
      hasOptedOutOfEmail: rng.chance(0.1),
      address: { city: rng.pick(CITIES), country: rng.pick(COUNTRIES) },
      convertedToDealId: target(targets.dealIds),
      convertedToContactId: target(targets.contactIds),
      convertedToAccountId: target(targets.accountIds),
    };
    return { id, fields: applyOverrides(fields, OVERRIDES[index]) };
  });
}
