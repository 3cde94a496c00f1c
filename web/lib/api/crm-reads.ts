// Typed getters for the proxy's read routes beside /api/crm/entities: the integrations Gong
// lists, an object type's entity schema, and where an upload stands. Each throws ApiError.
import type { ZodMiniType } from 'zod/mini';
import {
  type EntitySchemaQuery,
  entitySchemaResponseSchema,
  integrationIdSchema,
  integrationsResponseSchema,
  type RequestStatusQuery,
  type RequestStatusResponse,
  requestStatusResponseSchema,
  type SchemaField,
} from '../../../proxy/contract';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { ApiError, getJson } from './api-client';

export interface Integration {
  /** Exact digits: Gong's int64 ids do not survive JavaScript numbers. */
  readonly integrationId: string;
  readonly name: string;
  readonly ownerEmail: string;
}

export interface IntegrationsAnswer {
  readonly requestId: string;
  readonly integrations: readonly Integration[];
}

export interface EntitySchemaAnswer {
  readonly requestId: string;
  /** The declared fields of the object type asked for; empty when Gong declares none. */
  readonly fields: readonly SchemaField[];
}

function checked<T>(json: unknown, schema: ZodMiniType<T>): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError('The answer is not the shape Gong documents', 502);
  return parsed.data;
}

const isRecord = (value: unknown): value is Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The lossless parse keeps a big id as JsonNumber; the contract wants its text. */
function idsAsText(json: JsonValue): unknown {
  if (!isRecord(json) || !Array.isArray(json.integrations)) return json;
  const integrations = json.integrations.map((entry) =>
    isRecord(entry) && entry.integrationId instanceof JsonNumber
      ? { ...entry, integrationId: entry.integrationId.source }
      : entry,
  );
  return { ...json, integrations };
}

/** `retryAction`, here and below: the caller's control that asks again, named in a failure. */
export async function getIntegrations(
  signal?: AbortSignal,
  retryAction?: string,
): Promise<IntegrationsAnswer> {
  const wording = { scope: 'api:crm:integrations:read', retryAction };
  const json = await getJson('/api/crm/integrations', wording, signal);
  const answer = checked(idsAsText(json), integrationsResponseSchema);
  const integrations: Integration[] = [];
  for (const entry of answer.integrations) {
    // Safe integers print back exactly; anything else that is not int64 digits is unusable.
    const integrationId = String(entry.integrationId);
    if (!integrationIdSchema.safeParse(integrationId).success) continue;
    integrations.push({
      integrationId,
      name: entry.name ?? '',
      ownerEmail: entry.ownerEmail ?? '',
    });
  }
  return { requestId: answer.requestId, integrations };
}

export async function getEntitySchema(
  query: EntitySchemaQuery,
  signal?: AbortSignal,
  retryAction?: string,
): Promise<EntitySchemaAnswer> {
  const search = new URLSearchParams({ ...query });
  const wording = { scope: 'api:crm:schema', retryAction };
  const json = await getJson(`/api/crm/entity-schema?${search}`, wording, signal);
  const answer = checked(json, entitySchemaResponseSchema);
  const selected = answer.objectTypeToSelectedFields;
  const fields = Object.hasOwn(selected, query.objectType) ? selected[query.objectType] : [];
  return { requestId: answer.requestId, fields: fields ?? [] };
}

/**
 * Whole numbers Gong may write as `1.0` or `1E2`, which the lossless parse keeps as JsonNumber,
 * as plain numbers for the schema; a count beyond 2^53 stays JsonNumber and is refused.
 */
function wholeNumbersAsNumbers(json: JsonValue): JsonValue {
  if (json instanceof JsonNumber) {
    const value = Number(json.source);
    return Number.isSafeInteger(value) ? value : json;
  }
  if (Array.isArray(json)) return json.map(wholeNumbersAsNumbers);
  if (!isRecord(json)) return json;
  const plain: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(json)) {
    Object.defineProperty(plain, key, {
      value: wholeNumbersAsNumbers(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return plain;
}

export async function getRequestStatus(
  query: RequestStatusQuery,
  signal?: AbortSignal,
  retryAction?: string,
): Promise<RequestStatusResponse> {
  const search = new URLSearchParams({ ...query });
  const wording = { scope: 'api:crm:upload', retryAction };
  const json = await getJson(`/api/crm/request-status?${search}`, wording, signal);
  return checked(wholeNumbersAsNumbers(json), requestStatusResponseSchema);
}
