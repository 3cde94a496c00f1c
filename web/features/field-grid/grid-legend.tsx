import { Fold } from '../../lib/browser/fold';
import { ROW_MARKS } from './row-marks';

/** Every mark and shade of the grid in words. A disclosure: it is looked up, not read daily. */
export function GridLegend() {
  // At the end of its row: the panel opens leftwards, kept inside the window.
  return (
    <Fold className="fg-legend" summary="Legend" end>
      <dl className="fg-legend-list">
        {(['differs', 'varying', 'reference', 'changed'] as const).map((mark) => (
          <div key={mark}>
            <dt>
              <span className={`fg-mark fg-mark--${mark}`} aria-hidden="true">
                {ROW_MARKS[mark].symbol}
              </span>{' '}
              {ROW_MARKS[mark].label}
            </dt>
            <dd>{ROW_MARKS[mark].meaning}</dd>
          </div>
        ))}
        <div>
          <dt>
            <span className="fg-legend-swatch fg-legend-swatch--row" aria-hidden="true" /> tinted
            row
          </dt>
          <dd>one value is held by at least 80% of the objects, and some object holds another</dd>
        </div>
        <div>
          <dt>
            <span className="fg-legend-swatch fg-legend-swatch--cell" aria-hidden="true" /> shaded
            cell
          </dt>
          <dd>
            that outlier; with Compare to one object, a value other than the reference object's
          </dd>
        </div>
        <div>
          <dt>number after the field</dt>
          <dd>how many distinct values the objects hold (absent counts as one)</dd>
        </div>
        <div>
          <dt>
            <span className="fg-legend-swatch fg-legend-swatch--problem" aria-hidden="true" /> red
            corner
          </dt>
          <dd>the value does not fit the field's declared type (schema check)</dd>
        </div>
        <div>
          <dt>? † ∅ !</dt>
          <dd>
            field not declared in the schema · deleted in the schema · missing in some objects ·
            values that do not fit the declared type
          </dd>
        </div>
        <div>
          <dt>— striped cell</dt>
          <dd>the object has no such field</dd>
        </div>
      </dl>
    </Fold>
  );
}
