// A <details> used as a panel closes after use: on Escape, and on a press outside it, as a
// native popover would. Open panels must not sit over the controls the user turns to next.
import { type RefObject, useEffect } from 'react';

export function useLightDismiss(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      const details = ref.current;
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [ref]);
}

/**
 * The same for a panel whose open state is React's: `close` on Escape or a press outside `ref`.
 * `outside: 'click'` waits for the press to end, for controls that sit in the page: closing them
 * moves what is below, and closing on the press would move the control being tapped from under
 * the finger.
 */
export function useDismissWhileOpen(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
  outside: 'pointerdown' | 'click' = 'pointerdown',
): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: Event) => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener(outside, onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener(outside, onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [ref, open, close, outside]);
}
