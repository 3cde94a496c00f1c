import type { IntegrationsAnswer } from '../../lib/api/crm-reads';
import { missingScopeOf } from '../../lib/api/missing-scope';

/** What the hint reads of the list query. */
export interface ListState {
  readonly data: IntegrationsAnswer | undefined;
  readonly error: Error | null;
  readonly isFetching: boolean;
}

/** No list because asking failed: the moment to offer asking again. */
export const listFailed = (list: ListState) =>
  list.data === undefined && list.error !== null && !list.isFetching;

/**
 * One quiet line under the field: which integration the id is, or how many there are to pick
 * from, or why there is no list (typing the id works all the same). A touch screen has no ↓ key
 * to hint at: only the ▾ button.
 */
export function hintText(list: ListState, value: string, touch = false): string {
  const { data, error } = list;
  const pick = touch ? '▾ to pick' : '↓ or ▾ to pick';
  if (!data) {
    if (list.isFetching) return 'Listing integrations…';
    return error ? whyNoList(error) : `${pick} from Gong`;
  }
  const { integrations } = data;
  const chosen = integrations.find((entry) => entry.integrationId === value);
  if (chosen) return [chosen.name, chosen.ownerEmail].filter(Boolean).join(' · ');
  if (integrations.length === 0) return 'Gong lists no integrations. Type the ID.';
  return `${integrations.length} ${integrations.length === 1 ? 'integration' : 'integrations'} in Gong: ${pick}`;
}

function whyNoList(error: Error): string {
  const scope = missingScopeOf(error, 'api:crm:integrations:read');
  if (scope) return `No list of integrations: the app lacks the OAuth scope ${scope}. Type the ID.`;
  // The message is sentences of its own ("Gong failed (503). … Try again may help."): after a
  // colon its full stops read well, inside parentheses they did not.
  return `No list of integrations: ${asSentence(error.message)} Typing the ID works too.`;
}

/** Some messages end without a full stop ("The answer is not the shape Gong documents"). */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
