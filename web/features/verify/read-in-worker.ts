// One upload file read in a Web Worker (read-upload.worker.ts), as a promise for the lint and a
// callback for the SHA-256 that follows it; aborting stops the worker at once.
import type { UploadRead } from '../../lib/upload-file/read-upload';
import type { SentObject } from '../../lib/upload-file/upload-lint';
import type { UploadProblem } from '../../lib/upload-file/upload-problems';
import type { ReadMessage, ReadRequest } from './read-upload.worker';

export class UploadReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadReadError';
  }
}

export function readInWorker(
  request: ReadRequest,
  onProgress: (bytes: number) => void,
  /** The file's SHA-256 once the second pass is done; null when it could not be read again. */
  onHashed: (sha256: string | null) => void,
  signal?: AbortSignal,
): Promise<UploadRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-upload.worker.ts', import.meta.url), {
      type: 'module',
    });
    const stop = () => {
      worker.terminate();
      reject(new UploadReadError('Reading the file was stopped.'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    let linted = false;
    const objects: SentObject[] = [];
    const problems: UploadProblem[] = [];
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    worker.onmessage = (event: MessageEvent<ReadMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.bytes);
      } else if (message.type === 'objects') {
        for (const object of message.objects) objects.push(object);
      } else if (message.type === 'problems') {
        for (const problem of message.problems) problems.push(problem);
      } else if (message.type === 'done') {
        // The worker goes on to hash the file; the lint is ready now.
        linted = true;
        resolve({ ...message.read, objects, problems });
      } else if (message.type === 'hashed') {
        finish();
        onHashed(message.sha256);
      } else {
        finish();
        if (linted) onHashed(null);
        else reject(new UploadReadError(message.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      if (linted) onHashed(null);
      reject(
        new UploadReadError(
          `The file could not be read (${event.message || 'the reader stopped'}).`,
        ),
      );
    };
    worker.postMessage(request);
  });
}
