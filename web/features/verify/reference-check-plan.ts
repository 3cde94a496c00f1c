// When the verification's reference check starts by itself, and what it costs. Pure, so the rule
// is tested without React; use-verify-references.ts applies it when the verification's calls end.
import { MAX_IDS_PER_CALL, type ObjectType, type UsageResponse } from '../../../proxy/contract';
import { needsConfirmation } from '../../lib/api/quota';

/**
 * A check this small starts by itself once the verification's calls all answered: it costs
 * little next to the verification just made. A larger one (or one the quota rule would ask
 * about, or after a verification that failed or was canceled) waits for its button, which goes
 * through the quota confirm: a dialog popping up after a long verification, or thousands of calls
 * no one asked for, would be worse than one press.
 */
export const AUTO_CHECK_CALLS = 10;

/** Calls of at most 100 ids, per referenced type. */
export const callsOf = (toFetch: ReadonlyMap<ObjectType, readonly string[]>) =>
  [...toFetch.values()].reduce((sum, ids) => sum + Math.ceil(ids.length / MAX_IDS_PER_CALL), 0);

export function startsByItself(
  verification: { readonly batches: readonly { readonly status: string }[] },
  calls: number,
  usage: UsageResponse | undefined,
): boolean {
  if (!verification.batches.every((batch) => batch.status === 'done')) return false;
  return calls > 0 && calls <= AUTO_CHECK_CALLS && !needsConfirmation(calls, usage);
}
