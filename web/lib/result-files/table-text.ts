// The grid as text for spreadsheets (CSV) and for tickets and pull requests (Markdown). Values
// are data: CSV cells never run as formulas, Markdown cells never become markup. The cells come
// already written by the export rule (lib/values/export-text.ts); Markdown, read by people, also
// draws them by the display rule (lib/values/visible-text.ts).
import { hasLoneSurrogate } from '../../../proxy/crm-id-rules';
import { visibleText } from '../../lib/values/visible-text';

/** A cell's text, or the two texts of a value that changed from a baseline. */
export type TextCell = string | { readonly before: string; readonly after: string };

export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TextCell[])[];
}

const ARROW = ' → ';

// A cell starting with one of these runs as a formula in Excel, LibreOffice or Google Sheets
// (CSV injection). Plain numbers such as -42 are safe and stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

// Cells written by the export rule hold none (JSON spells them `\ud800`); a Blob would write
// U+FFFD for any that slipped through, so they are spelled the same way here.
const LONE_SURROGATE = /\p{Cs}/gu;
const spellLoneSurrogates = (text: string) =>
  hasLoneSurrogate(text)
    ? text.replace(LONE_SURROGATE, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`)
    : text;

function csvText(cellText: string): string {
  const text = spellLoneSurrogates(cellText);
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  // RFC 4180: quote cells holding a quote, a comma or a line break; double the quotes.
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const cellText = (cell: TextCell) =>
  typeof cell === 'string' ? cell : `${cell.before}${ARROW}${cell.after}`;

/** RFC 4180: CRLF line ends, one header line. */
export function toCsv(table: TextTable): string {
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvText(cellText(cell))).join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

// Backslash escapes for the punctuation that would start emphasis, code, links, HTML, a table
// cell or strikethrough; & stops entities such as &lt; from being decoded.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&]/g;
const LINE_FEED = /\n/g;
// HTML folds a run of spaces into one; visibleText already marks those at the edges.
const SPACE_RUN = / {2,}/g;

export function markdownText(text: string): string {
  // A line break would end the table row; <br> is the one tag GitHub keeps inside a cell. A
  // carriage return is drawn as ␍ by visibleText, so `\r\n` and `\n` stay apart.
  return visibleText(text, { lines: 'lines' })
    .replace(SPACE_RUN, (run) => '␣'.repeat(run.length))
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(LINE_FEED, '<br>');
}

function markdownCell(cell: TextCell): string {
  if (typeof cell === 'string') return markdownText(cell);
  return `~~${markdownText(cell.before)}~~${ARROW}${markdownText(cell.after)}`;
}

export function toMarkdown(table: TextTable): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    line(table.header.map(markdownText)),
    line(table.header.map(() => '---')),
    ...table.rows.map((row) => line(row.map(markdownCell))),
  ];
  return `${lines.join('\n')}\n`;
}
