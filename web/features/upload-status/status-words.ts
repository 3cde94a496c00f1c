// An upload's status from GET /v2/crm/request-status, in words.
import { MAX_LISTED_LINE_ERRORS } from '../../../proxy/contract';

const MEANING: Readonly<Record<string, string>> = {
  PENDING: 'waiting to be processed',
  IN_PROGRESS: 'being processed',
  DONE: 'processed',
  FAILED: 'failed',
};

/**
 * `DONE (processed)`; `FAILED` says its word once, not `FAILED (failed)`; a status Gong adds
 * later is shown as it is.
 */
export function statusText(status: string): string {
  const meaning = Object.hasOwn(MEANING, status) ? MEANING[status] : undefined;
  return meaning && meaning !== status.toLowerCase() ? `${status} (${meaning})` : status;
}

/** Gong's documented form of a failure of the whole file is one error on line 0. */
export function lineText(line: number): string {
  return line === 0 ? 'Whole file' : `Line ${line}`;
}

/** Said when Gong listed fewer errors than it counted; undefined when it listed them all. */
export function shownOfTotal(listed: number, total: number | null | undefined): string | undefined {
  if (total === null || total === undefined || total <= listed) return undefined;
  return `Showing ${listed} of ${total} errors: Gong lists only the first ${MAX_LISTED_LINE_ERRORS}.`;
}
