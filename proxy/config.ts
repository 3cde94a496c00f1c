// The one place that reads the environment. Every bad variable is reported at once, so a user
// fixes their .env in one pass instead of one error per start.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { z } from 'zod';

/** Holds a credential so that printing, logging or serialising the config never shows it. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [inspect.custom](): string {
    return '[redacted]';
  }
}

export type Upstream = { mode: 'gong'; baseUrl: URL; authorization: Secret } | { mode: 'sandbox' };

export interface Config {
  host: string;
  port: number;
  upstream: Upstream;
  rateLimitPerSecond: number;
  /** Gong's calls a day for the company (GONG_DAILY_LIMIT), shared with its integrations. */
  dailyLimit: number;
  timeoutMs: number;
  /** What every /api call must send as X-CRM-Inspector-Token; not Gong's credential. */
  apiToken: string;
  /** Where the proxy keeps its own small files (the API token for curl, today's Gong calls). */
  stateDir: string;
}

/** A token shorter than this could be guessed by a page that tries many. */
export const MIN_API_TOKEN_LENGTH = 32;

export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];
export const isLoopbackHostname = (hostname: string) =>
  LOOPBACK_HOSTNAMES.includes(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname);

/** What an HTTP header may carry unquoted; a token with anything else cannot be sent at all. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

// A blank line such as `GONG_ACCESS_KEY=` in .env means "not set", not "the empty key".
const optional = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

function wholeNumber(range: { fallback: number; min: number; max: number; unit: string }) {
  return z.preprocess(
    (value) => (value === '' || value === undefined ? range.fallback : value),
    z.coerce
      .number({ error: `must be ${range.unit}` })
      .refine((n) => Number.isInteger(n) && n >= range.min && n <= range.max, {
        error: `must be ${range.unit} from ${range.min} to ${range.max}`,
      }),
  );
}

const envSchema = z.object({
  HOST: optional.transform((value) => value ?? '127.0.0.1'),
  PORT: wholeNumber({ fallback: 5174, min: 1, max: 65535, unit: 'a port number' }),
  ALLOW_REMOTE_HOST: optional.pipe(
    z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).optional(),
  ),
  GONG_BASE_URL: optional,
  GONG_ACCESS_KEY: optional,
  GONG_ACCESS_KEY_SECRET: optional,
  GONG_BEARER_TOKEN: optional,
  GONG_RATE_LIMIT: wholeNumber({
    fallback: 3,
    min: 1,
    max: 1000,
    unit: 'a whole number of calls per second',
  }),
  GONG_DAILY_LIMIT: wholeNumber({
    fallback: 10_000,
    min: 1,
    max: 100_000_000,
    unit: 'a whole number of calls a day',
  }),
  CRM_INSPECTOR_TOKEN: optional.pipe(
    z
      .string()
      .refine((token) => token.length >= MIN_API_TOKEN_LENGTH, {
        error: `must be at least ${MIN_API_TOKEN_LENGTH} characters`,
      })
      .refine((token) => VISIBLE_ASCII.test(token), {
        error: 'may hold only visible ASCII characters (it is sent as an HTTP header)',
      })
      .optional(),
  ),
  CRM_INSPECTOR_STATE_DIR: optional,
  XDG_STATE_HOME: optional,
  GONG_TIMEOUT_MS: wholeNumber({
    fallback: 30_000,
    min: 100,
    max: 600_000,
    unit: 'a whole number of milliseconds',
  }),
});

type Env = z.infer<typeof envSchema>;
type Strings = Pick<
  Env,
  | 'HOST'
  | 'ALLOW_REMOTE_HOST'
  | 'GONG_BASE_URL'
  | 'GONG_ACCESS_KEY'
  | 'GONG_ACCESS_KEY_SECRET'
  | 'GONG_BEARER_TOKEN'
>;

/** Checks across variables; run even when a single variable failed, to list every problem. */
function combinationProblems(env: Strings): string[] {
  const problems: string[] = [];
  const problem = (name: string, message: string) => problems.push(`${name}: ${message}`);
  if (!isLoopbackHostname(env.HOST) && !['true', '1'].includes(env.ALLOW_REMOTE_HOST ?? '')) {
    problem(
      'HOST',
      `${env.HOST} is not a loopback address: anyone who can reach it could use your Gong credential. Set ALLOW_REMOTE_HOST=true to allow it anyway`,
    );
  }
  if (env.GONG_BASE_URL !== undefined) {
    const urlProblem = checkBaseUrl(env.GONG_BASE_URL);
    if (urlProblem) problem('GONG_BASE_URL', urlProblem);
  }
  for (const name of ['GONG_ACCESS_KEY', 'GONG_ACCESS_KEY_SECRET', 'GONG_BEARER_TOKEN'] as const) {
    const value = env[name];
    // Never quoted back: the message must not show the credential, or a part of it.
    if (value !== undefined && !VISIBLE_ASCII.test(value)) {
      problem(
        name,
        'holds a space or a character outside visible ASCII (often an invisible one pasted along with it): Gong credentials never do',
      );
    }
  }
  const hasBasic = env.GONG_ACCESS_KEY !== undefined || env.GONG_ACCESS_KEY_SECRET !== undefined;
  if (env.GONG_ACCESS_KEY === undefined && env.GONG_ACCESS_KEY_SECRET !== undefined) {
    problem('GONG_ACCESS_KEY', 'is missing: GONG_ACCESS_KEY_SECRET needs its key');
  }
  if (env.GONG_ACCESS_KEY !== undefined && env.GONG_ACCESS_KEY_SECRET === undefined) {
    problem('GONG_ACCESS_KEY_SECRET', 'is missing: GONG_ACCESS_KEY needs its secret');
  }
  if (hasBasic && env.GONG_BEARER_TOKEN !== undefined) {
    problem(
      'GONG_BEARER_TOKEN',
      'is set together with GONG_ACCESS_KEY/GONG_ACCESS_KEY_SECRET: use one kind of credential',
    );
  }
  if (!hasBasic && env.GONG_BEARER_TOKEN === undefined && env.GONG_BASE_URL !== undefined) {
    problem(
      'GONG_BASE_URL',
      'is set but no credential is: set GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET, or GONG_BEARER_TOKEN (or unset GONG_BASE_URL for the sandbox)',
    );
  }
  return problems;
}

function checkBaseUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // Not quoted back: a value pasted into the wrong variable may be a credential.
    return 'is not a URL (expected e.g. https://us-49467.api.gong.io)';
  }
  if (url.username || url.password) return 'must not hold a user name or password';
  if (url.pathname !== '/' || url.search || url.hash) {
    return 'must be the host only, e.g. https://us-49467.api.gong.io (no path, query or fragment)';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHostname(url.hostname)) return undefined;
  return 'must use https:// (http:// is allowed only for loopback test servers)';
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const blankless = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== ''),
  ) as Record<string, string | undefined>;
  const errors = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...combinationProblems({
      HOST: blankless.HOST ?? '127.0.0.1',
      ALLOW_REMOTE_HOST: blankless.ALLOW_REMOTE_HOST as Env['ALLOW_REMOTE_HOST'],
      GONG_BASE_URL: blankless.GONG_BASE_URL,
      GONG_ACCESS_KEY: blankless.GONG_ACCESS_KEY,
      GONG_ACCESS_KEY_SECRET: blankless.GONG_ACCESS_KEY_SECRET,
      GONG_BEARER_TOKEN: blankless.GONG_BEARER_TOKEN,
    }),
  ];
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const vars = parsed.data;
  return {
    ok: true,
    config: {
      host: vars.HOST,
      port: vars.PORT,
      upstream: upstreamOf(vars),
      rateLimitPerSecond: vars.GONG_RATE_LIMIT,
      dailyLimit: vars.GONG_DAILY_LIMIT,
      timeoutMs: vars.GONG_TIMEOUT_MS,
      apiToken: vars.CRM_INSPECTOR_TOKEN ?? randomBytes(32).toString('base64url'),
      stateDir: stateDirOf(vars),
    },
  };
}

function stateDirOf(vars: Env): string {
  if (vars.CRM_INSPECTOR_STATE_DIR !== undefined) return path.resolve(vars.CRM_INSPECTOR_STATE_DIR);
  const base = vars.XDG_STATE_HOME ?? path.join(homedir(), '.local', 'state');
  return path.join(base, 'crm-inspector');
}

function upstreamOf(vars: Env): Upstream {
  const baseUrl = new URL(vars.GONG_BASE_URL ?? 'https://api.gong.io');
  if (vars.GONG_ACCESS_KEY !== undefined && vars.GONG_ACCESS_KEY_SECRET !== undefined) {
    const pair = Buffer.from(`${vars.GONG_ACCESS_KEY}:${vars.GONG_ACCESS_KEY_SECRET}`).toString(
      'base64',
    );
    return { mode: 'gong', baseUrl, authorization: new Secret(`Basic ${pair}`) };
  }
  if (vars.GONG_BEARER_TOKEN !== undefined) {
    return {
      mode: 'gong',
      baseUrl,
      authorization: new Secret(`Bearer ${vars.GONG_BEARER_TOKEN}`),
    };
  }
  return { mode: 'sandbox' };
}

/**
 * Loads `.env` into the process environment when present (real environment variables win).
 * Returns the problem when it cannot be read.
 */
export function loadDotEnv(envFile = '.env'): string | undefined {
  if (!existsSync(envFile)) return undefined;
  try {
    process.loadEnvFile(envFile);
    return undefined;
  } catch (error) {
    return `${envFile}: could not be read (${String(error)})`;
  }
}

/** Reads `.env` (when present; real environment variables win) and the process environment. */
export function readConfigFromProcess(envFile = '.env'): ConfigResult {
  const problem = loadDotEnv(envFile);
  if (problem !== undefined) return { ok: false, errors: [problem] };
  return parseConfig(process.env);
}
