// Secondary controls behind one button on a phone, in place everywhere else. Unlike Fold, the
// controls are never moved into another element: the same children stay mounted whatever the
// width, so a value typed into one survives a phone turned sideways. Which children fold is the
// feature's CSS (`.phone-overflow:not(.phone-overflow--open) > …` in a narrow media query); the
// toggle shows only there (phone-overflow.css).
import { type ReactNode, useEffect, useRef, useState } from 'react';
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
  // Like every panel here: Escape or a tap elsewhere closes it. On the click, not the press: the
  // open controls sit in the page, so closing moves what is below them, and closing on the press
  // would move the control being tapped from under the finger.
  useEffect(() => {
    if (!open) return;
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // The focus goes back to the toggle only from a control that is closing with it.
      if (ref.current?.contains(document.activeElement)) toggleRef.current?.focus();
      setOpen(false);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
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
