import { type MouseEvent, type ReactNode, useRef, useState } from 'react';
import { StatusOutletProvider } from '../../lib/browser/status-outlet';
import { useLightDismiss } from '../../lib/browser/use-light-dismiss';

/**
 * Share, compare and export: one toolbar row on a wide window; on a narrower one the same
 * buttons in an Actions menu, so the row never wraps over the grid. The menu closes after use
 * (an action, Escape, a press outside it), and what an action says (Copied…) shows beside its
 * button, since the menu no longer does.
 */
export function ResultActions({ wide, children }: { wide: boolean; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [outlet, setOutlet] = useState<HTMLElement | null>(null);
  useLightDismiss(menu);
  if (wide) {
    return (
      <section className="fg-toolbar" aria-label="Result actions">
        {children}
      </section>
    );
  }
  const close = () => {
    const details = menu.current;
    if (!details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  // A button has done its work once clicked; a file input or a checkbox once it changed (a click
  // on "Compare with…" only opens the file chooser, and the menu stays open if it is cancelled).
  const closeAfterClick = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('button')) close();
  };
  return (
    <section className="fg-toolbar fg-toolbar--menu" aria-label="Result actions">
      <details ref={menu} className="fg-actions-menu">
        <summary>Actions</summary>
        {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: only listens to the buttons and inputs inside it, which are keyboard controls of their own. */}
        <div className="fg-actions-panel" onClick={closeAfterClick} onChange={close}>
          <StatusOutletProvider value={outlet}>{children}</StatusOutletProvider>
        </div>
      </details>
      <div className="fg-actions-status" ref={setOutlet} />
    </section>
  );
}
