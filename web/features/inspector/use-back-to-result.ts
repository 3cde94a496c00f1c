// The browser's Back after a reference's Open: the result that was on screen comes back, with
// no call to Gong. Each Open pushes a history entry; the results stay in this page's memory.
import { useCallback, useEffect, useRef } from 'react';
import type { Run } from '../../model/run';

/** Results kept for Back; past it the oldest go (each may hold thousands of objects). */
const MAX_KEPT = 20;
const STATE_KEY = 'crmInspectorBack';

export function useBackToResult(show: (run: Run) => void) {
  const kept = useRef<Run[]>([]);

  // A subscription to the browser's history, not a reaction to state: popstate is the event.
  useEffect(() => {
    const onPop = () => {
      const previous = kept.current.pop();
      if (previous) show(previous);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [show]);

  /** Called before the new query starts: Back will bring `shown` back. */
  const remember = useCallback((shown: Run | null) => {
    if (!shown) return;
    kept.current = [...kept.current, shown].slice(-MAX_KEPT);
    window.history.pushState({ [STATE_KEY]: kept.current.length }, '');
  }, []);

  return { remember };
}
