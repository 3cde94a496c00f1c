// The exit status is the command's answer to a CI job: did the upload land as sent?
import { countBySeverity } from '../web/lib/upload-file/upload-problems';
import type { Verification } from './verify-upload';

export const EXIT_CLEAN = 0;
/** Something differs, is not in Gong, or the file has lint errors (or warnings, with --strict). */
export const EXIT_PROBLEMS = 1;
/** A usage or configuration error, or Gong could not be read after the retries. */
export const EXIT_ERROR = 2;

export function exitStatus(verification: Verification, strict: boolean): number {
  if (verification.failures.length > 0) return EXIT_ERROR;
  const { summary, problems } = verification.report;
  const { errors, warnings } = countBySeverity(problems);
  if (errors > 0 || (strict && warnings > 0)) return EXIT_PROBLEMS;
  if (summary.differ > 0 || summary.notInGong > 0 || summary.failed > 0) return EXIT_PROBLEMS;
  return EXIT_CLEAN;
}
