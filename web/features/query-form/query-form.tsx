import { type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react';
import { integrationIdSchema, OBJECT_TYPES, type ObjectType } from '../../../proxy/contract';
import { parseIds } from '../../lib/ids/parse-ids';
import type { CrmQuery } from '../../model/query';
import { IdsSummary } from './ids-summary';

/** What the Integration ID input needs from the form, for a picker that draws its own input. */
export interface IntegrationInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy: string;
}

export interface QueryFormProps {
  integrationId: string;
  onIntegrationIdChange: (value: string) => void;
  objectType: ObjectType;
  onObjectTypeChange: (value: ObjectType) => void;
  idsText: string;
  onIdsTextChange: (value: string) => void;
  onFetch: (query: CrmQuery) => void;
  busy: boolean;
  /**
   * Once a result is on screen the form folds into one row, each field keeping its label; the
   * ids box shows one line and grows again on focus, over the page rather than pushing it.
   */
  compact?: boolean;
  /** Draws the Integration ID input, e.g. with Gong's integrations to pick from. */
  renderIntegrationInput?: (input: IntegrationInputProps) => ReactNode;
}

export function QueryForm(props: QueryFormProps) {
  const id = useId();
  const [submitted, setSubmitted] = useState(false);
  // Parsing 100,000 pasted ids takes tens of ms: keep typing responsive.
  const deferredText = useDeferredValue(props.idsText);
  const parsed = useMemo(() => parseIds(deferredText), [deferredText]);
  const integrationError = integrationIdProblem(props.integrationId);
  const idsError = parsed.ids.length === 0 ? 'Paste at least one CRM id' : undefined;

  const submit = () => {
    setSubmitted(true);
    const ids = parseIds(props.idsText);
    if (integrationError || ids.ids.length === 0 || props.busy) return;
    props.onFetch({
      integrationId: props.integrationId,
      objectType: props.objectType,
      ids: ids.ids,
    });
  };

  return (
    <form
      className={props.compact ? 'query-form query-form--compact' : 'query-form'}
      aria-label="Query"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-integration`}>Integration ID</label>
        {(props.renderIntegrationInput ?? PlainInput)({
          id: `${id}-integration`,
          value: props.integrationId,
          onChange: (value) => props.onIntegrationIdChange(value.trim()),
          invalid: submitted && integrationError !== undefined,
          describedBy: `${id}-integration-error`,
        })}
        <p id={`${id}-integration-error`} className="field-error">
          {submitted && integrationError}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>Object type</label>
        <select
          id={`${id}-type`}
          value={props.objectType}
          onChange={(event) => props.onObjectTypeChange(event.target.value as ObjectType)}
        >
          {OBJECT_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-ids">
        <label htmlFor={`${id}-ids`}>CRM IDs</label>
        <div className="ids-box">
          <textarea
            id={`${id}-ids`}
            rows={props.compact ? 1 : 5}
            // Folded to one line, the box shows its first id again when left.
            onBlur={(event) => {
              if (props.compact) event.currentTarget.scrollTop = 0;
            }}
            spellCheck={false}
            placeholder="One per line, or comma-, tab- or space-separated, CSV, or a JSON array"
            value={props.idsText}
            onChange={(event) => props.onIdsTextChange(event.target.value)}
            aria-invalid={submitted && idsError !== undefined}
            aria-describedby={`${id}-ids-summary`}
          />
        </div>
        <IdsSummary
          id={`${id}-ids-summary`}
          parsed={parsed}
          error={submitted ? idsError : undefined}
        />
      </div>
      <div className="form-actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button type="submit" className="primary" aria-disabled={props.busy}>
          Fetch
        </button>
        <span className="hint">Ctrl+Enter</span>
      </div>
    </form>
  );
}

function PlainInput(input: IntegrationInputProps) {
  return (
    <input
      id={input.id}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      value={input.value}
      onChange={(event) => input.onChange(event.target.value)}
      aria-invalid={input.invalid}
      aria-describedby={input.describedBy}
    />
  );
}

function integrationIdProblem(value: string): string | undefined {
  if (value === '') return 'Enter the integration ID (digits)';
  const result = integrationIdSchema.safeParse(value);
  return result.success ? undefined : `Integration ID ${result.error.issues[0]?.message}`;
}
