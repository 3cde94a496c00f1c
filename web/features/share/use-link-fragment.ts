// A shared link fills the form (never fetches by itself: the reader decides when to call Gong).
import { useCallback, useEffect, useState } from 'react';
import type { CrmQuery } from '../../model/query';
import { decodeQueryFragment } from './query-link';

export type LinkNotice =
  | { readonly ok: true; readonly query: CrmQuery }
  | { readonly ok: false; readonly problem: string };

export function useLinkFragment(onQuery: (query: CrmQuery) => void) {
  const [notice, setNotice] = useState<LinkNotice | null>(null);

  useEffect(() => {
    let live = true;
    const read = async () => {
      const fragment = window.location.hash.slice(1);
      if (fragment === '') return;
      const decoded = await decodeQueryFragment(fragment);
      if (!live || decoded === undefined) return;
      if (decoded.ok) onQuery(decoded.query);
      setNotice(decoded);
      // The form holds the query now: a reload must not undo what the user types next.
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    };
    void read();
    // A link pasted into a tab already on this page changes only the fragment.
    window.addEventListener('hashchange', read);
    return () => {
      live = false;
      window.removeEventListener('hashchange', read);
    };
  }, [onQuery]);

  return { notice, dismiss: useCallback(() => setNotice(null), []) };
}
