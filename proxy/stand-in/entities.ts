import { MAX_IDS_PER_CALL } from '../contract';
import { type Answer, errorAnswer, jsonAnswer, newRequestId } from './answers';
import type { ObjectStore } from './object-store';
import { checkIntegrationId, checkObjectType, unknownIntegration } from './query-checks';

export interface EntitiesRequest {
  query: URLSearchParams;
  contentType: string | undefined;
  body: string;
}

function parseIds(body: string): string[] | undefined {
  try {
    const ids: unknown = JSON.parse(body);
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : undefined;
  } catch {
    return undefined;
  }
}

/** `GET /v2/crm/entities`: the ids travel in the body of the GET, as Gong's prose says. */
export function answerEntities(request: EntitiesRequest, store: ObjectStore): Answer {
  const mediaType = request.contentType?.split(';')[0]?.trim().toLowerCase();
  if (request.body.length === 0 || mediaType !== 'application/json') {
    return errorAnswer(415, 'Unsupported Media Type');
  }
  const integrationId = checkIntegrationId(request.query);
  if (typeof integrationId !== 'string') return integrationId;
  const objectType = checkObjectType(request.query);
  if (typeof objectType !== 'string') return objectType;
  const ids = parseIds(request.body);
  if (!ids) {
    return errorAnswer(400, 'Malformed request body: expected a JSON array of object ids');
  }
  const unknown = unknownIntegration(integrationId);
  if (unknown) return unknown;
  // Gong's documented behaviour: past 100 ids the rest are dropped without any error.
  const answered = ids.slice(0, MAX_IDS_PER_CALL);
  const map = store.objectsMapText(objectType, answered);
  return jsonAnswer(200, `{"requestId":"${newRequestId()}","crmObjectsMap":${map}}`);
}
