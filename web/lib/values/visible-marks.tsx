// Draws a visibleText result with its marks set apart (a tinted box), so `⟨U+200B⟩` reads as
// a mark rather than as eight characters of the value. Shared by the grid, the value panel and
// upload verification; the `.visible-mark` style lives in web/styles.css.
import type { DifferenceWindow } from './difference-window';
import { visiblePieces } from './visible-text';

/** `text` must already be visibleText's output: only its marks are styled. */
export function VisibleText({ text }: { text: string }) {
  const pieces = visiblePieces(text);
  if (pieces.length === 1 && pieces[0]?.mark === false) return text;
  return pieces.map((piece, index) =>
    piece.mark ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed text, never reordered
      <span key={index} className="visible-mark">
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}

/** One side of a difference: the context, then the differing stretch outlined, then context. */
export function DifferenceText({ window }: { window: DifferenceWindow }) {
  return (
    <>
      <VisibleText text={window.head} />
      <span className="visible-difference">
        <VisibleText text={window.differing} />
      </span>
      <VisibleText text={window.tail} />
    </>
  );
}
