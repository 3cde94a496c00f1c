import { useEffect, useId, useRef, useState } from 'react';
import type { CellReference } from '../../diff/grid-marks';
import { copyMessage, copyToClipboard } from '../../lib/browser/clipboard';
import type { JsonValue } from '../../lib/json/json-value';
import { valueDifference } from '../../lib/values/value-difference';
import { DifferenceText, VisibleText } from '../../lib/values/visible-marks';
import { visibleText } from '../../lib/values/visible-text';
import { safeHref } from './cell-view';
import type { OpenedValue } from './use-value-actions';
import {
  fullText,
  MAX_SHOWN_CHARACTERS,
  shownPart,
  shownVisible,
  valueSummary,
} from './value-text';

/**
 * The full value of one cell, as text. A modal <dialog> gives focus trapping, Escape to close
 * and focus back on the cell for free.
 */
export function ValueDialog(
  props: OpenedValue & {
    onClose: () => void;
    /** A reference cell: what it points to, and Open for the keyboard (the cell's is a click). */
    reference?: CellReference | undefined;
    onOpenReference?: ((reference: CellReference) => void) | undefined;
  },
) {
  const { field, crmId, value, change, onClose, reference, onOpenReference } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [status, setStatus] = useState('');
  const text = fullText(value);
  const href = typeof value === 'string' ? safeHref(value) : undefined;

  useEffect(() => {
    // StrictMode runs effects twice; showModal() on an open dialog throws.
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  async function copy() {
    if (text === undefined) return;
    setStatus(copyMessage(await copyToClipboard(text), 'value'));
  }

  return (
    <dialog ref={ref} className="fg-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="fg-dialog-title">
        Value of <code>{visibleText(field)}</code> for <code>{visibleText(crmId)}</code>
      </h2>
      <p className="fg-dialog-kind">
        {valueSummary(value)}
        {change && ` · ${change.kind} since the baseline`}
      </p>
      {text === undefined ? (
        <p className="fg-dialog-absent">
          Gong sent no field named {visibleText(field)} for this object.
        </p>
      ) : (
        <ShownText text={text} className={`fg-value--${text === '' ? 'empty-string' : 'text'}`} />
      )}
      {change && change.kind !== 'added' && <BeforeValue value={change.before} />}
      {change?.kind === 'changed' && <FirstDifference before={change.before} after={value} />}
      {href !== undefined && (
        <p className="fg-dialog-link">
          <a href={href} target="_blank" rel="noopener noreferrer">
            Open link in a new tab
          </a>
        </p>
      )}
      {reference && <p className="fg-dialog-reference">{reference.text}</p>}
      <div className="fg-dialog-actions">
        <p className="fg-dialog-status" aria-live="polite">
          {status}
        </p>
        {reference?.openable && onOpenReference && (
          <button
            type="button"
            onClick={() => {
              ref.current?.close();
              onOpenReference(reference);
            }}
          >
            Open
          </button>
        )}
        <button type="button" onClick={copy} disabled={text === undefined}>
          Copy value
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** The baseline's value of a changed cell, in full: long texts differ past the cell's width. */
function BeforeValue({ value }: { value: JsonValue | undefined }) {
  const text = fullText(value);
  return (
    <>
      <p className="fg-dialog-kind">Before (baseline): {valueSummary(value)}</p>
      <ShownText text={text ?? 'absent'} className="fg-dialog-before" />
    </>
  );
}

/** Where the baseline's value and today's part, by code point: look-alikes are told apart. */
function FirstDifference(props: { before: JsonValue | undefined; after: JsonValue | undefined }) {
  const where = valueDifference(props.before, props.after);
  if (!where) return null;
  return (
    <>
      <p className="fg-dialog-kind">First difference at {where.summary}</p>
      <dl className="fg-dialog-difference">
        <dt>Before</dt>
        <dd>
          <DifferenceText window={where.before} />
        </dd>
        <dt>Now</dt>
        <dd>
          <DifferenceText window={where.after} />
        </dd>
      </dl>
    </>
  );
}

const MARKS_LEGEND =
  'Marked: ⟨U+200B⟩ an invisible character by its code, ␣ a space at the start or end, ␍ a carriage return, ⇥ a tab. Copy value copies the value as sent.';

function ShownText({ text, className }: { text: string; className: string }) {
  const shown = shownPart(text);
  const visible = shownVisible(text);
  return (
    <>
      <pre className={`fg-dialog-value ${className}`}>
        {shown === '' ? '""' : <VisibleText text={visible} />}
      </pre>
      {visible !== shown && <p className="fg-dialog-kind">{MARKS_LEGEND}</p>}
      {shown !== text && (
        <p className="fg-dialog-kind">
          Showing the first {MAX_SHOWN_CHARACTERS.toLocaleString('en')} characters; Copy value
          copies all of it.
        </p>
      )}
    </>
  );
}
