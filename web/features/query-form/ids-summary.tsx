import { MAX_IDS_PER_CALL } from '../../../proxy/contract';
import type { ParsedIds } from '../../lib/ids/parse-ids';
import './ids-summary.css';

/** The live count under the ids box: what will be fetched, and what was dropped and why. */
export function IdsSummary(props: { id: string; parsed: ParsedIds; error?: string }) {
  const { parsed } = props;
  const count = parsed.ids.length;
  const calls = Math.ceil(count / MAX_IDS_PER_CALL);
  return (
    <div id={props.id} className="ids-summary" aria-live="polite">
      <p>
        {count} {count === 1 ? 'id' : 'ids'}
        {count > 0 && ` · ${calls} ${calls === 1 ? 'call' : 'calls'}`}
        {parsed.duplicates > 0 &&
          ` · ${parsed.duplicates} ${parsed.duplicates === 1 ? 'duplicate' : 'duplicates'} removed`}
      </p>
      {props.error && <p className="field-error">{props.error}</p>}
      {parsed.invalidCount > 0 && (
        <div className="field-error">
          <p>
            {parsed.invalidCount} invalid {parsed.invalidCount === 1 ? 'id' : 'ids'} will be
            skipped:
          </p>
          <ul>
            {parsed.invalid.map((item, index) => (
              // Shown values are cut to 80 characters, so two can read the same; the items hold
              // no state, so their position is key enough.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list only changes as a whole.
              <li key={index}>
                <code>{item.value}</code>: {item.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
