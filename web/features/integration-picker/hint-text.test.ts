import { describe, expect, it } from 'vitest';
import { ApiError, explain } from '../../lib/api/api-client';
import { hintText, type ListState, listFailed } from './hint-text';
import { TRY_AGAIN } from './integrations-query';

const sandbox = {
  integrationId: '7302198156228391457',
  name: 'Northwind CRM sandbox',
  ownerEmail: 'sandbox-admin@northwind.example',
};
const notAsked: ListState = { data: undefined, error: null, isFetching: false };
const listed: ListState = {
  data: { requestId: 'r', integrations: [sandbox] },
  error: null,
  isFetching: false,
};
const gong503 = new ApiError(
  explain(503, ['Service Unavailable'], { retryAction: TRY_AGAIN }),
  503,
  ['Service Unavailable'],
);
const failed: ListState = { data: undefined, error: gong503, isFetching: false };

describe('hintText', () => {
  it('invites to pick before asking, and says it is asking', () => {
    expect(hintText(notAsked, '')).toBe('↓ or ▾ to pick from Gong');
    expect(hintText({ ...notAsked, isFetching: true }, '')).toBe('Listing integrations…');
  });

  it('names the chosen integration, or counts those to pick from', () => {
    expect(hintText(listed, sandbox.integrationId)).toBe(
      'Northwind CRM sandbox · sandbox-admin@northwind.example',
    );
    expect(hintText(listed, '')).toBe('1 integration in Gong: ↓ or ▾ to pick');
  });

  it('hints no key on a touch screen', () => {
    expect(hintText(notAsked, '', true)).toBe('▾ to pick from Gong');
    expect(hintText(listed, '', true)).toBe('1 integration in Gong: ▾ to pick');
  });

  // Found in review: "…Retry failed may help.). Type the ID." named a button the picker lacks.
  it('words a failure in whole sentences that name the picker’s own Try again', () => {
    expect(hintText(failed, '')).toBe(
      'No list of integrations: Gong failed (503). Gong said: Service Unavailable. Try again may help. Typing the ID works too.',
    );
    const unshaped = new ApiError('The answer is not the shape Gong documents', 502);
    expect(hintText({ ...failed, error: unshaped }, '')).toBe(
      'No list of integrations: The answer is not the shape Gong documents. Typing the ID works too.',
    );
  });

  it('names the scope the app lacks', () => {
    const denied = new ApiError('Gong denied access', 401, [
      "You don't have permission to use 'api:crm:integrations:read' in your app.",
    ]);
    expect(hintText({ ...failed, error: denied }, '')).toBe(
      'No list of integrations: the app lacks the OAuth scope api:crm:integrations:read. Type the ID.',
    );
  });

  it('says it is asking again while a failed list is asked for anew', () => {
    expect(hintText({ ...failed, isFetching: true }, '')).toBe('Listing integrations…');
  });
});

describe('listFailed', () => {
  it('offers asking again only when there is no list and no call under way', () => {
    expect(listFailed(failed)).toBe(true);
    expect(listFailed({ ...failed, isFetching: true })).toBe(false);
    expect(listFailed(notAsked)).toBe(false);
    // A list from before still serves when asking anew failed.
    expect(listFailed({ ...listed, error: gong503 })).toBe(false);
  });
});
