// The 400s for the query parameters Gong's CRM reads share, in Gong's error shape.
import { OBJECT_TYPES, type ObjectType } from '../contract';
import { type Answer, errorAnswer } from './answers';
import { SANDBOX_INTEGRATION_ID } from './sample-data';

const missing = (name: string) =>
  errorAnswer(400, `Required request parameter '${name}' is not present`);

export function checkIntegrationId(query: URLSearchParams): string | Answer {
  const integrationId = query.get('integrationId');
  if (integrationId === null) return missing('integrationId');
  if (!/^\d{1,19}$/.test(integrationId) || BigInt(integrationId) > 9223372036854775807n) {
    return errorAnswer(400, `Invalid integrationId '${integrationId}': expected an int64`);
  }
  return integrationId;
}

/** Gong parses integrationId as a Java long; leading zeros don't change which one it is. */
export function unknownIntegration(digits: string): Answer | undefined {
  return digits.replace(/^0+(?=\d)/, '') === SANDBOX_INTEGRATION_ID
    ? undefined
    : errorAnswer(400, `Integration ${digits} was not found`);
}

export function checkObjectType(query: URLSearchParams): ObjectType | Answer {
  const objectType = query.get('objectType');
  if (objectType === null) return missing('objectType');
  if (!OBJECT_TYPES.includes(objectType as ObjectType)) {
    return errorAnswer(
      400,
      `Invalid objectType '${objectType}': expected one of ${OBJECT_TYPES.join(', ')}`,
    );
  }
  return objectType as ObjectType;
}

export function checkRequired(query: URLSearchParams, name: string): string | Answer {
  return query.get(name) ?? missing(name);
}
