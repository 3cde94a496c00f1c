// Choosing a result file, and saying why one was refused: shared by Open result JSON and
// Compare with….
import type { ChangeEvent } from 'react';

/** Calls `onFile` with the chosen file, then forgets it so the same file can be chosen again. */
export function pickFile(onFile: (file: File) => void) {
  return (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
}

/** Why a file was refused; what was on screen is still there. */
export function FileProblems(props: {
  name: string;
  problems: readonly string[];
  onDismiss: () => void;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        Could not open <strong>{props.name}</strong>. Nothing on the page was changed.
        <button type="button" onClick={props.onDismiss}>
          Dismiss
        </button>
      </p>
      <ul>
        {props.problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole.
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
