import { type Answer, jsonAnswer, newRequestId } from './answers';
import { checkIntegrationId, checkObjectType, unknownIntegration } from './query-checks';
import { SAMPLE_SCHEMA } from './sample-schema';

/**
 * `GET /v2/crm/entity-schema`: the declared fields of one object type. Keys as in the spec's
 * example answer (`name`, nulls included), not as in its schema (`uniqueName`): unconfirmed.
 */
export function answerEntitySchema(query: URLSearchParams): Answer {
  const integrationId = checkIntegrationId(query);
  if (typeof integrationId !== 'string') return integrationId;
  const objectType = checkObjectType(query);
  if (typeof objectType !== 'string') return objectType;
  const unknown = unknownIntegration(integrationId);
  if (unknown) return unknown;
  const fields = JSON.stringify({ [objectType]: SAMPLE_SCHEMA[objectType] });
  return jsonAnswer(
    200,
    `{"requestId":"${newRequestId()}","objectTypeToSelectedFields":${fields}}`,
  );
}
