import { pickFile } from '../../lib/result-files/file-problems';
import type { ResultFileState } from '../../lib/result-files/use-result-file';
import './share.css';

/** "Open result JSON": a saved result, a bare Gong answer or a crmObjectsMap, shown with no call. */
export function OpenResult(props: { state: ResultFileState; onFile: (file: File) => void }) {
  const { state, onFile } = props;
  return (
    <div className="open-result">
      <label className="file-button">
        Open result JSON
        <input
          type="file"
          className="visually-hidden"
          accept=".json,application/json"
          onChange={pickFile(onFile)}
        />
      </label>
      <span className="open-hint">
        {state.status === 'reading'
          ? `Reading ${state.name}…`
          : 'or drop a saved result, a Gong answer or a crmObjectsMap on the page'}
      </span>
    </div>
  );
}

const KIND_TEXT = {
  envelope: 'a saved result',
  'gong-answer': "a Gong answer (it names no integration or type: the form's are assumed)",
  'objects-map': "a bare crmObjectsMap (it names no integration or type: the form's are assumed)",
} as const;

/** Says the grid shows a file, not Gong now: easy to forget after a while. */
export function OpenedNotice(props: {
  name: string;
  kind: keyof typeof KIND_TEXT;
  fetchedAt: string;
}) {
  const when = props.fetchedAt.replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
  return (
    <p className="notice notice-file" role="note" aria-label="Opened file">
      Showing <strong>{props.name}</strong>, {KIND_TEXT[props.kind]}, fetched {when}. No call to
      Gong was made; press Fetch to read what Gong holds now.
    </p>
  );
}
