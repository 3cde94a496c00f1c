// Secondary controls behind one button on a phone, in place everywhere else. Unlike Fold, the
// controls are never moved into another element: the same children stay mounted whatever the
// width, so a value typed into one survives a phone turned sideways. Which children fold is the
// feature's CSS (`.phone-overflow:not(.phone-overflow--open) > …` in a narrow media query); the
// toggle shows only there (phone-overflow.css).
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { useDismissWhileOpen } from './use-light-dismiss';
import './phone-overflow.css';

export function PhoneOverflow(props: {
  /** The element's own class (`page-tools`): its children keep their layout and selectors. */
  className: string;
  /** The toggle's words: what is behind it (`Filters`). */
  label: string;
  /** Where the toggle sits among the children: first, or after them. */
  at?: 'start' | 'end';
  children: ReactNode;
}) {
  const { className, label, at = 'start', children } = props;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Like every panel here: Escape or a tap elsewhere closes it, on the tap's click. The focus
  // goes back to the toggle only from a control that is closing with it.
  const close = useCallback(() => {
    if (ref.current?.contains(document.activeElement)) toggleRef.current?.focus();
    setOpen(false);
  }, []);
  useDismissWhileOpen(ref, open, close, 'click');
  const toggle = (
    <button
      ref={toggleRef}
      type="button"
      className="phone-overflow-toggle"
      aria-expanded={open}
      onClick={() => setOpen(!open)}
    >
      {label}
    </button>
  );
  return (
    <div ref={ref} className={`${className} phone-overflow${open ? ' phone-overflow--open' : ''}`}>
      {at === 'start' && toggle}
      {children}
      {at === 'end' && toggle}
    </div>
  );
}
