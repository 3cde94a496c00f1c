import type { UseQueryResult } from '@tanstack/react-query';
import type { IntegrationsAnswer } from '../../lib/crm-reads';
import { missingScopeOf } from '../../lib/missing-scope';

/**
 * One quiet line under the field: which integration the id is, or how many there are to pick
 * from, or why there is no list (typing the id works all the same).
 */
export function PickerHint(props: {
  id: string;
  query: UseQueryResult<IntegrationsAnswer>;
  /** Whether the list was asked for (it is not read until then). */
  asked: boolean;
  value: string;
}) {
  const { query, asked, value } = props;
  return (
    <p id={props.id} className="hint picker-hint" aria-live="polite">
      {hintText(query, asked, value)}
    </p>
  );
}

function hintText(
  query: UseQueryResult<IntegrationsAnswer>,
  asked: boolean,
  value: string,
): string {
  if (query.error) {
    const scope = missingScopeOf(query.error, 'api:crm:integrations:read');
    return scope
      ? `No list of integrations: the app lacks the OAuth scope ${scope}. Type the ID.`
      : `No list of integrations (${query.error.message}). Type the ID.`;
  }
  if (!query.data) return asked ? 'Listing integrations…' : '↓ or ▾ to pick from Gong';
  const { integrations } = query.data;
  const chosen = integrations.find((entry) => entry.integrationId === value);
  if (chosen) return [chosen.name, chosen.ownerEmail].filter(Boolean).join(' · ');
  if (integrations.length === 0) return 'Gong lists no integrations. Type the ID.';
  return `${integrations.length} ${integrations.length === 1 ? 'integration' : 'integrations'} in Gong: ↓ or ▾ to pick`;
}
