import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { crmIdSchema, OBJECT_TYPES } from '../contract';
import { toJsonText } from './json-text';
import { SHOWCASE } from './sample-common';
import {
  SAMPLE_OBJECTS_PER_TYPE,
  SANDBOX_INTEGRATION_ID,
  sampleIds,
  sampleObjects,
} from './sample-data';
import { salesforceChecksum } from './sample-ids';
import { MISSING_ACCOUNT_IDS, REFERENCE_SAMPLE_IDS } from './sample-references';
import { startStandIn } from './stand-in-gong';
import { getEntities, TEST_AUTH } from './test-client';

describe('sample data', () => {
  it('has SAMPLE_OBJECTS_PER_TYPE unique, contract-valid ids per type, each its own objectId', () => {
    for (const objectType of OBJECT_TYPES) {
      const objects = sampleObjects()[objectType];
      // The reference samples follow the generated objects (sample-references.ts).
      const appended = objectType === 'ACCOUNT' ? 0 : REFERENCE_SAMPLE_IDS[objectType].length;
      expect(objects).toHaveLength(SAMPLE_OBJECTS_PER_TYPE + appended);
      expect(objects.slice(SAMPLE_OBJECTS_PER_TYPE).map((object) => object.id)).toEqual(
        objectType === 'ACCOUNT' ? [] : REFERENCE_SAMPLE_IDS[objectType],
      );
      expect(new Set(objects.map((object) => object.id)).size).toBe(objects.length);
      for (const { id, fields } of objects) {
        expect(crmIdSchema.safeParse(id).success, id).toBe(true);
        expect(fields.objectId).toBe(id);
      }
    }
  });

  it('mixes Salesforce-style, numeric and (for leads) email ids', () => {
    const all = OBJECT_TYPES.flatMap((objectType) =>
      sampleIds(objectType, SAMPLE_OBJECTS_PER_TYPE),
    );
    expect(all.filter((id) => /^(001|003|006|00Q)5g00000\w{8}$/.test(id)).length).toBeGreaterThan(
      900,
    );
    expect(all.filter((id) => /^\d{8,11}$/.test(id)).length).toBeGreaterThan(100);
    expect(
      sampleIds('LEAD', SAMPLE_OBJECTS_PER_TYPE).filter((id) => id.includes('@')).length,
    ).toBeGreaterThan(20);
  });

  it('holds references for the page to check: accounts it lacks, a deal without one, a converted lead', () => {
    const { ACCOUNT, CONTACT, DEAL, LEAD } = sampleObjects();
    const accounts = new Set(ACCOUNT.map((account) => account.id));
    for (const id of MISSING_ACCOUNT_IDS) {
      expect(accounts.has(id)).toBe(false);
      expect(salesforceChecksum(id.slice(0, 15))).toBe(id.slice(15));
    }
    const byId = (objects: typeof DEAL, id: string) => objects.find((o) => o.id === id)?.fields;
    const [orphanDeal = '', noAccountDeal = ''] = REFERENCE_SAMPLE_IDS.DEAL;
    expect(byId(DEAL, orphanDeal)?.accountId).toBe(MISSING_ACCOUNT_IDS[0]);
    expect(byId(DEAL, noAccountDeal)).not.toHaveProperty('accountId');
    const contactAccounts = REFERENCE_SAMPLE_IDS.CONTACT.map((id) => byId(CONTACT, id)?.accountId);
    expect(contactAccounts.every((id) => !accounts.has(String(id)))).toBe(true);
    const lead = byId(LEAD, REFERENCE_SAMPLE_IDS.LEAD[0]);
    expect(lead).toMatchObject({ status: 'Converted', convertedToDealId: orphanDeal });
    expect(DEAL.some((deal) => deal.id === lead?.convertedToDealId)).toBe(true);
    // Every generated deal and contact still points at an account the sandbox holds.
    const generated = [...DEAL, ...CONTACT].slice(0, SAMPLE_OBJECTS_PER_TYPE);
    expect(
      generated.every(
        (o) => o.fields.accountId == null || accounts.has(String(o.fields.accountId)),
      ),
    ).toBe(true);
  });

  it('gives Salesforce ids their real checksum', () => {
    expect(salesforceChecksum('001D000000IqhSL')).toBe('IAZ'); // Salesforce's own example
    const id = sampleIds('ACCOUNT', 1)[0] ?? '';
    expect(salesforceChecksum(id.slice(0, 15))).toBe(id.slice(15));
  });

  it('keeps the sandbox integration id beyond what a JS number holds', () => {
    expect(String(Number(SANDBOX_INTEGRATION_ID))).not.toBe(SANDBOX_INTEGRATION_ID);
  });

  it('puts the tricky values at the documented showcase ids', () => {
    const text = (objectType: (typeof OBJECT_TYPES)[number], index: number) =>
      toJsonText(sampleObjects()[objectType][index]?.fields);
    for (const objectType of OBJECT_TYPES) {
      expect(text(objectType, SHOWCASE.htmlLooking)).toContain('<img src=x onerror=alert(1)>');
      expect(text(objectType, SHOWCASE.javascriptUrl)).toContain('"javascript:alert(');
      expect(text(objectType, SHOWCASE.bigIntegers)).toContain(
        '"externalNumericId":9007199254740993',
      );
      expect(text(objectType, SHOWCASE.bigIntegers)).toContain(':-9223372036854775807');
      expect(text(objectType, SHOWCASE.decimalText)).toMatch(/:\d+\.50\b/);
      expect(text(objectType, SHOWCASE.deleted)).toContain('"isDeleted":true');
      expect(text(objectType, SHOWCASE.nulls)).toContain(':null');
      expect(text(objectType, SHOWCASE.emptyStrings)).toContain(':""');
      expect(text(objectType, SHOWCASE.falseAndZero)).toMatch(/:false.*:0[,}]/);
      expect(text(objectType, SHOWCASE.missingFields)).not.toContain('"url"');
      expect(text(objectType, SHOWCASE.arrays)).toContain(':[]');
      expect(text(objectType, SHOWCASE.cjk)).toMatch(/[\u4e00-\u9fff]/);
      expect(text(objectType, SHOWCASE.rtl)).toMatch(/[\u0590-\u06ff]/);
      expect(text(objectType, SHOWCASE.numericIdAndEmoji)).toMatch(/\p{Extended_Pictographic}/u);
      expect(sampleIds(objectType, 4)[SHOWCASE.numericIdAndEmoji]).toMatch(/^\d+$/);
      expect(text(objectType, SHOWCASE.longText).length).toBeGreaterThan(700);
    }
    expect(text('ACCOUNT', SHOWCASE.complete)).toContain('"billingAddress":{"street"');
    expect(text('DEAL', SHOWCASE.decimalText)).toContain('"amount":7000.50');
    // Fields every object shares, for a diff to show as identical.
    expect(sampleObjects().DEAL.every((deal) => deal.fields.currencyIsoCode === 'USD')).toBe(true);
  });

  it('is drawn from a seeded generator, not Math.random', async () => {
    const random = vi.spyOn(Math, 'random');
    vi.resetModules();
    const fresh = await import('./sample-data');
    const freshJson = await import('./json-text');
    const digest = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(digest(freshJson.toJsonText(fresh.sampleObjects()))).toBe(
      digest(toJsonText(sampleObjects())),
    );
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('gives identical answers on two starts, apart from the requestId', async () => {
    const answers = [];
    for (let start = 0; start < 2; start++) {
      const standIn = await startStandIn({ auth: TEST_AUTH });
      const reply = await getEntities(standIn.url, 'LEAD', sampleIds('LEAD', 100));
      await standIn.close();
      answers.push(reply.text);
    }
    const [first = '', second = ''] = answers;
    expect(first).not.toBe(second);
    const withoutRequestId = (text: string) => text.replace(/"requestId":"\w+"/, '');
    expect(withoutRequestId(first)).toBe(withoutRequestId(second));
  });
});
