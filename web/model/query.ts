// Room web/model: the page's domain model shared by features, the query and the run (run.ts);
// imports web/lib and proxy/contract.ts only, never web/diff or a feature.
import type { ObjectType } from '../../proxy/contract';

/** What one fetch asks Gong for: the form's values, a link's, a history entry's or a file's. */
export interface CrmQuery {
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly ids: readonly string[];
}
