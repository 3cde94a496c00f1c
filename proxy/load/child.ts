// The load runner puts the proxy and the stand-in Gong in processes of their own, so the 200
// clients do not share their event loop, and the proxy's memory figures are the proxy's alone.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildMessage {
  type: string;
  [key: string]: unknown;
}

export interface Child {
  /** The child's `ready` message. */
  ready: ChildMessage;
  /** Sends `{ type }` and resolves with the child's next message of that type. */
  ask: (type: string, timeoutMs?: number) => Promise<ChildMessage>;
  /** Every message of `type` the child sent unasked, e.g. memory samples. */
  received: (type: string) => ChildMessage[];
  /** Why the child ended on its own (a crash), or undefined while it runs or after stop(). */
  crash: () => string | undefined;
  stop: () => Promise<void>;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function startChild(entry: URL, options: object, startTimeoutMs = 20_000): Promise<Child> {
  const child: ChildProcess = fork(fileURLToPath(entry), [JSON.stringify(options)], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: ChildMessage[] = [];
  const waiters = new Map<string, (message: ChildMessage) => void>();
  let crash: string | undefined;
  let stopping = false;

  child.on('message', (message: ChildMessage) => {
    const waiter = waiters.get(message.type);
    if (waiter) {
      waiters.delete(message.type);
      waiter(message);
    } else {
      inbox.push(message);
    }
  });
  child.on('exit', (code, signal) => {
    if (!stopping) crash = `exited with ${signal ?? `code ${code}`}`;
  });

  const next = (type: string, timeoutMs: number) =>
    new Promise<ChildMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(type);
        reject(new Error(`no "${type}" from ${entry.pathname} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.set(type, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });

  return next('ready', startTimeoutMs).then((ready) => ({
    ready,
    ask: (type, timeoutMs = 10_000) => {
      const answer = next(type, timeoutMs);
      child.send({ type });
      return answer;
    },
    received: (type) => inbox.filter((message) => message.type === type),
    crash: () => crash,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  }));
}
