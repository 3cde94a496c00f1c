// Opening an upload file (the file input, a drop, or the sandbox's sample): read and linted in a
// worker with progress; the latest file wins. A file that cannot be read leaves the one already
// open on screen.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ObjectType, SchemaField } from '../../../proxy/contract';
import { integrationIdSchema } from '../../../proxy/contract';
import { getEntitySchema } from '../../lib/api/crm-reads';
import type { UploadRead } from '../../lib/upload-file/read-upload';
import { MAX_UPLOAD_BYTES } from '../../lib/upload-file/upload-entries';
import { readInWorker, UploadReadError } from './read-in-worker';

export interface OpenedUpload {
  readonly name: string;
  readonly bytes: number;
  readonly objectType: ObjectType;
  /** Why the schema rules did not run, when they did not. */
  readonly schemaNote: string | undefined;
  /** The entity schema's fields the file was linted with (its REFERENCE fields, too). */
  readonly schema?: readonly SchemaField[] | undefined;
  readonly read: UploadRead;
  /** The file's SHA-256: undefined while the worker computes it, null if it could not. */
  readonly sha256: string | null | undefined;
  /** The clientRequestId of a sandbox sample's upload, for Check status. */
  readonly sampleRequestId?: string | undefined;
}

export interface ReadingProgress {
  readonly name: string;
  readonly bytes: number;
  readonly total: number;
}

interface OpenRequest {
  readonly file: Blob;
  readonly name: string;
  readonly sampleRequestId?: string | undefined;
}

const MB = 1024 * 1024;

export function useUploadFile(form: { integrationId: string; objectType: ObjectType }) {
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState<OpenedUpload | null>(null);
  const [progress, setProgress] = useState<ReadingProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  // The hash may arrive before the opened file is shown (mutate's callbacks run a tick later).
  const hashes = useRef(new WeakMap<UploadRead, string | null>());
  const { integrationId, objectType } = form;

  const readSchema = useCallback(async (): Promise<{
    fields?: readonly SchemaField[];
    note?: string;
  }> => {
    if (!integrationIdSchema.safeParse(integrationId).success) {
      return { note: 'Enter the Integration ID to check the file against its entity schema too.' };
    }
    try {
      const answer = await queryClient.fetchQuery({
        queryKey: ['verify-entity-schema', integrationId, objectType],
        queryFn: ({ signal }) => getEntitySchema({ integrationId, objectType }, signal),
        staleTime: 5 * 60_000,
        retry: false,
      });
      return answer.fields.length > 0
        ? { fields: answer.fields }
        : {
            note: `Gong declares no ${objectType} fields for this integration: schema rules skipped.`,
          };
    } catch (error) {
      return {
        note: `The entity schema could not be read (${error instanceof Error ? error.message : String(error)}): schema rules skipped.`,
      };
    }
  }, [integrationId, objectType, queryClient]);

  const mutation = useMutation({
    mutationFn: async (request: OpenRequest): Promise<OpenedUpload> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      const { file, name } = request;
      if (file.size === 0) {
        throw new UploadReadError('The file is empty (0 bytes): there is nothing to verify.');
      }
      if (file.size > MAX_UPLOAD_BYTES) {
        throw new UploadReadError(
          `The file is ${Math.round(file.size / MB)} MB: Gong refuses upload files over ${MAX_UPLOAD_BYTES / MB} MB, so this cannot be one. Split it into smaller files.`,
        );
      }
      setProgress({ name, bytes: 0, total: file.size });
      try {
        const schema = await readSchema();
        const read = await readInWorker(
          { file, objectType, ...(schema.fields ? { schema: schema.fields } : {}) },
          (bytes) => {
            if (!own.signal.aborted) setProgress({ name, bytes, total: file.size });
          },
          (sha256) => {
            hashes.current.set(read, sha256);
            setOpened((shown) => (shown?.read === read ? { ...shown, sha256 } : shown));
          },
          own.signal,
        );
        return {
          name,
          bytes: file.size,
          objectType,
          schemaNote: schema.note,
          schema: schema.fields,
          read,
          sha256: undefined,
          sampleRequestId: request.sampleRequestId,
        };
      } finally {
        if (controller.current === own) setProgress(null);
      }
    },
  });

  const { mutate, reset } = mutation;
  const show = useCallback(
    (upload: OpenedUpload) => setOpened({ ...upload, sha256: hashes.current.get(upload.read) }),
    [],
  );
  const open = useCallback(
    (file: File) => mutate({ file, name: file.name }, { onSuccess: show }),
    [mutate, show],
  );
  const openText = useCallback(
    (text: string, name: string, sampleRequestId?: string) =>
      mutate({ file: new Blob([text]), name, sampleRequestId }, { onSuccess: show }),
    [mutate, show],
  );
  const error = mutation.error
    ? { name: mutation.variables?.name ?? 'the file', message: mutation.error.message }
    : null;
  return { opened, progress, error, open, openText, dismissError: reset };
}

export type UploadFileState = ReturnType<typeof useUploadFile>;
