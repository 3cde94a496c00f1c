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
  return (
    <p className="notice" role="note" aria-label="Shared link">
      Filled in from the link: {objectType}, {ids.length} {ids.length === 1 ? 'id' : 'ids'}. Press
      Fetch to read them from Gong.
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
