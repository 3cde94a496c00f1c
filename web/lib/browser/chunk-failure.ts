// The page loads some of its code on first use. When that code cannot be fetched (the server
// was rebuilt since the page was opened, or stopped), the person must hear it, not wait forever.

/** How Chromium, Firefox and Safari say that a dynamic import could not be fetched. */
const CHUNK_LOAD_FAILED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

export const isChunkLoadFailure = (error: unknown) =>
  error instanceof Error && CHUNK_LOAD_FAILED.test(error.message);

/** What to do about a chunk that failed to load, in plain words. */
export function chunkFailure(what: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `This page could not load the code that ${what} (${reason}). The server was probably rebuilt or stopped since the page was opened: reload the page.`;
}
