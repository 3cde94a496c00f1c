// Feature schema: the result checked against the integration's entity schema; imports web/model,
// web/diff, web/lib and proxy/contract.ts, never another feature.
import { useId } from 'react';
import { ApiError } from '../../lib/api/api-client';
import { missingScopeOf } from '../../lib/api/missing-scope';
import { Fold } from '../../lib/browser/fold';
import type { DeclaredField } from '../../lib/values/schema-check';
import { READ_SCHEMA_AGAIN } from './schema-query';
import { FLAG_SYMBOLS } from './schema-view';
import type { SchemaCheck } from './use-schema-check';
import './schema.css';

/**
 * What the schema check found beyond the grid's rows, or why there is no check: the page works
 * the same without it, so a failure is a quiet note rather than an alert.
 */
export function SchemaPanel({ check }: { check: SchemaCheck }) {
  const headingId = useId();
  const { applicable, notAsked, objectType, query, declared, report } = check;
  if (!applicable) return null;
  return (
    <section className="schema-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="schema-title">
        Entity schema
      </h2>
      <div className="schema-body" aria-live="polite">
        {notAsked && (
          <div className="schema-unavailable">
            <p>Not checked against the {objectType} schema: a file opens without calling Gong.</p>
            <button type="button" onClick={() => query.refetch()}>
              Read the schema
            </button>
          </div>
        )}
        {query.isPending && !notAsked && <p className="hint">Reading the {objectType} schema…</p>}
        {query.error && <SchemaUnavailable error={query.error} onRetry={() => query.refetch()} />}
        {declared && report && query.data && (
          <Fold
            className="schema-findings"
            summary={
              <>
                {declared.length} declared {declared.length === 1 ? 'field' : 'fields'}
                {report.uncarried.length > 0 && ` · ${report.uncarried.length} in no object`}
              </>
            }
          >
            <p>
              {objectType}: {declared.length} declared {declared.length === 1 ? 'field' : 'fields'}{' '}
              · Gong requestId <code>{query.data.requestId}</code>
            </p>
            <p className="schema-legend">
              <span>{FLAG_SYMBOLS.undeclared} not declared</span>
              <span>{FLAG_SYMBOLS.deleted} deleted in the schema</span>
              <span>{FLAG_SYMBOLS.missing} missing in some objects</span>
              <span>{FLAG_SYMBOLS.misfit} values that don't fit the declared type</span>
            </p>
            <UncarriedList fields={report.uncarried} />
          </Fold>
        )}
      </div>
    </section>
  );
}

function SchemaUnavailable({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const scope = missingScopeOf(error, 'api:crm:schema');
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div className="schema-unavailable" role="note" aria-label="Schema unavailable">
      <p>
        {scope ? (
          <>
            No schema checks: the app lacks the OAuth scope <code>{scope}</code> that Gong needs to
            read the entity schema. Everything else works without it.
          </>
        ) : (
          <>No schema checks: {error.message}</>
        )}
        {requestId && (
          <>
            {' '}
            (Gong requestId <code>{requestId}</code>)
          </>
        )}
      </p>
      <button type="button" onClick={onRetry}>
        {READ_SCHEMA_AGAIN}
      </button>
    </div>
  );
}

/** Declared fields none of the objects carries: they have no row in the grid to flag. */
function UncarriedList({ fields }: { fields: readonly DeclaredField[] }) {
  const headingId = useId();
  if (fields.length === 0) return null;
  return (
    <div className="schema-uncarried">
      <h3 id={headingId}>Declared, in no object ({fields.length})</h3>
      <ul aria-labelledby={headingId}>
        {fields.map((field) => (
          <li key={field.name}>
            <code>{field.name}</code> {field.label ? `${field.label} · ` : ''}
            {field.type}
            {field.isDeleted && ' (deleted in the schema)'}
          </li>
        ))}
      </ul>
    </div>
  );
}
