import { JsonNumberText } from './json-text';
import { createPrng } from './prng';
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
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  LEAD_SOURCES,
  LONG_TEXT,
  TITLES,
} from './sample-words';

const URLS = { salesforceObject: 'Contact', hubspotObjectType: '0-1' };

const OVERRIDES: Overrides = {
  [SHOWCASE.complete]: {
    firstName: 'Ava',
    lastName: 'Smith',
    title: 'VP Sales',
    emailAddress: 'ava.smith@acme.com',
    linkedinUrl: 'https://www.linkedin.com/in/ava-smith',
  },
  [SHOWCASE.accents]: {
    firstName: 'Zoë',
    lastName: 'Müller-Łukaszewicz',
    title: 'Directrice Générale',
    emailAddress: 'zoe.muller@societe-generale.fr',
  },
  [SHOWCASE.cjk]: { firstName: '健二', lastName: '田中', title: '営業部長' },
  [SHOWCASE.numericIdAndEmoji]: { firstName: 'Sam 🎉', title: 'Chief Vibes Officer ✨' },
  [SHOWCASE.rtl]: { firstName: 'محمد', lastName: 'حداد', title: 'מנהל מכירות' },
  [SHOWCASE.htmlLooking]: { title: HTML_LOOKING, lastName: '"><svg onload=alert(1)>' },
  [SHOWCASE.javascriptUrl]: { linkedinUrl: JAVASCRIPT_URL },
  [SHOWCASE.longText]: { notes: LONG_TEXT },
  [SHOWCASE.bigIntegers]: { externalNumericId: ABOVE_2_POW_53, balanceCents: LARGE_NEGATIVE },
  [SHOWCASE.nulls]: { title: null, phoneNumber: null, accountId: null },
  [SHOWCASE.emptyStrings]: { title: '', phoneNumber: '' },
  [SHOWCASE.missingFields]: {
    title: undefined,
    phoneNumber: undefined,
    url: undefined,
    linkedinUrl: undefined,
  },
  [SHOWCASE.falseAndZero]: { doNotCall: false, callCount: 0, externalNumericId: 0 },
  [SHOWCASE.deleted]: { isDeleted: true },
  [SHOWCASE.decimalText]: { engagementScore: new JsonNumberText('87.50') },
  [SHOWCASE.whitespace]: {
    firstName: '  Ava ',
    title: 'Line one\nLine two',
    phoneNumber: '0049 030 1234567',
  },
  [SHOWCASE.arrays]: { secondaryEmails: [], languages: ['en', 'fr', '日本語'] },
  [SHOWCASE.schemaMismatches]: { emailAddress: 'mateo.johansson.example.com' },
};

export function sampleContacts(count: number, accountIds: readonly string[]): SampleObject[] {
  const rng = createPrng(0xc0de);
  const ids = uniqueIds(count, (index) => crmId(idKind(index), '003', rng));
  return ids.map((id, index) => {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const handle = `${slug(firstName)}.${slug(lastName)}`;
    const fields = {
      ...commonFields(id, index, rng, URLS),
      // Contact n works at account n, so the showcase contacts sit at the showcase accounts.
      accountId: accountIds[index % accountIds.length] ?? null,
      emailAddress: `${handle}@${rng.pick(['example.com', 'example.org', 'example.net'])}`,
      firstName,
      lastName,
      title: rng.pick(TITLES),
      phoneNumber: `+${rng.int(1, 99)} ${rng.int(100, 999)} ${rng.int(100_000, 999_999)}`,
      linkedinUrl: `https://www.linkedin.com/in/${handle.replace('.', '-')}`,
      leadSource: rng.pick(LEAD_SOURCES),
      mailingCountry: rng.pick(COUNTRIES),
      doNotCall: rng.chance(0.1),
      emailOptOut: false,
      callCount: rng.int(0, 60),
    };
    return { id, fields: applyOverrides(fields, OVERRIDES[index]) };
  });
}
