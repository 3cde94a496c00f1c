// Reads and lints an upload file off the page's thread, streaming it (File.stream()), so a
// 200 MB file neither freezes the page nor sits in memory whole. Posts progress, then the lint
// and the objects to verify (their line texts: one copy of the file's objects, no more), then
// the file's SHA-256 from a second streaming pass, so the lint never waits for the hash.
import type { ObjectType, SchemaField } from '../../../proxy/contract';
import type { UploadRead } from '../../lib/upload-file/read-upload';
import { readUpload, sha256OfChunks } from '../../lib/upload-file/read-upload';
import { UploadFileError, type UploadFileProblem } from '../../lib/upload-file/upload-entries';

export interface ReadRequest {
  readonly file: Blob;
  readonly objectType: ObjectType;
  readonly schema?: readonly SchemaField[];
}

export type ReadMessage =
  | { readonly type: 'progress'; readonly bytes: number }
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
    async (read) => {
      scope.postMessage({ type: 'done', read });
      scope.postMessage({ type: 'hashed', sha256: await sha256OfChunks(chunksOf(file.stream())) });
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
