// The two reads a verification makes, through the proxy's own call path (proxy/gong-call.ts:
// pacing, retries, the shape check): the entity schema once, for the lint, and the objects in
// calls of at most 100 ids. Gong's text quoted in a message is cut short, withheld when it
// echoes the credential, and escaped for the terminal.
import {
  entitiesResponseSchema,
  entitySchemaResponseSchema,
  errorBodySchema,
  MAX_IDS_PER_CALL,
  type ObjectType,
  type SchemaField,
} from '../proxy/contract';
import { type CallDeps, type CallOutcome, callGong } from '../proxy/gong-call';
import { logText } from '../proxy/log-text';
import { quoteUpstream } from '../proxy/redact';
import type { CrmFields } from '../web/lib/json/json-value';
import { parseLossless } from '../web/lib/json/lossless-json';

export interface GongReader {
  readonly deps: CallDeps;
  readonly timeoutMs: number;
  readonly integrationId: string;
  readonly objectType: ObjectType;
}

/** A call Gong did not answer well, after the retries. */
export interface GongFailure {
  readonly status: number;
  readonly requestId?: string;
  /** Gong's errors (or the proxy's words for what went wrong), safe to print. */
  readonly errors: readonly string[];
  readonly attempts: number;
  /** Gong's Retry-After on a 429 it asked to wait out longer than the retries wait. */
  readonly retryAfter?: string;
}

function failureOf(outcome: CallOutcome, secrets: readonly string[]): GongFailure {
  const text = typeof outcome.body === 'string' ? outcome.body : outcome.body.toString('utf8');
  let errors: string[] = [];
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    if (parsed.success) errors = parsed.data.errors;
  } catch {}
  return {
    status: outcome.status,
    ...(outcome.requestId !== undefined ? { requestId: logText(outcome.requestId) } : {}),
    errors: errors.map((error) => logText(quoteUpstream(error, secrets))),
    attempts: outcome.attempts,
    ...(outcome.retryAfter !== undefined
      ? { retryAfter: logText(quoteUpstream(outcome.retryAfter, secrets)) }
      : {}),
  };
}

const answerText = (body: Buffer | string) => {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

export type SchemaRead =
  | { readonly ok: true; readonly fields: readonly SchemaField[]; readonly requestId?: string }
  | { readonly ok: false; readonly failure: GongFailure };

/** The declared fields of the object type; Gong declaring none is an empty list. */
export async function readEntitySchema(reader: GongReader): Promise<SchemaRead> {
  const outcome = await callGong(
    reader.deps,
    {
      path: '/v2/crm/entity-schema',
      query: { integrationId: reader.integrationId, objectType: reader.objectType },
      timeoutMs: reader.timeoutMs,
    },
    entitySchemaResponseSchema,
  );
  if (outcome.status !== 200) {
    return { ok: false, failure: failureOf(outcome, reader.deps.secrets ?? []) };
  }
  const answer = entitySchemaResponseSchema.parse(JSON.parse(answerText(outcome.body)));
  return {
    ok: true,
    fields: answer.objectTypeToSelectedFields[reader.objectType] ?? [],
    ...(outcome.requestId !== undefined ? { requestId: outcome.requestId } : {}),
  };
}

export type ObjectsRead =
  | {
      readonly ok: true;
      /** Each id Gong mentioned: its fields, or null. Ids it left out are absent. */
      readonly stored: ReadonlyMap<string, CrmFields | null>;
      readonly requestId?: string;
    }
  | { readonly ok: false; readonly failure: GongFailure };

/** One call: at most 100 unique ids (Gong silently answers only the first 100 of more). */
export async function readObjects(
  reader: GongReader,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<ObjectsRead> {
  if (ids.length > MAX_IDS_PER_CALL) {
    throw new Error(`at most ${MAX_IDS_PER_CALL} ids per call, not ${ids.length}`);
  }
  const outcome = await callGong(
    reader.deps,
    {
      path: '/v2/crm/entities',
      query: { integrationId: reader.integrationId, objectType: reader.objectType },
      body: JSON.stringify(ids),
      timeoutMs: reader.timeoutMs,
      ...(signal ? { signal } : {}),
    },
    entitiesResponseSchema,
  );
  if (outcome.status !== 200) {
    return { ok: false, failure: failureOf(outcome, reader.deps.secrets ?? []) };
  }
  // Lossless: a stored 9007199254740993 must not compare equal to a sent 9007199254740992.
  const answer = parseLossless(answerText(outcome.body)) as {
    crmObjectsMap: Record<string, CrmFields | null>;
  };
  const asked = new Set(ids);
  const stored = new Map<string, CrmFields | null>();
  for (const [id, fields] of Object.entries(answer.crmObjectsMap)) {
    if (asked.has(id)) stored.set(id, fields);
  }
  return {
    ok: true,
    stored,
    ...(outcome.requestId !== undefined ? { requestId: outcome.requestId } : {}),
  };
}
