// A status line ("Copied…", "Could not copy…") said by a control that may sit in a menu that
// closes after use: the menu offers an outlet beside its button, and the line is drawn there, so
// the message stays on screen (and is announced) after the menu closed. Without an outlet the
// line stays where its control is.
import { createContext, type ReactNode, useContext } from 'react';
import { createPortal } from 'react-dom';

const Outlet = createContext<HTMLElement | null>(null);

/** Given by a menu that closes after use: where its controls' status lines are drawn. */
export const StatusOutletProvider = Outlet.Provider;

/** What must stay on screen after its menu closed (a warning that came with a message). */
export function InOutlet({ children }: { children: ReactNode }) {
  const outlet = useContext(Outlet);
  return outlet ? createPortal(children, outlet) : children;
}

/** A polite live status line, in the menu's outlet if there is one, else in place. */
export function OutletStatus({ className, children }: { className: string; children: ReactNode }) {
  return (
    <InOutlet>
      <p className={className} aria-live="polite">
        {children}
      </p>
    </InOutlet>
  );
}
