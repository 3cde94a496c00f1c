import type { Integration } from '../../lib/api/crm-reads';

/**
 * The integrations to offer for what is typed: all of them for nothing or an exact id (the user
 * wants to switch), else those whose id, name or owner email holds the text.
 */
export function matchIntegrations(
  integrations: readonly Integration[],
  typed: string,
): readonly Integration[] {
  const text = typed.trim().toLowerCase();
  if (text === '' || integrations.some((entry) => entry.integrationId === text)) {
    return integrations;
  }
  return integrations.filter(
    (entry) =>
      entry.integrationId.includes(text) ||
      entry.name.toLowerCase().includes(text) ||
      entry.ownerEmail.toLowerCase().includes(text),
  );
}

/** Whether typing this should open the list: there is a suggestion and it is not yet chosen. */
export function suggestWhileTyping(integrations: readonly Integration[], typed: string): boolean {
  const text = typed.trim();
  if (text === '' || integrations.some((entry) => entry.integrationId === text)) return false;
  return matchIntegrations(integrations, text).length > 0;
}
