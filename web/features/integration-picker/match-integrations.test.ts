import { describe, expect, it } from 'vitest';
import type { Integration } from '../../lib/api/crm-reads';
import { matchIntegrations, suggestWhileTyping } from './match-integrations';

const sandbox: Integration = {
  integrationId: '7302198156228391457',
  name: 'Northwind CRM sandbox',
  ownerEmail: 'sandbox-admin@northwind.example',
};
const other: Integration = {
  integrationId: '2271307570613351879',
  name: 'HubSpot production',
  ownerEmail: 'ops@acme.example',
};
const all = [sandbox, other];

describe('matchIntegrations', () => {
  it('offers all for nothing typed, or for an exact id (to switch)', () => {
    expect(matchIntegrations(all, '')).toEqual(all);
    expect(matchIntegrations(all, '7302198156228391457')).toEqual(all);
  });

  it('narrows by part of the id, the name or the owner email, ignoring case', () => {
    expect(matchIntegrations(all, '73021')).toEqual([sandbox]);
    expect(matchIntegrations(all, 'hubspot')).toEqual([other]);
    expect(matchIntegrations(all, 'ACME')).toEqual([other]);
    expect(matchIntegrations(all, '999')).toEqual([]);
  });
});

describe('suggestWhileTyping', () => {
  it('opens the list for a partial match only', () => {
    expect(suggestWhileTyping(all, '7302')).toBe(true);
    expect(suggestWhileTyping(all, '')).toBe(false);
    expect(suggestWhileTyping(all, '7302198156228391457')).toBe(false);
    expect(suggestWhileTyping(all, '12ab')).toBe(false);
  });
});
