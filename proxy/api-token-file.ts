// The API token, kept where curl users can read it and nobody else can: a file of its own under
// CRM_INSPECTOR_STATE_DIR, mode 0600 in a 0700 folder. One file per port, so two servers side by
// side (the e2e run starts three) do not overwrite each other's.
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const apiTokenFilePath = (stateDir: string, port: number) =>
  path.join(stateDir, `api-token-${port}`);

/** Writes the token atomically (temp file + rename); answers the path, or why it failed. */
export async function writeApiTokenFile(
  stateDir: string,
  port: number,
  token: string,
): Promise<{ ok: true; file: string } | { ok: false; reason: string }> {
  const file = apiTokenFilePath(stateDir, port);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(stateDir, { recursive: true, mode: 0o700 });
    await writeFile(temporary, `${token}\n`, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, file);
    return { ok: true, file };
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? 'unknown error' };
  }
}
