import { useEffect, useId, useRef, useState } from 'react';
import { copyMessage, copyToClipboard } from '../../lib/browser/clipboard';
import type { JsonValue } from '../../lib/json/json-value';
import { safeHref } from './cell-view';
import type { OpenedValue } from './use-value-actions';
import { fullText, MAX_SHOWN_CHARACTERS, shownPart, valueSummary } from './value-text';

/**
 * The full value of one cell, as text. A modal <dialog> gives focus trapping, Escape to close
 * and focus back on the cell for free.
 */
export function ValueDialog(props: OpenedValue & { onClose: () => void }) {
  const { field, crmId, value, change, onClose } = props;
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
        Value of <code>{field}</code> for <code>{crmId}</code>
      </h2>
      <p className="fg-dialog-kind">
        {valueSummary(value)}
        {change && ` · ${change.kind} since the baseline`}
      </p>
      {text === undefined ? (
        <p className="fg-dialog-absent">Gong sent no field named {field} for this object.</p>
      ) : (
        <ShownText text={text} className={`fg-value--${text === '' ? 'empty-string' : 'text'}`} />
      )}
      {change && change.kind !== 'added' && <BeforeValue value={change.before} />}
      {href !== undefined && (
        <p className="fg-dialog-link">
          <a href={href} target="_blank" rel="noopener noreferrer">
            Open link in a new tab
          </a>
        </p>
      )}
      <div className="fg-dialog-actions">
        <p className="fg-dialog-status" aria-live="polite">
          {status}
        </p>
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

function ShownText({ text, className }: { text: string; className: string }) {
  const shown = shownPart(text);
  return (
    <>
      <pre className={`fg-dialog-value ${className}`}>{shown === '' ? '""' : shown}</pre>
      {shown !== text && (
        <p className="fg-dialog-kind">
          Showing the first {MAX_SHOWN_CHARACTERS.toLocaleString('en')} characters; Copy value
          copies all of it.
        </p>
      )}
    </>
  );
}
