// Verify against Gong: the opened file's objects (all, or a reproducible sample) fetched through
// the page's fetch run (its calls of 100, pacing, progress, Cancel and Retry failed), and the
// verdicts, summary, fields table and grid view that follow from what has landed.
import { useMemo, useState } from 'react';
import { integrationIdSchema, MAX_IDS_PER_CALL, type ObjectType } from '../../../proxy/contract';
import type { ReportInput } from '../../lib/result-files/verification-report';
import { askableObjects, sampleObjects, sampleSeed } from '../../lib/upload-file/sample';
import type { OpenedUpload } from './use-upload-file';
import {
  gridChangesOf,
  gridObjectsOf,
  isRunOf,
  type RunLike,
  targetOf,
  VerdictTracker,
  type VerifyTarget,
  viewOf,
} from './verification-state';

export interface VerifyQuery {
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly ids: readonly string[];
}

export const callsFor = (count: number) => Math.ceil(count / MAX_IDS_PER_CALL);

export function useVerify(props: {
  upload: OpenedUpload | null;
  run: RunLike | null;
  form: { integrationId: string; objectType: ObjectType };
  start: (query: VerifyQuery) => void;
}) {
  const { upload, run, form, start } = props;
  const [target, setTarget] = useState<{
    target: VerifyTarget;
    upload: OpenedUpload;
    objectType: ObjectType;
    integrationId: string;
  } | null>(null);
  const [onlyDiffering, setOnlyDiffering] = useState(true);
  const [field, setField] = useState<string | null>(null);
  const [problem, setProblem] = useState<string>();

  const tracker = useMemo(() => (target ? new VerdictTracker(target.target) : null), [target]);
  // Another file opened since: that verification is no longer what the panel shows.
  const ofOpenFile = target !== null && upload?.read === target.upload.read;
  const active = ofOpenFile && tracker !== null && isRunOf(target.target, run);
  const view = useMemo(
    () => (active && tracker && run ? viewOf(tracker, run) : undefined),
    [active, tracker, run],
  );

  const verify = (sample: number | undefined) => {
    if (!upload) return;
    if (!integrationIdSchema.safeParse(form.integrationId).success) {
      setProblem('Enter the Integration ID above first: the one the file was uploaded with.');
      return;
    }
    setProblem(undefined);
    const objects = askableObjects(upload.read.objects);
    const seed = sampleSeed(objects);
    const chosen =
      sample !== undefined && sample < objects.length
        ? sampleObjects(objects, sample, seed)
        : objects;
    const next = targetOf(
      chosen,
      chosen.length < objects.length ? { count: chosen.length, seed } : undefined,
    );
    setTarget({
      target: next,
      upload,
      objectType: form.objectType,
      integrationId: form.integrationId,
    });
    setField(null);
    start({ integrationId: form.integrationId, objectType: form.objectType, ids: next.ids });
  };

  const grid = useMemo(() => {
    if (!view || !run) return undefined;
    const objects = gridObjectsOf(view, run, onlyDiffering).filter(
      (object) => field === null || view.byId.get(object.id)?.fields.some((d) => d.field === field),
    );
    return {
      objects,
      changes: gridChangesOf(view),
      onlyFields: field === null ? undefined : new Set([field]),
    };
  }, [view, run, onlyDiffering, field]);

  /** What the report is made of (built where it is downloaded, in the panel's own chunk). */
  const reportInput = (): ReportInput | undefined => {
    if (!target || !view) return undefined;
    // The file as shown now: its SHA-256 may have arrived since Verify was pressed.
    const file = upload?.read === target.upload.read ? upload : target.upload;
    return {
      integrationId: target.integrationId,
      objectType: target.objectType,
      file: {
        name: file.name,
        sha256: file.sha256 ?? '',
        lines: file.read.lines,
        objects: file.read.objects.length,
      },
      problems: file.read.problems,
      verdicts: view.verdicts,
      sent: target.target.sent.length,
      ...(target.target.sample ? { sample: target.target.sample } : {}),
    };
  };

  const verifiedFile = ofOpenFile ? upload : target?.upload;
  return {
    target: ofOpenFile ? target.target : null,
    /** The verification of the open file: its objects, the file, type and integration. */
    verification: ofOpenFile ? target : null,
    /** The verified file's SHA-256: undefined while it is computed, null if it could not be. */
    fileSha256: verifiedFile?.sha256,
    verifiedType: target?.objectType,
    active,
    view,
    grid,
    verify,
    /** Why Verify against Gong did not start. */
    problem,
    reportInput,
    onlyDiffering,
    setOnlyDiffering,
    field,
    setField,
  };
}

export type VerifyState = ReturnType<typeof useVerify>;
