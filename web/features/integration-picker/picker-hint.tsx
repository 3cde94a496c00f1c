import { useMediaQuery } from '../../lib/browser/use-media-query';
import { hintText, type ListState, listFailed } from './hint-text';
import { TRY_AGAIN } from './integrations-query';

/** The hint under the field, with a way to ask Gong again when the list could not be read. */
export function PickerHint(props: {
  id: string;
  list: ListState;
  value: string;
  onTryAgain: () => void;
}) {
  const { list } = props;
  const touch = useMediaQuery('(hover: none) and (pointer: coarse)');
  return (
    <div className="picker-hint-row">
      <p id={props.id} className="hint picker-hint" aria-live="polite">
        {hintText(list, props.value, touch)}
      </p>
      {listFailed(list) && (
        <button type="button" className="picker-try-again" onClick={props.onTryAgain}>
          {TRY_AGAIN}
        </button>
      )}
    </div>
  );
}
