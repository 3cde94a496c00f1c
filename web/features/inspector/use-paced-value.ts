// A value that follows another only as often as the page can afford to draw it. During a fetch
// run every call of 100 ids changes the result, and the grid rebuilds its model from all of it:
// at 10,000 × 300 that is ~0.4 s a call, so drawing each one froze the page for seconds and the
// grid came up seconds after the last answer (bench/, `npm run bench`).
import { useEffect, useRef, useState } from 'react';

/** Drawing a paced value may take about a fifth of the main thread while it is live. */
const PACE = 5;
/** Closer updates would not be seen as separate anyway. */
const MIN_GAP_MS = 200;

/**
 * `value` itself when not `live` or when `key` is new (a new run shows its first answer at
 * once); while live, the latest value at most once per PACE × the time its last draw took.
 */
export function usePacedValue<T>(value: T, live: boolean, key: unknown): T {
  const [paced, setPaced] = useState({ value, key });
  const clock = useRef<{ shownAt: number; drawMs: number; drawing?: typeof paced }>({
    shownAt: 0,
    drawMs: 0,
  });
  const fresh = paced.key !== key;

  // After the render that shows a new paced value: how long drawing it took.
  useEffect(() => {
    const c = clock.current;
    if (c.drawing !== paced) return;
    c.drawing = undefined;
    c.drawMs = performance.now() - c.shownAt;
  }, [paced]);

  useEffect(() => {
    if (paced.value === value && paced.key === key) return;
    const c = clock.current;
    const show = () => {
      c.drawing = { value, key };
      c.shownAt = performance.now();
      setPaced(c.drawing);
    };
    if (!live || fresh) {
      show();
      return;
    }
    const due = c.shownAt + Math.max(MIN_GAP_MS, PACE * c.drawMs) - performance.now();
    const timer = setTimeout(show, Math.max(0, due));
    return () => clearTimeout(timer);
  }, [value, key, live, fresh, paced]);

  return live && !fresh ? paced.value : value;
}
