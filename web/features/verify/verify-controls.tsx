// Verify against Gong's button, the number of calls it will make, and the sample option.
import { useId, useState } from 'react';
import type { ObjectType } from '../../../proxy/contract';
import { callsFor } from './use-verify';

/** Past this many calls a sample is offered first: a large share of Gong's 10,000 a day. */
const SAMPLE_OFFER_CALLS = 100;
const DEFAULT_SAMPLE = 1000;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Verify against Gong, saying first how many calls it makes; optionally on a sample (random but
 * reproducible: the same file gives the same sample).
 */
export function VerifyControls(props: {
  objects: number;
  objectType: ObjectType;
  busy: boolean;
  onVerify: (sample: number | undefined) => void;
}) {
  const { objects, objectType, busy, onVerify } = props;
  const sampleId = useId();
  const sizeId = useId();
  const [sampling, setSampling] = useState(false);
  const [sizeText, setSizeText] = useState(String(Math.min(DEFAULT_SAMPLE, objects)));
  const size = Number(sizeText);
  const sizeValid = Number.isInteger(size) && size >= 1;
  const count = sampling && sizeValid ? Math.min(size, objects) : objects;
  const calls = callsFor(count);
  return (
    <div className="verify-controls">
      {callsFor(objects) > 1 && (
        <div className="verify-sample">
          <input
            id={sampleId}
            type="checkbox"
            checked={sampling}
            onChange={(event) => setSampling(event.target.checked)}
          />
          <label htmlFor={sampleId}>Verify a sample</label>
          {sampling && (
            <>
              <label htmlFor={sizeId}>Objects in the sample</label>
              <input
                id={sizeId}
                inputMode="numeric"
                value={sizeText}
                aria-invalid={!sizeValid}
                onChange={(event) => setSizeText(event.target.value.trim())}
              />
            </>
          )}
          {!sampling && callsFor(objects) > SAMPLE_OFFER_CALLS && (
            <span className="hint">
              A whole check spends {calls} of your company's daily Gong calls: a sample may do.
            </span>
          )}
        </div>
      )}
      <p className="verify-calls">
        {objects === 0
          ? 'No objectId in the file can be asked for.'
          : `Checks ${plural(count, 'object')} (${objectType}) in ${plural(calls, 'call')} of at most 100 ids.`}
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy || objects === 0 || (sampling && !sizeValid)}
        onClick={() => onVerify(sampling ? Math.min(size, objects) : undefined)}
      >
        Verify against Gong
      </button>
    </div>
  );
}
