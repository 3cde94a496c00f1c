/** Shown instead of the grid when there is no object to show, with the reason. */
export function GridEmptyState({ title, hint }: { title: string; hint: string }) {
  return (
    <div className="fg-empty">
      <p className="fg-empty-title">{title}</p>
      <p className="fg-empty-hint">{hint}</p>
    </div>
  );
}
