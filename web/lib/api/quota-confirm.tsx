// Asks before a run that needs more than 10% of what is left of Gong's daily allowance: the
// fetch uses it, and so can the upload verification. `confirmThen(what, calls, go)` runs `go` at
// once when the run is small, else shows the dialog, whose buttons run it or drop it.
import { useCallback, useState } from 'react';
import type { UsageResponse } from '../../../proxy/contract';
import { confirmText, needsConfirmation } from './quota';

interface Pending {
  what: string;
  calls: number;
  go: () => void;
}

export interface QuotaConfirm {
  /** `what` starts the sentence, e.g. "This fetch" or "This verification". */
  confirmThen: (what: string, calls: number, go: () => void) => void;
  /** Render it where the page is: null while nothing is asked. */
  dialog: React.ReactNode;
}

export function useQuotaConfirm(usage: UsageResponse | undefined): QuotaConfirm {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirmThen = useCallback(
    (what: string, calls: number, go: () => void) => {
      if (needsConfirmation(calls, usage)) setPending({ what, calls, go });
      else go();
    },
    [usage],
  );
  const dialog =
    pending && usage ? (
      <QuotaConfirmDialog
        text={confirmText(pending.what, pending.calls, usage)}
        calls={pending.calls}
        onConfirm={() => {
          setPending(null);
          pending.go();
        }}
        onCancel={() => setPending(null)}
      />
    ) : null;
  return { confirmThen, dialog };
}

/** A modal <dialog>: focus stays in it, Escape cancels, the page behind is inert. */
export function QuotaConfirmDialog(props: {
  text: string;
  calls: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { text, calls, onConfirm, onCancel } = props;
  // Opened as it mounts: the dialog exists only while something is asked.
  const open = useCallback((element: HTMLDialogElement | null) => {
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={open}
      className="quota-confirm"
      aria-labelledby="quota-confirm-title"
      aria-describedby="quota-confirm-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="quota-confirm-title">Use {calls.toLocaleString('en-US')} of today's Gong calls?</h2>
      <p id="quota-confirm-text">{text}</p>
      {/* Cancel first: showModal focuses it, so Enter does not spend the calls by accident. */}
      <div className="quota-confirm-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onConfirm}>
          Make {calls.toLocaleString('en-US')} calls
        </button>
      </div>
    </dialog>
  );
}
