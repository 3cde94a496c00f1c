// What a verification came to: the summary status, the wrong-type hint, the fields table, the
// grid filter and the downloads.
import { type ReactNode, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ObjectType } from '../../../proxy/contract';
import { summaryText } from '../../lib/result-files/verification-model';
import type { DanglingReference } from '../../lib/result-files/verification-report';

import { FieldsTable } from './fields-table';

import { guessObjectType } from './guess-type';

import type { VerifyState } from './use-verify';
import type { VerifyReferences } from './use-verify-references';

import { VerifyDownloads } from './verify-downloads';
import { VerifyReferencesView } from './verify-references';

/** What the page gives the verification's reference check: its hook, progress and the grid. */
export interface VerifyReferencesProps {
  refs: VerifyReferences;
  progress: ReactNode;
  /** Moves the grid to a cell; false when the grid's filters hide it. */
  onJump: (objectId: string, field: string) => boolean;
}

/** Most of the objects Gong was asked for are not in it: likely another type or integration. */
function WrongTypeHint({ verify, objectType }: { verify: VerifyState; objectType: ObjectType }) {
  const summary = verify.view?.summary;
  const target = verify.target;
  if (!summary || !target) return null;
  const answered = summary.storedAsSent + summary.differ + summary.notInGong;
  if (answered === 0 || summary.notInGong * 2 <= answered) return null;
  const guess = guessObjectType(target.sent);
  return (
    <p className="notice notice-warning verify-hint">
      Most of these objects are not in Gong as {objectType}.{' '}
      {guess && guess !== objectType
        ? `The file's objects look like ${guess} objects: choose ${guess} as the Object type and verify again.`
        : 'Is the Object type or the Integration ID the one this file was uploaded with?'}
    </p>
  );
}

// As the toolbar's buttons: the width from which the rows above the grid are few enough; and a
// window tall enough (Playwright's 1280×720 is) to show grid rows below the table.
const ROOMY = '(min-width: 1280px) and (min-height: 700px)';

/**
 * The fields table, open as the verification's answer arrives (on a roomy window): it is
 * usually the whole answer.
 * With a result on screen its counter folds it; open, it sits in the page above the grid rather
 * than over it, since choosing a field filters the grid below.
 */
function DifferingFields({ verify, compact }: { verify: VerifyState; compact: boolean }) {
  // A narrower window has no room for it above the grid: there it waits for its counter.
  const [open, setOpen] = useState(() => window.matchMedia(ROOMY).matches);
  const panelId = useId();
  const rows = verify.view?.fields ?? [];
  const table = (
    <FieldsTable
      rows={rows}
      chosen={verify.field}
      onChoose={verify.setField}
      quietHeading={compact}
    />
  );
  if (!compact) return table;
  return (
    <>
      <button
        type="button"
        className="verify-fields-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        Fields that differ ({rows.length})
      </button>
      <div id={panelId} className="verify-fields-panel" hidden={!open}>
        {table}
      </div>
    </>
  );
}

/** The summary line, the fields that differ, the grid filter and the downloads. */
export function VerifyResult({
  verify,
  references,
  compact,
}: {
  verify: VerifyState;
  references: VerifyReferencesProps;
  /** A result is on screen: lists open from counters over the grid. */
  compact: boolean;
}) {
  const { view, active } = verify;
  if (!verify.target) return null;
  if (!active || !view) {
    return (
      <p className="hint">
        The grid below shows another fetch now. Press Verify against Gong to verify the file again.
      </p>
    );
  }
  return (
    <div className="verify-result">
      <p role="status" className="verify-summary">
        {summaryText(view.summary)}
      </p>
      {verify.verifiedType && <WrongTypeHint verify={verify} objectType={verify.verifiedType} />}
      {verify.target.sample && (
        <p className="hint">
          A sample of {verify.target.sample.count} objects (seed {verify.target.sample.seed}): the
          same file gives the same sample.
        </p>
      )}
      {view.fields.length > 0 && <DifferingFields verify={verify} compact={compact} />}
      <div className="verify-grid-filter">
        <input
          id="verify-only-differing"
          type="checkbox"
          checked={verify.onlyDiffering}
          onChange={(event) => verify.setOnlyDiffering(event.target.checked)}
        />
        <label htmlFor="verify-only-differing">Only objects that differ</label>
      </div>
      <VerifyReferencesView
        refs={references.refs}
        progress={references.progress}
        onJump={(item) => jumpTo(verify, references, item)}
        compact={compact}
      />
      <VerifyDownloads
        input={() => {
          const input = verify.reportInput();
          const checked = references.refs.report;
          return input && checked ? { ...input, references: checked } : input;
        }}
        sha256={verify.fileSha256}
        compact={compact}
      />
    </div>
  );
}

/** Shows a dangling reference's cell: the grid's verification filters let its object through. */
function jumpTo(
  verify: VerifyState,
  references: VerifyReferencesProps,
  item: DanglingReference,
): string | undefined {
  const status = verify.view?.byId.get(item.objectId)?.status;
  if (status === 'not-in-gong' || status === 'failed') {
    return `${item.objectId} (line ${item.line}) is ${status === 'failed' ? 'not read from Gong' : 'not in Gong'}: the grid holds no cell of it.`;
  }
  // Committed at once, so the grid holds the object's column before it is asked for the cell.
  flushSync(() => {
    if (verify.field !== null) verify.setField(null);
    if (verify.onlyDiffering && status !== 'differ') verify.setOnlyDiffering(false);
  });
  return references.onJump(item.objectId, item.field)
    ? undefined
    : `${item.field} of ${item.objectId} is hidden by the grid's filters.`;
}
