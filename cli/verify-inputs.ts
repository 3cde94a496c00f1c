// What the command checks before any call to Gong: the configuration, read as `npm start`
// reads it (environment and .env), the upload file, and where the outputs go.
import { type FileHandle, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Config, loadDotEnv, parseConfig } from '../proxy/config';
import type { VerifyArgs } from './verify-args';

// Settings of the server that the command does not use (it listens nowhere): a HOST meant for
// `npm start` in the same .env must not stop a verification.
const SERVER_ONLY = ['HOST', 'PORT', 'ALLOW_REMOTE_HOST', 'CRM_INSPECTOR_TOKEN'];

/** `env` is the process's environment: loadDotEnv adds .env's settings to it, as npm start does. */
export function readConfig(
  env: NodeJS.ProcessEnv,
  cwd: string,
): { config?: Config; errors: string[] } {
  const problem = loadDotEnv(path.join(cwd, '.env'));
  if (problem !== undefined) return { errors: [problem] };
  const relevant = { ...env };
  for (const name of SERVER_ONLY) delete relevant[name];
  const result = parseConfig(relevant);
  return result.ok ? { config: result.config, errors: [] } : { errors: result.errors };
}

/** The file opened, or why not; the output paths checked: all before any call to Gong. */
export async function openFile(
  args: VerifyArgs,
): Promise<{ handle?: FileHandle; errors: string[] }> {
  const errors: string[] = [];
  for (const [flag, target] of [
    ['--report', args.report],
    ['--markdown', args.markdown],
  ] as const) {
    if (target === undefined) continue;
    if (target === args.file) errors.push(`${flag} would overwrite FILE itself`);
    if (flag === '--markdown' && target === args.report) {
      errors.push('--markdown and --report name the same file: one would overwrite the other');
    }
    const folder = path.dirname(target);
    const isFolder = await stat(folder).then(
      (found) => found.isDirectory(),
      () => false,
    );
    if (!isFolder) errors.push(`${flag}: the folder ${folder} does not exist`);
  }
  let handle: FileHandle | undefined;
  try {
    handle = await open(args.file, 'r');
    if (!(await handle.stat()).isFile()) {
      errors.push(`FILE ${args.file} is not a file`);
      await handle.close();
      handle = undefined;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'may not be read' : String(code);
    errors.push(`FILE ${args.file} ${reason}`);
  }
  if (errors.length > 0) {
    await handle?.close();
    return { errors };
  }
  return { handle, errors };
}
