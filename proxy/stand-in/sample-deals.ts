import { JsonNumberText } from './json-text';
import { createPrng } from './prng';
import {
  ABOVE_2_POW_53,
  applyOverrides,
  commonFields,
  crmId,
  dateOnly,
  dateTime,
  HTML_LOOKING,
  idKind,
  JAVASCRIPT_URL,
  LARGE_NEGATIVE,
  type Overrides,
  type SampleObject,
  SHOWCASE,
  uniqueIds,
} from './sample-common';
import { COMPANY_STEMS, DEAL_STAGES, LONG_TEXT } from './sample-words';

const URLS = { salesforceObject: 'Opportunity', hubspotObjectType: '0-3' };

const OVERRIDES: Overrides = {
  // Shaped like the example deal in Gong's documentation.
  [SHOWCASE.complete]: {
    name: 'Acme — Expansion 2025',
    stage: 'discovery',
    status: 'OPEN',
    isClosed: false,
    amount: 7000,
  },
  [SHOWCASE.accents]: { name: 'Renouvellement — Société Générale (Été 2025)' },
  [SHOWCASE.cjk]: { name: '東京オフィス拡張案件', stage: '提案' },
  [SHOWCASE.numericIdAndEmoji]: { name: '🚀 Rocket Labs pilot' },
  [SHOWCASE.rtl]: { name: 'עסקת חידוש — شركة النور' },
  [SHOWCASE.htmlLooking]: {
    name: HTML_LOOKING,
    nextStep: '<a href="javascript:alert(1)">click me</a>',
  },
  [SHOWCASE.javascriptUrl]: { dealRoomUrl: JAVASCRIPT_URL },
  [SHOWCASE.longText]: { nextStep: LONG_TEXT },
  [SHOWCASE.bigIntegers]: { externalNumericId: ABOVE_2_POW_53, balanceCents: LARGE_NEGATIVE },
  [SHOWCASE.nulls]: { amount: null, closeDate: null, ownerId: null },
  [SHOWCASE.emptyStrings]: { stage: '', nextStep: '' },
  [SHOWCASE.missingFields]: {
    amount: undefined,
    closeDate: undefined,
    url: undefined,
    competitors: undefined,
  },
  [SHOWCASE.falseAndZero]: {
    amount: 0,
    probability: 0,
    isClosed: false,
    status: 'OPEN',
    externalNumericId: 0,
  },
  [SHOWCASE.deleted]: { isDeleted: true },
  [SHOWCASE.decimalText]: { amount: new JsonNumberText('7000.50') },
  [SHOWCASE.whitespace]: {
    name: ' Trailing space deal ',
    nextStep: 'Call back\n\tafter lunch',
    poNumber: '000451',
  },
  [SHOWCASE.arrays]: { competitors: [], productLines: ['Engage', 'Forecast', 'Engage'] },
  [SHOWCASE.schemaMismatches]: {
    amount: '7,000 USD',
    closeDate: '31/12/2025',
    stage: 'verbal commit',
  },
};

function statusOf(stage: string): 'WON' | 'LOST' | 'OPEN' {
  if (stage === 'closed won') return 'WON';
  return stage === 'closed lost' ? 'LOST' : 'OPEN';
}

export function sampleDeals(
  count: number,
  accountIds: readonly string[],
  ownerIds: readonly string[],
): SampleObject[] {
  const rng = createPrng(0xdea1);
  const ids = uniqueIds(count, (index) => crmId(idKind(index), '006', rng));
  return ids.map((id, index) => {
    const stage = rng.pick(DEAL_STAGES);
    const status = statusOf(stage);
    const createdDate = dateTime(rng, 2023, 2024);
    const fields = {
      ...commonFields(id, index, rng, URLS),
      accountId: accountIds[index % accountIds.length] ?? null,
      ownerId: rng.pick(ownerIds),
      name: `${rng.pick(COMPANY_STEMS)} — ${rng.pick(['Expansion', 'Renewal', 'New Business', 'Pilot'])} ${createdDate.slice(0, 4)}`,
      createdDate,
      closeDate: dateOnly(rng, 2024, 2026),
      status,
      isClosed: status !== 'OPEN',
      stage,
      amount: rng.chance(0.7) ? rng.int(5, 900) * 500 : rng.int(100_000, 9_000_000) / 100,
      currencyIsoCode: 'USD',
      probability: status === 'WON' ? 100 : status === 'LOST' ? 0 : rng.int(1, 9) * 10,
      forecastCategory: rng.pick(['Pipeline', 'Best Case', 'Commit', 'Omitted']),
      dealRoomUrl: `https://dealroom.example.com/d/${rng.int(100_000, 999_999)}`,
      nextStep: rng.pick(['Send proposal', 'Book demo', 'Legal review', 'Security questionnaire']),
      ...(rng.chance(0.6) ? { competitors: [rng.pick(['Chorus', 'Clari', 'Outreach'])] } : {}),
    };
    return { id, fields: applyOverrides(fields, OVERRIDES[index]) };
  });
}
