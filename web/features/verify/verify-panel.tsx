// Verify an upload: open the file the integration sent to Gong, see every problem in it at once,
// then check it against what Gong stored. Only the inspector page composes this feature.
import { useMemo, useState } from 'react';
import type { ObjectType } from '../../../proxy/contract';
import { getSampleUpload } from '../../lib/api/api-client';
import { Fold } from '../../lib/browser/fold';
import { pickFile } from '../../lib/result-files/file-problems';
import { askableObjects } from '../../lib/upload-file/sample';
import { countBySeverity } from '../../lib/upload-file/upload-problems';
import { ProblemList } from './problem-list';
import type { ReadingProgress, UploadFileState } from './use-upload-file';
import type { VerifyState } from './use-verify';
import { VerifyControls } from './verify-controls';
import { type VerifyReferencesProps, VerifyResult } from './verify-result';
import './verify.css';

const ACCEPT = '.ldjson,.jsonl,.ndjson,.json,.txt,application/x-ndjson,application/json,text/plain';
const MB = 1024 * 1024;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function Reading({ progress }: { progress: ReadingProgress }) {
  const percent = progress.total > 0 ? Math.round((progress.bytes / progress.total) * 100) : 0;
  return (
    <div className="verify-reading">
      <label htmlFor="verify-reading-progress">
        Reading {progress.name}: {(progress.bytes / MB).toFixed(1)} of{' '}
        {(progress.total / MB).toFixed(1)} MB
      </label>
      <progress id="verify-reading-progress" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}

export function VerifyPanel(props: {
  file: UploadFileState;
  verify: VerifyState;
  objectType: ObjectType;
  sandbox: boolean;
  busy: boolean;
  references: VerifyReferencesProps;
  /** A result is on screen: the panel is one row, its lists open from counters over the grid. */
  compact: boolean;
}) {
  const { file, verify, objectType, sandbox, busy, references, compact } = props;
  const [sampleProblem, setSampleProblem] = useState<string>();
  const upload = file.opened;
  const trySample = async () => {
    setSampleProblem(undefined);
    try {
      const text = await getSampleUpload(objectType);
      const name = `sample-upload-${objectType.toLowerCase()}.ldjson`;
      file.openText(text, name, `sample-upload-${objectType.toLowerCase()}`);
    } catch (error) {
      setSampleProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const read = upload?.read;
  const objects = useMemo(() => (read ? askableObjects(read.objects).length : 0), [read]);
  const lint = useMemo(() => (read ? countBySeverity(read.problems) : undefined), [read]);
  return (
    <section
      className={compact ? 'verify-panel verify-panel--compact' : 'verify-panel'}
      aria-labelledby="verify-title"
    >
      <h2 id="verify-title">Verify an upload</h2>
      <p className="hint">
        Open the LDJSON file your integration sent to Gong (one object per line, up to 200 MB):
        every problem in it is listed at once, then Verify against Gong says object by object and
        field by field whether it landed as sent.
      </p>
      <div className="verify-open">
        <label className="verify-file-button">
          Open upload file
          <input
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            onChange={pickFile(file.open)}
          />
        </label>
        {sandbox && (
          <button type="button" onClick={trySample}>
            Try a sample upload
          </button>
        )}
        <span className="hint">or drop it on the page</span>
      </div>
      {file.progress && <Reading progress={file.progress} />}
      {file.error && (
        <div className="verify-error" role="alert">
          <p>
            Could not open <strong>{file.error.name}</strong>. Nothing on the page was changed.
            <button type="button" onClick={file.dismissError}>
              Dismiss
            </button>
          </p>
          <p>{file.error.message}</p>
        </div>
      )}
      {sampleProblem && (
        <p className="verify-error" role="alert">
          The sample upload could not be loaded: {sampleProblem}
        </p>
      )}
      {upload && (
        <div className="verify-file">
          <Fold
            folded={compact}
            className="verify-file-fold"
            summary={`${upload.name} · ${plural(lint?.errors ?? 0, 'error')}, ${plural(lint?.warnings ?? 0, 'warning')}`}
          >
            <p className="verify-facts">
              <strong>{upload.name}</strong>: {plural(upload.read.lines, 'line')},{' '}
              {plural(upload.read.objects.length, 'object')}, linted as {upload.objectType}.
              {upload.objectType !== objectType && (
                <>
                  {' '}
                  The form now says {objectType}: open the file again to lint it as {objectType}.
                </>
              )}
            </p>
            {upload.schemaNote && <p className="hint">{upload.schemaNote}</p>}
            {upload.sampleRequestId && (
              <p className="hint">
                Its upload's status: enter <code>{upload.sampleRequestId}</code> as the Client
                request ID under Upload status and press Check status.
              </p>
            )}
            <ProblemList problems={upload.read.problems} />
          </Fold>
          <VerifyControls
            objects={objects}
            objectType={objectType}
            busy={busy}
            onVerify={verify.verify}
          />
          {verify.problem && (
            <p className="verify-error" role="alert">
              {verify.problem}
            </p>
          )}
        </div>
      )}
      <VerifyResult verify={verify} references={references} compact={compact} />
    </section>
  );
}
