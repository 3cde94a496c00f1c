// Reads and lints an upload file in one streaming pass, fingerprinting it too unless asked not to:
// what the page's worker and the command line call. Pure; imports only this room and the
// proxy's contract types.
import type { ObjectType, SchemaField } from '../../../proxy/contract';
import { Sha256 } from './sha256';
import { readUploadLines, type UploadChunk } from './upload-entries';
import { type LintResult, UploadLinter } from './upload-lint';

export interface ReadUploadOptions {
  readonly objectType: ObjectType;
  readonly schema?: readonly SchemaField[];
  /** Bytes read so far, after each chunk. */
  readonly onProgress?: (bytesRead: number) => void;
  /** Refuse files over this many bytes (default Gong's 200 MB). */
  readonly maxBytes?: number;
  /**
   * Hash the bytes as they pass (default true). The page's worker says false and hashes in a
   * second pass after posting the lint: the hash in JavaScript costs about as much as the lint.
   */
  readonly sha256?: boolean;
}

export interface UploadRead extends LintResult {
  readonly bytes: number;
  /** SHA-256 of the file's bytes, 64 lower-case hex digits; undefined when not asked for. */
  readonly sha256: string | undefined;
}

/**
 * Reads an upload file from chunks (`File.stream()`, a Node stream) and lints it. Throws
 * UploadFileError (upload-entries.ts) for an empty, binary or too large file; every other
 * problem is in the result's `problems`.
 */
export async function readUpload(
  chunks: AsyncIterable<UploadChunk> | Iterable<UploadChunk>,
  options: ReadUploadOptions,
): Promise<UploadRead> {
  const hash = options.sha256 === false ? undefined : new Sha256();
  let bytes = 0;
  const linter = new UploadLinter(
    options.schema ? { objectType: options.objectType, schema: options.schema } : options,
  );
  const entries = readUploadLines(chunks, {
    onChunk: (data) => {
      hash?.update(data);
      bytes += data.byteLength;
    },
    ...(options.onProgress ? { onBytes: options.onProgress } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  for await (const entry of entries) linter.add(entry);
  return { ...linter.finish(), bytes, sha256: hash?.hex() };
}

/** SHA-256 of a stream's bytes (strings as UTF-8), 64 lower-case hex digits. */
export async function sha256OfChunks(
  chunks: AsyncIterable<UploadChunk> | Iterable<UploadChunk>,
): Promise<string> {
  const hash = new Sha256();
  const encoder = new TextEncoder();
  for await (const chunk of chunks)
    hash.update(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  return hash.hex();
}
