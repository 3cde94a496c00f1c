import { MAX_LISTED_LINE_ERRORS } from '../contract';
import { type Answer, errorAnswer, jsonAnswer, newRequestId } from './answers';
import { checkIntegrationId, checkRequired, unknownIntegration } from './query-checks';
import { SAMPLE_UPLOAD_STATUSES } from './sample-upload-statuses';

interface LineError {
  line: number;
  description: string;
}

interface UploadStatus {
  status: 'PENDING' | 'IN_PROGRESS' | 'DONE' | 'FAILED';
  /** Every error of the upload; Gong lists only the first MAX_LISTED_LINE_ERRORS. */
  errors: LineError[];
  totalSuccessCount: number;
}

const manyErrors = Array.from({ length: 57 }, (_, index) => ({
  line: 3 + index * 17,
  description: `Field [closeDate] value [${index + 1}/13/2025] is not a valid DATE`,
}));

/** The uploads the sandbox integration knows, by the clientRequestId they were sent with. */
export const SAMPLE_UPLOADS: Readonly<Record<string, UploadStatus>> = {
  'sample-done': { status: 'DONE', errors: [], totalSuccessCount: 1000 },
  'sample-pending': { status: 'PENDING', errors: [], totalSuccessCount: 0 },
  'sample-in-progress': { status: 'IN_PROGRESS', errors: [], totalSuccessCount: 412 },
  'sample-failed': {
    status: 'FAILED',
    errors: [
      { line: 12, description: 'Mandatory field [objectId] is missing or empty' },
      { line: 18, description: 'Field [closeDate] value [31/12/2025] is not a valid DATE' },
      { line: 240, description: 'Field [amount] value [7,000 USD] is not a valid CURRENCY' },
    ],
    totalSuccessCount: 997,
  },
  // Gong's documented form of a failure of the whole file: one error on line 0.
  'sample-failed-file': {
    status: 'FAILED',
    errors: [
      { line: 0, description: 'Failed to parse the file: expected one JSON object per line' },
    ],
    totalSuccessCount: 0,
  },
  'sample-failed-many': { status: 'FAILED', errors: manyErrors, totalSuccessCount: 943 },
  // The sample upload files' uploads (sample-uploads.ts), one per object type.
  ...SAMPLE_UPLOAD_STATUSES,
};

/** `GET /v2/crm/request-status`: where an earlier upload (POST /v2/crm/entities) stands. */
export function answerRequestStatus(query: URLSearchParams): Answer {
  const integrationId = checkIntegrationId(query);
  if (typeof integrationId !== 'string') return integrationId;
  const clientRequestId = checkRequired(query, 'clientRequestId');
  if (typeof clientRequestId !== 'string') return clientRequestId;
  const unknown = unknownIntegration(integrationId);
  if (unknown) return unknown;
  const upload = Object.hasOwn(SAMPLE_UPLOADS, clientRequestId)
    ? SAMPLE_UPLOADS[clientRequestId]
    : undefined;
  if (!upload) {
    // Unconfirmed: the spec documents only 400, 401, 429 and 500 here. 404 is a guess; the
    // proxy passes any Gong error status through, so the page must not depend on which.
    return errorAnswer(404, `No request found for clientRequestId '${clientRequestId}'`);
  }
  const body = {
    requestId: newRequestId(),
    status: upload.status,
    errors: upload.errors.slice(0, MAX_LISTED_LINE_ERRORS),
    totalErrorCount: upload.errors.length,
    totalSuccessCount: upload.totalSuccessCount,
  };
  return jsonAnswer(200, JSON.stringify(body));
}
