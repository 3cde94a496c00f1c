// Reads and lints an upload file off the page's thread, streaming it (File.stream()), so a
// 200 MB file neither freezes the page nor sits in memory whole. Posts progress, then the lint
// and the objects to verify (their line texts: one copy of the file's objects, no more), then
// the file's SHA-256 from a second streaming pass, so the lint never waits for the hash.
import type { ObjectType, SchemaField } from '../../../proxy/contract';
import type { UploadRead } from '../../lib/upload-file/read-upload';
import { readUpload, sha256OfChunks } from '../../lib/upload-file/read-upload';
import { UploadFileError, type UploadFileProblem } from '../../lib/upload-file/upload-entries';
import type { SentObject } from '../../lib/upload-file/upload-lint';
import type { UploadProblem } from '../../lib/upload-file/upload-problems';

export interface ReadRequest {
  readonly file: Blob;
  readonly objectType: ObjectType;
  readonly schema?: readonly SchemaField[];
}

export type ReadMessage =
  | { readonly type: 'progress'; readonly bytes: number }
  | { readonly type: 'objects'; readonly objects: readonly SentObject[] }
  | { readonly type: 'problems'; readonly problems: readonly UploadProblem[] }
  /** The rest of the read; its objects and problems came in the messages before. */
  | { readonly type: 'done'; readonly read: UploadRead }
  | { readonly type: 'hashed'; readonly sha256: string }
  | {
      readonly type: 'failed';
      readonly problem: UploadFileProblem | 'unreadable';
      readonly message: string;
    };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: ReadMessage) => void;
};

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

// Progress at most every 1 MB: a message per 64 kB chunk would flood the page's thread.
const PROGRESS_STEP = 1024 * 1024;
// The page reads each message in one task: all 100 MB of a file's objects in one message kept
// its thread busy for seconds (bench/, upload-read). Slices of a few MB each keep tasks short.
const OBJECTS_PER_MESSAGE = 2_000;
const PROBLEMS_PER_MESSAGE = 5_000;

function postInSlices(read: UploadRead): void {
  for (let i = 0; i < read.objects.length; i += OBJECTS_PER_MESSAGE) {
    scope.postMessage({ type: 'objects', objects: read.objects.slice(i, i + OBJECTS_PER_MESSAGE) });
  }
  for (let i = 0; i < read.problems.length; i += PROBLEMS_PER_MESSAGE) {
    scope.postMessage({
      type: 'problems',
      problems: read.problems.slice(i, i + PROBLEMS_PER_MESSAGE),
    });
  }
  scope.postMessage({ type: 'done', read: { ...read, objects: [], problems: [] } });
}

scope.onmessage = (event) => {
  const { file, objectType, schema } = event.data;
  let reported = 0;
  readUpload(chunksOf(file.stream()), {
    objectType,
    sha256: false,
    ...(schema ? { schema } : {}),
    onProgress: (bytes) => {
      if (bytes - reported < PROGRESS_STEP) return;
      reported = bytes;
      scope.postMessage({ type: 'progress', bytes });
    },
  }).then(
    (read) => {
      postInSlices(read);
      // Nothing here holds `read` any more: the page has its copy, the worker needs none.
      return sha256OfChunks(chunksOf(file.stream())).then((sha256) =>
        scope.postMessage({ type: 'hashed', sha256 }),
      );
    },
    (error: unknown) =>
      scope.postMessage(
        error instanceof UploadFileError
          ? { type: 'failed', problem: error.problem, message: error.message }
          : {
              type: 'failed',
              problem: 'unreadable',
              message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
            },
      ),
  );
};
