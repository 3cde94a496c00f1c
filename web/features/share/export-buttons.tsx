import { useState } from 'react';
import type { GridView } from '../../diff/field-rows';
import type { GridChanges } from '../../diff/grid-changes';
import { copyMessage, copyToClipboard } from '../../lib/browser/clipboard';
import { downloadText } from '../../lib/browser/download';
import { OutletStatus } from '../../lib/browser/status-outlet';
import { toCsv, toMarkdown } from '../../lib/result-files/table-text';
import { resultFileName } from '../../lib/result-files/write-result';
import type { Run } from '../../model/run';
import { gridTextTable, transposeTextTable } from './grid-text-table';

export interface ExportButtonsProps {
  view: GridView;
  run: Run;
  changes?: GridChanges | undefined;
}

/** The grid as it is filtered now, as CSV for spreadsheets or Markdown for tickets and PRs. */
export function ExportButtons({ view, run, changes }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const table = () => {
    const byField = gridTextTable(view.found, view.rows, changes);
    return view.objectsAsRows ? transposeTextTable(byField) : byField;
  };
  const what = `${view.rows.length} ${view.rows.length === 1 ? 'field' : 'fields'} × ${view.found.length} ${view.found.length === 1 ? 'object' : 'objects'}`;
  const fileName = (extension: string) =>
    resultFileName(
      { ...run, fetchedAt: new Date(run.finishedAt ?? run.startedAt).toISOString() },
      extension,
    );

  const exportCsv = () => {
    const name = fileName('csv');
    // The byte-order mark makes Excel read the file as UTF-8 (accents, CJK, emoji).
    downloadText(name, `\uFEFF${toCsv(table())}`, 'text/csv;charset=utf-8');
    setStatus(`Downloaded ${name}: ${what}`);
  };
  const exportMarkdown = () => {
    const name = fileName('md');
    downloadText(name, toMarkdown(table()), 'text/markdown;charset=utf-8');
    setStatus(`Downloaded ${name}: ${what}`);
  };
  const copyMarkdown = async () => {
    setStatus(
      copyMessage(await copyToClipboard(toMarkdown(table())), `a Markdown table of ${what}`),
    );
  };

  return (
    <div className="export-bar">
      <button
        type="button"
        onClick={exportCsv}
        disabled={view.rows.length === 0}
        title="The fields and objects shown, as a spreadsheet"
      >
        Export CSV
      </button>
      <button
        type="button"
        onClick={exportMarkdown}
        disabled={view.rows.length === 0}
        title="The fields and objects shown, as a Markdown table for tickets and pull requests"
      >
        Export Markdown
      </button>
      <button type="button" onClick={copyMarkdown} disabled={view.rows.length === 0}>
        Copy Markdown
      </button>
      <OutletStatus className="export-status">{status}</OutletStatus>
    </div>
  );
}
