// Gong allows a company about 10,000 calls a day (GONG_DAILY_LIMIT), shared with its
// integrations, and sends no header saying how many are left. So the proxy counts what it sends,
// retries included, per UTC day, in a small JSON file under CRM_INSPECTOR_STATE_DIR that
// outlives restarts: `{"day":"2026-12-02","calls":123}`. Nothing else goes in it, never a
// credential. Writes are atomic (temp file + rename); a file that cannot be read is reported
// and replaced, never a reason to stop.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UsageResponse } from './contract';

/** The sandbox counts in a file of its own: its calls never reach Gong. */
export const usageFilePath = (stateDir: string, mode: 'gong' | 'sandbox') =>
  path.join(stateDir, mode === 'gong' ? 'gong-usage.json' : 'gong-usage-sandbox.json');

export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

export interface DailyUsageOptions {
  file: string;
  dailyLimit: number;
  log: (line: string) => void;
  now?: () => Date;
}

interface Stored {
  day: string;
  calls: number;
}

export class DailyUsage {
  readonly #options: DailyUsageOptions;
  readonly #now: () => Date;
  /** What the file held when last read or written. */
  #stored: Stored;
  /** Counted here since: added to the file's count on the next write. */
  #pending = 0;
  #writing: Promise<void> | undefined;

  private constructor(options: DailyUsageOptions, stored: Stored) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
    this.#stored = stored;
  }

  /** Reads the file (a missing one is a day with no calls yet). */
  static async open(options: DailyUsageOptions): Promise<DailyUsage> {
    const now = options.now ?? (() => new Date());
    const read = await readStored(options.file);
    const usage = new DailyUsage(options, read.ok ? read.stored : { day: utcDay(now()), calls: 0 });
    if (!read.ok && read.reason !== 'missing') {
      options.log(
        `the usage file ${options.file} could not be used (${read.reason}); counting today's Gong calls from 0 and replacing it`,
      );
      await usage.flush(true);
    }
    return usage;
  }

  /** One more request sent to Gong. */
  count(): void {
    this.#rollOver();
    this.#pending += 1;
    if (!this.#writing) void this.flush();
  }

  snapshot(): UsageResponse {
    this.#rollOver();
    return {
      day: this.#stored.day,
      calls: this.#stored.calls + this.#pending,
      dailyLimit: this.#options.dailyLimit,
    };
  }

  /**
   * Writes what was counted, one write at a time, until nothing is pending (or a write failed:
   * the count stays in memory, and the next call tries again).
   */
  async flush(force = false): Promise<void> {
    for (;;) {
      while (this.#writing) await this.#writing;
      if (this.#pending === 0 && !force) return;
      force = false;
      const writing = this.#write();
      this.#writing = writing.then(() => {});
      const written = await writing;
      this.#writing = undefined;
      if (!written) return;
    }
  }

  /** A new UTC day starts from 0: Gong's allowance is per day. */
  #rollOver(): void {
    const today = utcDay(this.#now());
    if (this.#stored.day === today) return;
    this.#stored = { day: today, calls: 0 };
    this.#pending = 0;
  }

  /**
   * Adds the pending calls to what the file holds now (another proxy on this machine, say on
   * another port, may have counted too: they spend the same allowance), then writes atomically.
   */
  async #write(): Promise<boolean> {
    const { file, log } = this.#options;
    const adding = this.#pending;
    const today = utcDay(this.#now());
    const read = await readStored(file);
    const base = read.ok && read.stored.day === today ? read.stored.calls : 0;
    const baseKnown = this.#stored.day === today ? this.#stored.calls : 0;
    const next = { day: today, calls: Math.max(base, baseKnown) + adding };
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(temporary, `${JSON.stringify(next)}\n`, { mode: 0o600 });
      await rename(temporary, file);
    } catch (error) {
      // Counting goes on in memory; the page still shows it.
      log(
        `the usage file ${file} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
      return false;
    }
    this.#stored = next;
    this.#pending = Math.max(0, this.#pending - adding);
    return true;
  }
}

type ReadResult = { ok: true; stored: Stored } | { ok: false; reason: string };

async function readStored(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'missing' : `unreadable: ${code}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const { day, calls } = (value ?? {}) as { day?: unknown; calls?: unknown };
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return { ok: false, reason: 'no "day" as YYYY-MM-DD' };
  }
  if (typeof calls !== 'number' || !Number.isSafeInteger(calls) || calls < 0) {
    return { ok: false, reason: 'no "calls" as a whole number' };
  }
  return { ok: true, stored: { day, calls } };
}
