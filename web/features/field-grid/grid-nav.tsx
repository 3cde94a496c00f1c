import { useCallback, useId, useRef, useState } from 'react';
import type { FoundObject } from '../../diff/field-rows';
import { useDismissWhileOpen } from '../../lib/browser/use-light-dismiss';
import { useMediaQuery } from '../../lib/browser/use-media-query';
import type { CellPos } from './grid-keyboard';
import { GridLegend } from './grid-legend';
import type { ProblemCell, SeekDirection } from './grid-seek';

export type SeekKind = 'difference' | 'problem';

/** Keys the grid answers to for seeking, also declared on the buttons (aria-keyshortcuts). */
export const SEEK_KEYS: Record<SeekKind, { next: string; previous: string }> = {
  difference: { next: 'n', previous: 'Shift+N' },
  problem: { next: 'e', previous: 'Shift+E' },
};

/**
 * Getting to the cell: next and previous difference and problem, the list of problems that
 * jumps to each, and Go to object. Each moves the grid's focus to the cell found.
 */
export function GridNav(props: {
  found: readonly FoundObject[];
  problems: { cells: readonly ProblemCell[]; count: number; text: string } | undefined;
  onSeek: (kind: SeekKind, direction: SeekDirection) => void;
  onJump: (pos: CellPos) => void;
  onGoToObject: (objectIndex: number) => void;
  status: string;
}) {
  const goId = useId();
  const [wanted, setWanted] = useState('');
  const [notFound, setNotFound] = useState('');
  const { problems } = props;
  const goTo = () => {
    const index = findObject(props.found, wanted);
    if (index === undefined) {
      setNotFound(`No object ${wanted.trim()} in the grid`);
      return;
    }
    setNotFound('');
    props.onGoToObject(index);
  };
  return (
    <section className="fg-nav" aria-label="Go to">
      <SeekButtons kind="difference" onSeek={props.onSeek} />
      {problems && (
        <>
          <SeekButtons kind="problem" onSeek={props.onSeek} />
          <ProblemList problems={problems} onJump={props.onJump} />
        </>
      )}
      <form
        className="fg-goto"
        onSubmit={(event) => {
          event.preventDefault();
          goTo();
        }}
      >
        <label htmlFor={goId}>Go to object</label>
        <input
          id={goId}
          type="text"
          value={wanted}
          placeholder="CRM id"
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setWanted(event.target.value)}
        />
      </form>
      {/* Here rather than among the filters: the filter row keeps to one line from 1280 px. */}
      <GridLegend />
      <p className="fg-nav-status" aria-live="polite">
        {notFound || props.status}
      </p>
    </section>
  );
}

/** On a phone the buttons show an arrow and this mark instead of their words (names unchanged). */
const SEEK_GLYPHS: Record<SeekKind, string> = { difference: '≠', problem: '!' };

/** As the grid's key hints write a key: `N`, `Shift+N`. */
const keyText = (key: string) => (key.length === 1 ? key.toUpperCase() : key);

const SEEKS = [
  { direction: -1, name: 'Previous', arrow: '↑', key: 'previous' },
  { direction: 1, name: 'Next', arrow: '↓', key: 'next' },
] as const;

/**
 * Previous and next of one kind, each naming its key in the grid. A phone shows an arrow and a
 * mark; the words stay for screen readers (the buttons' names).
 */
function SeekButtons(props: {
  kind: SeekKind;
  onSeek: (kind: SeekKind, direction: SeekDirection) => void;
}) {
  const { kind, onSeek } = props;
  const words = useMediaQuery('(max-width: 600px)') ? 'visually-hidden' : undefined;
  return SEEKS.map((seek) => {
    const key = SEEK_KEYS[kind][seek.key];
    return (
      <button
        key={seek.key}
        type="button"
        onClick={() => onSeek(kind, seek.direction)}
        aria-keyshortcuts={key}
        title={`${seek.name} ${kind} (${keyText(key)} in the grid)`}
      >
        {seek.arrow} <span className={words}>{`${seek.name} ${kind}`}</span>
        <span className="fg-seek-glyph" aria-hidden="true">
          {SEEK_GLYPHS[kind]}
        </span>
      </button>
    );
  });
}

/** The problem cells as a list; each entry moves the grid's focus to its cell. */
function ProblemList(props: {
  problems: { cells: readonly ProblemCell[]; count: number; text: string };
  onJump: (pos: CellPos) => void;
}) {
  const { cells, count, text } = props.problems;
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLDetailsElement>(null);
  // Like every other panel over the grid: Escape or a press elsewhere closes it.
  useDismissWhileOpen(
    list,
    open,
    useCallback(() => setOpen(false), []),
  );
  return (
    <details
      ref={list}
      className="fg-problem-list"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{text}</summary>
      <div className="fg-problem-panel">
        {cells.length === 0 ? (
          <p>No value breaks the schema; the flags are about fields.</p>
        ) : (
          <ul aria-label="Problems">
            {cells.map((cell) => (
              <li key={`${cell.pos.row}:${cell.pos.col}`}>
                <button
                  type="button"
                  onClick={() => {
                    // The panel closes after use, so it never hides the cell it led to.
                    setOpen(false);
                    props.onJump(cell.pos);
                  }}
                >
                  <code>{cell.objectId}</code> · <code>{cell.field}</code>: {cell.reason}
                </button>
              </li>
            ))}
          </ul>
        )}
        {count > cells.length && (
          <p>
            The first {cells.length} of {count} are listed.
          </p>
        )}
      </div>
    </details>
  );
}

/** The column of an id: exact first, then ignoring case, then the first id it starts. */
export function findObject(found: readonly FoundObject[], wanted: string): number | undefined {
  const id = wanted.trim();
  if (id === '') return undefined;
  const lower = id.toLowerCase();
  const at = [
    found.findIndex((object) => object.id === id),
    found.findIndex((object) => object.id.toLowerCase() === lower),
    found.findIndex((object) => object.id.toLowerCase().startsWith(lower)),
  ].find((index) => index >= 0);
  return at;
}
