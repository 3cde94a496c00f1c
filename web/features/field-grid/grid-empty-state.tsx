/** Shown instead of the grid when Gong found none of the ids. */
export function GridEmptyState() {
  return (
    <div className="fg-empty">
      <p className="fg-empty-title">No objects found for these ids</p>
      <p className="fg-empty-hint">
        Gong answered every id with null. Check the object type and that the ids are the CRM's own
        ids, not Gong's.
      </p>
    </div>
  );
}
