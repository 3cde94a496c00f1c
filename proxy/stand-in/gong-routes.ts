import { type Answer, errorAnswer, jsonAnswer, newRequestId } from './answers';
import { authProblem, type StandInAuth } from './auth';
import { answerEntities } from './entities';
import { answerEntitySchema } from './entity-schema';
import type { ObjectStore } from './object-store';
import type { RateWindow } from './rate-window';
import { answerRequestStatus } from './request-status';
import { SANDBOX_INTEGRATION_ID, SANDBOX_INTEGRATION_NAME } from './sample-data';

export interface GongRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
  receivedAt: number;
}

export interface GongContext {
  auth: StandInAuth;
  rateWindow: RateWindow;
  retryAfterSeconds: number;
  store: ObjectStore;
}

// The integration id is written as a bare JSON number beyond 2^53, as Gong does. One only:
// the spec says an account has one integration at a time.
const integrationsAnswer = () =>
  jsonAnswer(
    200,
    `{"requestId":"${newRequestId()}","integrations":[{"integrationId":${SANDBOX_INTEGRATION_ID},"ownerEmail":"sandbox-admin@northwind.example","name":${JSON.stringify(SANDBOX_INTEGRATION_NAME)}}]}`,
  );

const ROUTES = new Map<string, (request: GongRequest, context: GongContext) => Answer>([
  ['/v2/crm/entities', (request, context) => answerEntities(request, context.store)],
  ['/v2/crm/integrations', integrationsAnswer],
  ['/v2/crm/entity-schema', (request) => answerEntitySchema(request.query)],
  ['/v2/crm/request-status', (request) => answerRequestStatus(request.query)],
]);

/** Gong's read-only CRM calls. Anything else is a 404, in Gong's error shape. */
export function answerGong(request: GongRequest, context: GongContext): Answer {
  const route = ROUTES.get(request.path);
  if (!route) return errorAnswer(404, `No such endpoint: ${request.path}`);
  if (request.method !== 'GET') {
    return errorAnswer(405, `Method ${request.method} is not supported by the stand-in`, {
      allow: 'GET',
    });
  }
  const problem = authProblem(request.authorization, context.auth);
  if (problem) return errorAnswer(401, problem);
  if (!context.rateWindow.tryAdmit(request.receivedAt)) {
    return errorAnswer(429, 'API request limit exceeded', {
      'retry-after': String(context.retryAfterSeconds),
    });
  }
  return route(request, context);
}
