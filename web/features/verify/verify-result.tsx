// What a verification came to: the summary status, the wrong-type hint, the fields table, the
// grid filter and the downloads.
import type { ObjectType } from '../../../proxy/contract';
import { Fold } from '../../lib/browser/fold';
import { summaryText } from '../../lib/result-files/verification-model';

import { FieldsTable } from './fields-table';

import { guessObjectType } from './guess-type';

import type { VerifyState } from './use-verify';

import { VerifyDownloads } from './verify-downloads';

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

/** The summary line, the fields that differ, the grid filter and the downloads. */
export function VerifyResult({ verify, compact }: { verify: VerifyState; compact: boolean }) {
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
      {view.fields.length > 0 && (
        <Fold folded={compact} summary={`Fields that differ (${view.fields.length})`}>
          <FieldsTable rows={view.fields} chosen={verify.field} onChoose={verify.setField} />
        </Fold>
      )}
      <div className="verify-grid-filter">
        <input
          id="verify-only-differing"
          type="checkbox"
          checked={verify.onlyDiffering}
          onChange={(event) => verify.setOnlyDiffering(event.target.checked)}
        />
        <label htmlFor="verify-only-differing">Only objects that differ</label>
      </div>
      <Fold folded={compact} end summary="Report">
        <VerifyDownloads input={verify.reportInput} sha256={verify.fileSha256} />
      </Fold>
    </div>
  );
}
