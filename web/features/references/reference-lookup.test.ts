import { describe, expect, it } from 'vitest';
import { referenceCells, referenceFields } from '../../model/references';
import { createRun, markDone } from '../../model/run';
import { gridReferencesOf, lookupOf } from './reference-lookup';

const query = (objectType: 'ACCOUNT' | 'DEAL', ids: string[]) => ({
  integrationId: '1',
  objectType,
  ids,
});

describe('the reference check as the grid sees it', () => {
  const accounts = markDone(
    createRun(query('ACCOUNT', ['a1', 'a2', 'a3']), 1, 0),
    0,
    { requestId: 'r', attempts: 1, crmObjectsMap: { a1: { name: 'Acme' }, a2: null } },
    1,
  );
  const lookup = lookupOf([accounts]);
  const cells = referenceCells(
    [
      { id: 'd1', fields: { accountId: 'a1', ownerId: 'u1' } },
      { id: 'd2', fields: { accountId: 'a2' } },
      { id: 'd3', fields: { accountId: 'a3' } },
    ],
    referenceFields('DEAL'),
  );
  const opened: string[] = [];
  const grid = gridReferencesOf(cells, lookup, (reference) => opened.push(reference.id));

  it('looks answers up by type and id; an id Gong left out of its answer stays unchecked', () => {
    expect(lookup('ACCOUNT', 'a1')).toEqual({ name: 'Acme' });
    expect(lookup('ACCOUNT', 'a2')).toBeNull();
    expect(lookup('ACCOUNT', 'a3')).toBeUndefined();
    expect(lookup('DEAL', 'a1')).toBeUndefined();
  });

  it('says per cell what it points to, its state and the name once fetched', () => {
    expect(grid.cell('d1', 'accountId')).toEqual({
      state: 'found',
      to: 'ACCOUNT',
      id: 'a1',
      text: '→ ACCOUNT a1: Acme',
      openable: true,
    });
    expect(grid.cell('d2', 'accountId')?.text).toBe('→ ACCOUNT a2: not in Gong');
    expect(grid.cell('d3', 'accountId')?.state).toBe('unchecked');
    expect(grid.cell('d1', 'ownerId')).toMatchObject({
      state: 'unreadable',
      openable: false,
      text: '→ USER u1: Gong’s Get CRM objects cannot read USER',
    });
    expect(grid.cell('d1', 'name')).toBeUndefined();
    const reference = grid.cell('d2', 'accountId');
    if (reference) grid.open(reference);
    expect(opened).toEqual(['a2']);
  });
});
