// A counter in a compact row that opens its panel over the page instead of pushing the grid
// down: a <details> whose panel floats below its summary and closes after use (Escape, a press
// outside it, or the panel's own action through `close`). Unfolded, the same content sits in the
// page as it always did, for the roomy layout before a result is on screen.
import { type ReactNode, useRef } from 'react';
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
  const { summary, folded = true, className, end, children } = props;
  const ref = useRef<HTMLDetailsElement>(null);
  useLightDismiss(ref);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  const content = typeof children === 'function' ? children(close) : children;
  if (!folded) return <>{content}</>;
  return (
    <details
      ref={ref}
      className={['fold', end && 'fold--end', className].filter(Boolean).join(' ')}
    >
      <summary>{summary}</summary>
      <div className="fold-panel">{content}</div>
    </details>
  );
}
