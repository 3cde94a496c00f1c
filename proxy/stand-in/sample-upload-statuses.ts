// What the sandbox's request status says about the sample uploads (sample-uploads.ts): Gong
// refused the line without objectId and the line of the object it never stored.
import { OBJECT_TYPES } from '../contract';
import {
  BAD_MODIFIED_DATE,
  MISSING_OBJECT_ID_LINE,
  NEVER_STORED_LINE,
  sampleUploadRequestId,
} from './sample-uploads';

/** Objects each sample file holds lines for: 27 lines, 2 refused. */
const SAMPLE_UPLOAD_LINES = 27;

export const SAMPLE_UPLOAD_STATUSES = Object.fromEntries(
  OBJECT_TYPES.map((objectType) => [
    sampleUploadRequestId(objectType),
    {
      status: 'FAILED' as const,
      errors: [
        {
          line: MISSING_OBJECT_ID_LINE,
          description: 'Mandatory field [objectId] is missing or empty',
        },
        {
          line: NEVER_STORED_LINE,
          description: `Field [modifiedDate] value [${BAD_MODIFIED_DATE}] is not a valid DATETIME`,
        },
      ],
      totalSuccessCount: SAMPLE_UPLOAD_LINES - 2,
    },
  ]),
);
