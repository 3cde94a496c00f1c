// Opening a result file (chosen or dropped) as React state: reading, refused with the reasons,
// or opened. A refused file changes nothing else on the page.
import { useCallback, useRef, useState } from 'react';
import { chunkFailure } from '../browser/chunk-failure';
import type { ResultDefaults, ResultKind } from './read-result';
import type { SavedResult } from './write-result';

export type ResultFileState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly name: string }
  | { readonly status: 'failed'; readonly name: string; readonly problems: readonly string[] }
  | { readonly status: 'opened'; readonly name: string; readonly kind: ResultKind };

export interface OpenedResult {
  readonly name: string;
  readonly kind: ResultKind;
  readonly result: SavedResult;
}

export function useResultFile(
  defaults: Omit<ResultDefaults, 'fetchedAt'>,
  onOpened: (opened: OpenedResult) => void,
) {
  const [state, setState] = useState<ResultFileState>({ status: 'idle' });
  const latest = useRef(0);
  const { integrationId, objectType } = defaults;

  const open = useCallback(
    async (file: File) => {
      // A second file chosen while the first is read wins; the first is dropped.
      const ticket = ++latest.current;
      setState({ status: 'reading', name: file.name });
      const fail = (problem: string) => {
        if (ticket === latest.current)
          setState({ status: 'failed', name: file.name, problems: [problem] });
      };
      let reader: typeof import('./read-file');
      try {
        // Loaded on first use: reading and checking a file is not needed to show the page.
        reader = await import('./read-file');
      } catch (error) {
        return fail(chunkFailure('reads result files', error));
      }
      let read: Awaited<ReturnType<typeof reader.readResultFile>>;
      try {
        read = await reader.readResultFile(file, { integrationId, objectType });
      } catch (error) {
        // The browser could not read the file itself (moved, deleted, no permission).
        return fail(`The file could not be read: ${(error as Error).message}`);
      }
      if (ticket !== latest.current) return;
      if (!read.ok) {
        setState({ status: 'failed', name: file.name, problems: read.problems });
        return;
      }
      setState({ status: 'opened', name: file.name, kind: read.kind });
      onOpened({ name: file.name, kind: read.kind, result: read.result });
    },
    [integrationId, objectType, onOpened],
  );

  const clear = useCallback(() => {
    latest.current++;
    setState({ status: 'idle' });
  }, []);

  return { state, open, clear };
}
