// The lint's problems, grouped by kind with counts, each group expandable to its lines.
import { useMemo } from 'react';
import type { UploadProblem } from '../../lib/upload-file/upload-problems';
import { countBySeverity, groupProblems } from '../../lib/upload-file/upload-problems';

/** Lines drawn per group; all of them are in the downloaded report. */
const LINES_SHOWN = 200;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Every problem of the file, grouped by kind with counts, each group expandable to its lines. */
export function ProblemList({ problems }: { problems: readonly UploadProblem[] }) {
  const groups = useMemo(() => groupProblems(problems), [problems]);
  const { errors, warnings } = countBySeverity(problems);
  if (groups.length === 0) {
    return <p className="verify-clean">No problems found in the file.</p>;
  }
  return (
    <section className="verify-problems" aria-label="Problems in the file">
      <h3>
        Problems in the file: {plural(errors, 'error')}, {plural(warnings, 'warning')}
      </h3>
      <ul className="verify-groups">
        {groups.map((group) => (
          <li key={group.kind} className={`verify-group verify-group--${group.severity}`}>
            <details>
              <summary>
                <span className="verify-severity">{group.severity}</span> {group.title}:{' '}
                <strong>{group.count}</strong>
              </summary>
              <ul className="verify-lines" aria-label={group.title}>
                {group.problems.slice(0, LINES_SHOWN).map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a line may hold two problems of a kind.
                  <li key={index}>
                    <strong>{item.line === 0 ? 'Whole file' : `Line ${item.line}`}</strong>
                    {item.objectId !== undefined && <code>{item.objectId}</code>}: {item.message}
                  </li>
                ))}
                {group.count > LINES_SHOWN && (
                  <li>… and {group.count - LINES_SHOWN} more (all of them are in the report)</li>
                )}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
