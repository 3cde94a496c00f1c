import { MAX_IDS_PER_CALL, OBJECT_TYPES, type ObjectType } from '../contract';
import { type Answer, errorAnswer, jsonAnswer, newRequestId } from './answers';
import type { ObjectStore } from './object-store';
import { SANDBOX_INTEGRATION_ID } from './sample-data';

export interface EntitiesRequest {
  query: URLSearchParams;
  contentType: string | undefined;
  body: string;
}

/** Gong parses integrationId as a Java long; leading zeros don't change which one it is. */
function sameIntegration(digits: string): boolean {
  return digits.replace(/^0+(?=\d)/, '') === SANDBOX_INTEGRATION_ID;
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
  const integrationId = request.query.get('integrationId');
  if (integrationId === null) {
    return errorAnswer(400, "Required request parameter 'integrationId' is not present");
  }
  if (!/^\d{1,19}$/.test(integrationId) || BigInt(integrationId) > 9223372036854775807n) {
    return errorAnswer(400, `Invalid integrationId '${integrationId}': expected an int64`);
  }
  const objectType = request.query.get('objectType');
  if (!OBJECT_TYPES.includes(objectType as ObjectType)) {
    return errorAnswer(
      400,
      objectType === null
        ? "Required request parameter 'objectType' is not present"
        : `Invalid objectType '${objectType}': expected one of ${OBJECT_TYPES.join(', ')}`,
    );
  }
  const ids = parseIds(request.body);
  if (!ids) {
    return errorAnswer(400, 'Malformed request body: expected a JSON array of object ids');
  }
  if (!sameIntegration(integrationId)) {
    return errorAnswer(400, `Integration ${integrationId} was not found`);
  }
  // Gong's documented behaviour: past 100 ids the rest are dropped without any error.
  const answered = ids.slice(0, MAX_IDS_PER_CALL);
  const map = store.objectsMapText(objectType as ObjectType, answered);
  return jsonAnswer(200, `{"requestId":"${newRequestId()}","crmObjectsMap":${map}}`);
}
