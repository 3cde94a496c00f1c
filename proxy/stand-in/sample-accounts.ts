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
  CITIES,
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  COUNTRIES,
  INDUSTRIES,
  LONG_TEXT,
} from './sample-words';

const URLS = { salesforceObject: 'Account', hubspotObjectType: '0-2' };

const OVERRIDES: Overrides = {
  [SHOWCASE.complete]: {
    name: 'Acme Corporation',
    domains: ['acme.com', 'acme.io'],
    website: 'https://www.acme.com',
    customerTier__c: 'Gold',
  },
  [SHOWCASE.accents]: {
    name: 'Société Générale de Café Crème',
    description: 'Coopération franco-allemande : Müller & Søn, Ærøskøbing, Ñandú S.A.',
    billingAddress: {
      street: '12 Rue de la Paix',
      city: 'Paris',
      postalCode: '75002',
      country: 'France',
    },
  },
  [SHOWCASE.cjk]: {
    name: '株式会社サンプル商事',
    domains: ['sample.co.jp'],
    description: '重要顧客。中文备注：续约待定。한국어 메모: 갱신 예정.',
    billingAddress: {
      street: '丸の内1-1-1',
      city: '東京都千代田区',
      postalCode: '100-0005',
      country: '日本',
    },
  },
  [SHOWCASE.numericIdAndEmoji]: {
    name: 'Rocket 🚀 Labs',
    description: 'Team loves it 👍🏽 👩‍💻🧑🏿‍🚀 🇮🇱🇯🇵',
  },
  [SHOWCASE.rtl]: {
    name: 'شركة النور للتقنية',
    description: 'לקוח אסטרטגי — Hebrew with English mixed in, and مرحبا بكم.',
    billingAddress: {
      street: 'רחוב הרצל 10',
      city: 'תל אביב',
      postalCode: '6515610',
      country: 'ישראל',
    },
  },
  [SHOWCASE.htmlLooking]: {
    name: HTML_LOOKING,
    description: '<script>alert("x")</script><b>bold?</b> &amp; &lt;escaped&gt;',
  },
  [SHOWCASE.javascriptUrl]: { name: 'Totally Safe Links Ltd', website: JAVASCRIPT_URL },
  [SHOWCASE.longText]: { description: LONG_TEXT },
  [SHOWCASE.bigIntegers]: { externalNumericId: ABOVE_2_POW_53, balanceCents: LARGE_NEGATIVE },
  [SHOWCASE.nulls]: {
    industry: null,
    website: null,
    phoneNumber: null,
    ownerId: null,
    billingAddress: null,
  },
  [SHOWCASE.emptyStrings]: { industry: '', description: '', phoneNumber: '' },
  [SHOWCASE.missingFields]: {
    domains: undefined,
    industry: undefined,
    url: undefined,
    website: undefined,
    customerTier__c: undefined,
  },
  [SHOWCASE.falseAndZero]: {
    isPartner: false,
    numberOfEmployees: 0,
    annualRevenue: 0,
    externalNumericId: 0,
  },
  [SHOWCASE.deleted]: { isDeleted: true },
  [SHOWCASE.decimalText]: { annualRevenue: new JsonNumberText('7000.50'), discountRate: 0.125 },
  [SHOWCASE.whitespace]: {
    name: '  Padded Name Inc.  ',
    description: 'Line one\nLine two\twith a tab',
    accountNumber: '000123',
  },
  [SHOWCASE.arrays]: {
    domains: [],
    tags: ['enterprise', 'renewal-2025', 'β-tester'],
    seatHistory: [10, 25, 25, 40],
  },
  [SHOWCASE.schemaMismatches]: { numberOfEmployees: '250+' },
};

export function sampleAccounts(count: number, ownerIds: readonly string[]): SampleObject[] {
  const rng = createPrng(0xacc0);
  const ids = uniqueIds(count, (index) => crmId(idKind(index), '001', rng));
  return ids.map((id, index) => {
    const stem = rng.pick(COMPANY_STEMS);
    const domain = `${slug(stem)}.${rng.pick(['com', 'io', 'de', 'co.uk'])}`;
    const industry = rng.pick(INDUSTRIES);
    const city = rng.pick(CITIES);
    const fields = {
      ...commonFields(id, index, rng, URLS),
      name: `${stem} ${rng.pick(COMPANY_SUFFIXES)}`,
      domains: rng.chance(0.3) ? [domain, `${slug(stem)}-group.com`] : [domain],
      type: rng.pick(['Customer', 'Prospect', 'Partner', 'Reseller']),
      industry,
      numberOfEmployees: rng.int(5, 120_000),
      annualRevenue: rng.int(1, 5_000) * 100_000,
      currencyIsoCode: 'USD',
      accountNumber: `ACC-${rng.int(10_000, 99_999)}`,
      website: `https://www.${domain}`,
      phoneNumber: `+1 415 555 ${rng.int(1000, 9999)}`,
      ownerId: rng.pick(ownerIds),
      isPartner: rng.chance(0.15),
      description: `${industry} account based in ${city}.`,
      billingAddress: {
        street: `${rng.int(1, 999)} Market Street`,
        city,
        postalCode: String(rng.int(10_000, 99_999)),
        country: rng.pick(COUNTRIES),
      },
      ...(rng.chance(0.8) ? { customerTier__c: rng.pick(['Gold', 'Silver', 'Bronze']) } : {}),
    };
    return { id, fields: applyOverrides(fields, OVERRIDES[index]) };
  });
}
