import { checkCrmId } from '../../../proxy/crm-id-rules';
import type { LinkNotice } from './use-link-fragment';

/** What a shared link filled in, or why it could not. */
export function LinkNoticeView({
  notice,
  onDismiss,
}: {
  notice: LinkNotice;
  onDismiss: () => void;
}) {
  if (!notice.ok) {
    return (
      <p className="notice notice-error" role="alert">
        This link could not be read: {notice.problem}.
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    );
  }
  const { objectType, ids } = notice.query;
  // A link can carry text that is no id (a line break, say); the box lists those as skipped.
  const invalid = ids.filter((id) => checkCrmId(id) !== undefined).length;
  return (
    <p className="notice" role="note" aria-label="Shared link">
      Filled in from the link: {objectType}, {ids.length} {ids.length === 1 ? 'id' : 'ids'}
      {invalid > 0 && ` (${invalid} of them not valid ids, listed under CRM IDs)`}. Press Fetch to
      read them from Gong.
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
