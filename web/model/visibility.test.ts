import { describe, expect, it } from 'vitest';
import type { CrmFields } from '../lib/json/json-value';
import { picklistsOf, VISIBILITY_RULES, visibilityFlags } from './visibility';

const complete: CrmFields = {
  accountId: 'a1',
  ownerId: 'u1',
  closeDate: '2025-09-04',
  stage: 'discovery',
  isDeleted: false,
};
const texts = (...args: Parameters<typeof visibilityFlags>) =>
  visibilityFlags(...args).map((flag) => `${flag.rule}: ${flag.text}`);

describe('visibilityFlags', () => {
  it('a complete deal has none', () => {
    expect(texts('DEAL', complete)).toEqual([]);
  });

  it('a deal without accountId, ownerId and closeDate, deleted: each documented reason', () => {
    const deal = { ...complete, accountId: null, ownerId: '', isDeleted: true };
    delete (deal as Record<string, unknown>).closeDate;
    expect(texts('DEAL', deal)).toEqual([
      'no-account: no accountId',
      'no-owner: no ownerId',
      'no-close-date: no closeDate',
      'deleted: isDeleted: true',
    ]);
  });

  it('an account not in Gong counts once Check references answered, not before', () => {
    expect(texts('DEAL', complete, { accountFound: () => undefined })).toEqual([]);
    expect(texts('DEAL', complete, { accountFound: () => true })).toEqual([]);
    expect(texts('CONTACT', { accountId: 'a1' }, { accountFound: (id) => id !== 'a1' })).toEqual([
      'account-not-in-gong: account a1 is not in Gong',
    ]);
  });

  it('a contact needs an account; an account or a lead does not, nor an owner', () => {
    expect(texts('CONTACT', { firstName: 'Ava' })).toEqual(['no-account: no accountId']);
    expect(texts('ACCOUNT', { name: 'Acme' })).toEqual([]);
    expect(texts('LEAD', { isDeleted: true })).toEqual(['deleted: isDeleted: true']);
  });

  it('flags a PICKLIST value outside its list; null and absent are no value', () => {
    const picklists = picklistsOf([
      { name: 'stage', type: 'PICKLIST', orderedValueList: ['discovery', 'closed won'] },
      { name: 'status', type: 'PICKLIST', orderedValueList: ['OPEN'] },
      { name: 'type', type: 'PICKLIST', orderedValueList: null },
      { name: 'name', type: 'STRING', orderedValueList: ['x'] },
    ]);
    expect([...picklists.keys()]).toEqual(['stage', 'status']);
    expect(texts('DEAL', { ...complete, stage: 'verbal commit' }, { picklists })).toEqual([
      'picklist: stage "verbal commit" is not in its list',
    ]);
    expect(texts('DEAL', { ...complete, stage: null, status: 5 }, { picklists })).toEqual([
      'picklist: status a non-string value is not in its list',
    ]);
  });

  it('names a source for every rule', () => {
    for (const rule of VISIBILITY_RULES) expect(rule.source).toMatch(/Gong’s .*doc/);
    expect(new Set(VISIBILITY_RULES.map((rule) => rule.id)).size).toBe(VISIBILITY_RULES.length);
  });
});
