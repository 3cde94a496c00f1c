// Feature integration-picker: the Integration ID combobox over Gong's list; imports web/lib,
// never another feature.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { Integration } from '../../lib/api/crm-reads';
import { askForIntegrations, integrationsQuery } from './integrations-query';
import { matchIntegrations, suggestWhileTyping } from './match-integrations';
import { PickerHint } from './picker-hint';
import './integration-picker.css';

/** What the query form hands the input it draws for the integration id (its render prop). */
export interface IntegrationPickerProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy: string;
}

/**
 * The Integration ID input as a combobox (WAI-ARIA list autocomplete): the integrations Gong
 * lists drop down under it, and typing any id still works, also when the list cannot be read.
 * The list is asked for when first opened, not on page load: a page load then costs no call of
 * Gong's daily quota, and an app without the integrations scope gets no failure it did not ask for.
 * Opening it again after a failure asks again.
 */
export function IntegrationPicker(input: IntegrationPickerProps) {
  const client = useQueryClient();
  // Never fetched by itself: askForIntegrations is the one trigger, on opening the list.
  const query = useQuery({ ...integrationsQuery, enabled: false });
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const integrations = query.data?.integrations ?? [];
  const options = open ? matchIntegrations(integrations, input.value) : [];
  const shown = options.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;
  const openList = () => {
    void askForIntegrations(client);
    setOpen(true);
  };
  const tryAgain = () => {
    // Back in the field, where the list drops down and the arrow keys reach it.
    inputRef.current?.focus();
    openList();
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (integration: Integration) => {
    input.onChange(integration.integrationId);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matchIntegrations(integrations, input.value).length - 1;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openList();
      setActive(open ? Math.max(0, Math.min(active + 1, last)) : 0);
    } else if (event.key === 'ArrowUp' && shown) {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === 'Enter' && shown && options[active]) {
      // Picking, not submitting the form.
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="picker">
      <div className="picker-row">
        <input
          ref={inputRef}
          id={input.id}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          aria-invalid={input.invalid}
          aria-describedby={`${input.describedBy} ${hintId}`}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={input.value}
          onChange={(event) => {
            input.onChange(event.target.value);
            setOpen(suggestWhileTyping(integrations, event.target.value));
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <button
          type="button"
          className="picker-toggle"
          // The input keeps focus; the arrow keys reach the list from there.
          tabIndex={-1}
          aria-label="Show integrations"
          aria-expanded={shown}
          aria-controls={listId}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (shown ? close() : openList())}
        >
          ▾
        </button>
        <div
          id={listId}
          className="picker-list"
          role="listbox"
          aria-label="Integrations"
          hidden={!shown}
        >
          {options.map((integration, index) => (
            // Options are never focused: the input keeps focus and points at the active one
            // (aria-activedescendant), and its arrow keys and Enter do what a click does.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the input
            // biome-ignore lint/a11y/useFocusableInteractive: activedescendant pattern
            <div
              key={integration.integrationId}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'picker-option picker-option--active' : 'picker-option'}
              // Keeps focus in the input, so its blur does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(integration)}
            >
              <span className="picker-name">{integration.name || '(no name)'}</span>{' '}
              <span className="picker-email">{integration.ownerEmail}</span>{' '}
              <span className="picker-id">{integration.integrationId}</span>
            </div>
          ))}
        </div>
      </div>
      <PickerHint id={hintId} list={query} value={input.value} onTryAgain={tryAgain} />
    </div>
  );
}
