// Opening a result file (Open result JSON, or a drop on the page) shows it as if just fetched:
// same grid, tally and requestIds, with no call to Gong.
import { useCallback, useState } from 'react';
import type { ObjectType } from '../../../proxy/contract';
import type { ResultKind } from '../../lib/result-files/read-result';
import { type OpenedResult, useResultFile } from '../../lib/result-files/use-result-file';
import type { Run } from '../../model/run';
import { runOfResult } from './result-run';
import { useFileDrop } from './use-file-drop';

export interface OpenedFile {
  readonly name: string;
  readonly kind: ResultKind;
  readonly fetchedAt: string;
}

export function useOpenResult(
  defaults: { integrationId: string; objectType: ObjectType },
  show: (run: Run) => void,
  /** Decides what a dropped file is (the page also takes upload files); default: a result. */
  routeDrop?: (file: File, openResult: (file: File) => void) => void,
) {
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  const onOpened = useCallback(
    ({ name, kind, result }: OpenedResult) => {
      show(runOfResult(result));
      setOpened({ name, kind, fetchedAt: result.fetchedAt });
    },
    [show],
  );
  const file = useResultFile(defaults, onOpened);
  const openDropped = useCallback(
    (dropped: File) => (routeDrop ? routeDrop(dropped, file.open) : file.open(dropped)),
    [routeDrop, file.open],
  );
  const drop = useFileDrop(openDropped);
  /** A fetch replaced the file on screen. */
  const forget = useCallback(() => {
    setOpened(null);
    file.clear();
  }, [file.clear]);
  return { file, drop, opened, forget };
}
