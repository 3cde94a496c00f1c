// A counter in a compact row that opens its panel over the page instead of pushing the grid
// down: a <details> whose panel floats below its summary and closes after use (Escape, a press
// outside it, or the panel's own action through `close`). Unfolded, the same content sits in the
// page as it always did, for the roomy layout before a result is on screen.
import { type MouseEvent, type ReactNode, useRef } from 'react';
import { panelLeft } from './fold-place';
import { useLightDismiss } from './use-light-dismiss';
import './fold.css';

export function Fold(props: {
  /** The counter: what the panel holds, in a few words (`Fields that differ (7)`). */
  summary: ReactNode;
  /** false: the content in the page, with no summary. */
  folded?: boolean;
  className?: string;
  /** The panel opens leftwards, for a counter at the end of its row. */
  end?: boolean;
  children: ReactNode | ((close: () => void) => ReactNode);
}) {
  const { summary, folded = true, className, end = false, children } = props;
  const ref = useRef<HTMLDetailsElement>(null);
  useLightDismiss(ref);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  // Opened here rather than by the browser's own toggle, so the panel is placed before it is
  // drawn: the toggle event comes a frame late, and the panel would jump.
  const open = (event: MouseEvent<HTMLElement>) => {
    const details = ref.current;
    if (!details || details.open) return;
    event.preventDefault();
    details.open = true;
    placePanel(details, end);
  };
  const content = typeof children === 'function' ? children(close) : children;
  if (!folded) return <>{content}</>;
  return (
    <details
      ref={ref}
      className={['fold', end && 'fold--end', className].filter(Boolean).join(' ')}
      onToggle={(event) => placePanel(event.currentTarget, end)}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is the disclosure's own button; this only places the panel as it opens. */}
      <summary onClick={open}>{summary}</summary>
      <div className="fold-panel">{content}</div>
    </details>
  );
}

/**
 * Puts an open panel right under its summary (fold-place.ts), inside the window. A phone's panel
 * spans the window instead (fold.css).
 */
function placePanel(details: HTMLDetailsElement, end: boolean) {
  const panel = details.querySelector<HTMLElement>(':scope > .fold-panel');
  const summary = details.querySelector(':scope > summary');
  if (!details.open || !panel || !summary) return;
  panel.style.left = '';
  panel.style.right = '';
  if (getComputedStyle(panel).position !== 'absolute') return;
  const box = details.getBoundingClientRect();
  const left = panelLeft(
    summary.getBoundingClientRect(),
    panel.getBoundingClientRect().width,
    document.documentElement.clientWidth,
    end,
  );
  panel.style.left = `${left - box.left}px`;
  panel.style.right = 'auto';
}
