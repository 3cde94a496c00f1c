// A result file the user chose or dropped, read and checked (see read-result.ts).
import { type ReadResult, type ResultDefaults, readResult } from './read-result';

/**
 * A 10,000 × 300 result this page saves can pass 100 MB; far past that a browser tab runs out
 * of memory parsing it.
 */
export const MAX_RESULT_FILE_BYTES = 200 * 1024 * 1024;

export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes === 0) return 'The file is empty.';
  if (bytes <= MAX_RESULT_FILE_BYTES) return undefined;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return `The file is ${mb(bytes)}; this page opens results up to ${mb(MAX_RESULT_FILE_BYTES)}.`;
}

export async function readResultFile(
  file: File,
  defaults: Omit<ResultDefaults, 'fetchedAt'>,
): Promise<ReadResult> {
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let text: string;
  try {
    // fatal: a byte that is not UTF-8 must not silently become U+FFFD in a value.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (error) {
    const reason = error instanceof TypeError ? 'it is not UTF-8 text' : String(error);
    return { ok: false, problems: [`The file could not be read: ${reason}.`] };
  }
  // A bare Gong answer says nothing of when it was fetched; the file's time is the best guess.
  const fetchedAt = new Date(file.lastModified || Date.now()).toISOString();
  return readResult(text, { ...defaults, fetchedAt });
}
