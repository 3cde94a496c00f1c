// One upload file read in a Web Worker (read-upload.worker.ts), as a promise; aborting stops
// the worker at once.
import type { UploadRead } from '../../lib/upload-file/read-upload';
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
    worker.onmessage = (event: MessageEvent<ReadMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.bytes);
        return;
      }
      worker.terminate();
      signal?.removeEventListener('abort', stop);
      if (message.type === 'done') resolve(message.read);
      else reject(new UploadReadError(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      signal?.removeEventListener('abort', stop);
      reject(
        new UploadReadError(
          `The file could not be read (${event.message || 'the reader stopped'}).`,
        ),
      );
    };
    worker.postMessage(request);
  });
}
