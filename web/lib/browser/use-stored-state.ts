import { useCallback, useState } from 'react';

/** A string remembered in localStorage between visits; storage errors (private mode) are ignored. */
export function useStoredState(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) ?? initial;
    } catch {
      return initial;
    }
  });
  const store = useCallback(
    (next: string) => {
      setValue(next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // Remembering is a convenience; the page works without it.
      }
    },
    [key],
  );
  return [value, store];
}
