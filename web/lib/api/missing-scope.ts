// Which OAuth scope Gong wanted when it refused a call. Gong names it in its 401
// ("You don't have permission to use 'api:crm:schema' in your app."); when it does not, the
// scope the call is documented to need is the best guess.
import { ApiError } from './api-client';

const PERMISSION = /permission to use '([^']+)'/i;

/** The scope the app lacks, or undefined when the failure is not about access. */
export function missingScopeOf(error: Error, documentedScope: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  for (const line of error.errors) {
    const scope = PERMISSION.exec(line)?.[1];
    if (scope) return scope;
  }
  return error.status === 401 || error.status === 403 ? documentedScope : undefined;
}
