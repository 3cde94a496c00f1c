// Feature query-form: integration, object type and pasted ids, the Fetch button; imports
// web/model, web/lib and proxy/contract.ts, never another feature.
import { type ReactNode, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { integrationIdSchema, OBJECT_TYPES, type ObjectType } from '../../../proxy/contract';
import { otherTypeOf } from '../../lib/ids/id-type';
import { readPastedTable } from '../../lib/ids/pasted-table';
import type { CrmQuery } from '../../model/query';
import { IdsSummary } from './ids-summary';
import { PastePreview } from './paste-preview';

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
  // A spreadsheet paste sends one column; the person may pick another.
  // Kept with the text it was chosen for: a new paste (typed, linked or from History) reads afresh.
  const [chosen, setChosen] = useState<{ text: string; index: number }>();
  const column = chosen?.text === props.idsText ? chosen.index : undefined;
  const pasted = useMemo(() => readPastedTable(deferredText, column), [deferredText, column]);
  const parsed = pasted.parsed;
  const otherType = otherTypeOf(parsed.ids, props.objectType);
  const integrationError = integrationIdProblem(props.integrationId);
  const idsError = parsed.ids.length === 0 ? 'Paste at least one CRM id' : undefined;

  const idsBox = useRef<HTMLTextAreaElement>(null);
  const submit = (objectType = props.objectType) => {
    setSubmitted(true);
    // The form folds after a fetch: the one-line box then shows the first id, not a middle one.
    if (idsBox.current) idsBox.current.scrollTop = 0;
    const ids = readPastedTable(props.idsText, column).parsed;
    if (integrationError || ids.ids.length === 0 || props.busy) return;
    props.onFetch({
      integrationId: props.integrationId,
      objectType,
      ids: ids.ids,
    });
  };
  const fetchAs = (type: ObjectType) => {
    props.onObjectTypeChange(type);
    submit(type);
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
            ref={idsBox}
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
        <PastePreview
          table={pasted.table}
          onColumn={(index) => setChosen({ text: props.idsText, index })}
          otherType={otherType}
          onOtherType={fetchAs}
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
