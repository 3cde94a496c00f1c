import { type ReactNode, useRef } from 'react';
import { useLightDismiss } from '../../lib/browser/use-light-dismiss';

/**
 * Share, compare and export: one toolbar row on a wide window; on a narrower one the same
 * buttons in an Actions menu, so the row never wraps over the grid.
 */
export function ResultActions({ wide, children }: { wide: boolean; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useLightDismiss(menu);
  if (wide) {
    return (
      <section className="fg-toolbar" aria-label="Result actions">
        {children}
      </section>
    );
  }
  return (
    <section className="fg-toolbar fg-toolbar--menu" aria-label="Result actions">
      <details ref={menu} className="fg-actions-menu">
        <summary>Actions</summary>
        <div className="fg-actions-panel">{children}</div>
      </details>
    </section>
  );
}
