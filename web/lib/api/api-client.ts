// Room web/lib/api: the proxy's routes as typed calls that throw ApiError; imports web/lib/json
// and proxy/contract.ts.
// The page's only door to the proxy. Every non-OK answer becomes an ApiError, so views narrow
// with instanceof and always have a plain-words message to show.
import {
  API_TOKEN_HEADER,
  API_TOKEN_META,
  ATTEMPTS_HEADER,
  type ConfigResponse,
  configResponseSchema,
  type EntitiesRequest,
  entitiesResponseSchema,
  errorBodySchema,
} from '../../../proxy/contract';
import type { CrmFields, JsonValue } from '../json/json-value';
import { parseLossless } from '../json/lossless-json';

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status from the proxy; 0 when the proxy itself could not be reached. */
    readonly status: number,
    /** Gong's or the proxy's own error lines, verbatim. */
    readonly errors: readonly string[] = [],
    readonly requestId?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface EntitiesAnswer {
  requestId: string;
  crmObjectsMap: Readonly<Record<string, CrmFields | null>>;
  attempts: number;
}

export async function postEntities(
  request: EntitiesRequest,
  signal?: AbortSignal,
): Promise<EntitiesAnswer> {
  const response = await send('/api/crm/entities', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal,
  });
  const text = await response.text();
  if (!response.ok) throw errorFrom(response, text);
  // Parsed losslessly: Gong's values above 2^53 must reach the grid as sent.
  let json: JsonValue;
  try {
    json = parseLossless(text);
  } catch (error) {
    throw new ApiError(`The proxy's answer is not JSON (${(error as Error).message})`, 502);
  }
  // Validate only: the parsed copy zod would return could rebuild `__proto__` keys unsafely.
  if (!entitiesResponseSchema.safeParse(json).success) {
    throw new ApiError('The answer is not the shape Gong documents', 502);
  }
  const answer = json as unknown as Omit<EntitiesAnswer, 'attempts'>;
  return { ...answer, attempts: Number(response.headers.get(ATTEMPTS_HEADER) ?? 1) };
}

/**
 * A GET to one of the proxy's read routes, parsed losslessly: Gong writes int64 ids as bare JSON
 * numbers. `wording.scope` is the OAuth scope Gong wants for the call, named when access is
 * denied; `wording.retryAction` names the caller's own control that asks again.
 */
export async function getJson(
  path: string,
  wording: { scope: string; retryAction?: string },
  signal?: AbortSignal,
): Promise<JsonValue> {
  const response = await send(path, { signal });
  const text = await response.text();
  if (!response.ok) throw errorFrom(response, text, wording);
  try {
    return parseLossless(text);
  } catch (error) {
    throw new ApiError(`The proxy's answer is not JSON (${(error as Error).message})`, 502);
  }
}

/** Sandbox mode only: the sample upload file (LDJSON) of a type, for Try a sample upload. */
export async function getSampleUpload(objectType: string, signal?: AbortSignal): Promise<string> {
  const search = new URLSearchParams({ objectType });
  const response = await send(`/api/sandbox/upload-sample?${search}`, { signal });
  const text = await response.text();
  if (!response.ok) throw errorFrom(response, text);
  return text;
}

export async function getConfig(signal?: AbortSignal): Promise<ConfigResponse> {
  const response = await send('/api/config', { signal });
  const text = await response.text();
  if (!response.ok) throw errorFrom(response, text);
  const parsed = configResponseSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new ApiError('The proxy sent a configuration this page does not understand', 502);
  return parsed.data;
}

/** The token the server put in this page's HTML; absent only where no page is (unit tests). */
function apiToken(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLMetaElement>(`meta[name="${API_TOKEN_META}"]`)?.content;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = apiToken();
  if (token !== undefined) headers.set(API_TOKEN_HEADER, token);
  try {
    return await fetch(path, { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(
      'The proxy did not answer. Is `npm start` still running in your terminal?',
      0,
    );
  }
}

function errorFrom(
  response: Response,
  text: string,
  wording: Pick<Wording, 'scope' | 'retryAction'> = {},
): ApiError {
  // The proxy answers every failure in the contract's error shape; anything else (a page from
  // something between, a cut-off body) is shown as its first lines.
  const body = errorBodySchema.safeParse(parseOrUndefined(text));
  const errors = body.success ? body.data.errors : [text.slice(0, 300)];
  const requestId = body.success ? body.data.requestId : undefined;
  const retryAfter = Number(response.headers.get('retry-after'));
  // The proxy's own 503 (its queue is full) comes before any call to Gong; other 503s are Gong's.
  const calledGong = response.headers.get(ATTEMPTS_HEADER) !== '0';
  return new ApiError(
    explain(response.status, errors, { ...wording, retryAfter, calledGong }),
    response.status,
    errors,
    requestId,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The fetch run's button that asks Gong again for what failed. */
const RETRY_FAILED = 'Retry failed';

export interface Wording {
  /** Seconds Gong asked to wait (Retry-After); 0 when it named none. */
  retryAfter?: number;
  /** The OAuth scope the call needs, named when Gong denies access. */
  scope?: string;
  /** False for the proxy's own 503 (its queue is full), which comes before any call to Gong. */
  calledGong?: boolean;
  /** The name of the control that asks again where the message is shown, e.g. "Check status". */
  retryAction?: string;
}

/** What happened and what to do, in plain words. */
export function explain(
  status: number,
  errors: readonly string[],
  {
    retryAfter = 0,
    scope = 'api:crm:get-objects',
    calledGong = true,
    retryAction = RETRY_FAILED,
  }: Wording = {},
): string {
  const said = errors.length > 0 ? ` Gong said: ${errors.join('; ')}` : '';
  switch (true) {
    case status === 400:
      return `Gong refused the request.${said}`;
    case status === 401 || status === 403:
      return `Gong denied access: check the access key and secret (or token), and that the app has the OAuth scope ${scope}.${said}`;
    case status === 404:
      return `Gong found nothing there (404).${said}`;
    case status === 429:
      return `Gong's rate limit is used up: Gong asks to wait ${retryAfter > 0 ? formatSeconds(retryAfter) : 'a while'}, then use ${retryAction}.${said}`;
    case status === 502:
      return `No usable answer from Gong: ${errors.join('; ') || 'bad gateway'}. ${retryAction} may help.`;
    case status === 503 && !calledGong:
      return `Too busy: ${errors.join('; ') || 'service unavailable'}. ${retryAction} in a moment.`;
    case status === 504:
      return `Gong did not answer in time: ${errors.join('; ') || 'timeout'}. ${retryAction} may help.`;
    case status >= 500:
      return `Gong failed (${status}).${endSentence(said)} ${retryAction} may help.`;
    default:
      return `The call failed (${status}).${said}`;
  }
}

/** Gong's lines end without a full stop as often as with one; a sentence follows them here. */
const endSentence = (said: string) => (said === '' || /[.!?]$/.test(said) ? said : `${said}.`);

export function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
