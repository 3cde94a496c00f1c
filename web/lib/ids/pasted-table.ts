// A paste from a spreadsheet: rows with the same number of tabs (or commas) on every line. Only
// the id column goes to Gong: never a header row, never a name column.
import { cutText } from '../values/cut-text';
import { type ParsedIds, parseIds } from './parse-ids';

export interface PastedColumn {
  /** The header cell, when the first row is a header. */
  readonly header: string | undefined;
  /** How many of its cells look like ids. */
  readonly idLike: number;
}

export interface PastedTable {
  readonly columns: readonly PastedColumn[];
  /** The first row names the columns, and is not sent. */
  readonly hasHeader: boolean;
  /** The column whose values are sent. */
  readonly idColumn: number;
  /** The first id sent, whole: the preview shows only its start. */
  readonly firstId: string | undefined;
  /** "246 ids (first: 0065…) · header 'Id' skipped · column 'Name' ignored" */
  readonly preview: string;
}

export interface PastedIds {
  readonly parsed: ParsedIds;
  /** Set when the paste was read as a table. */
  readonly table: PastedTable | undefined;
}

// "Id", "CRM ID", "objectId", "Opportunity ID", "Account_Id", "record id"…
const ID_HEADER = /(^|[\s_.-])id$|^id$|[a-z]Id$|^crm ?id$/i;
// Ids hold no spaces and have a digit or an @ (Salesforce ids, numbers, e-mail addresses);
// names and stages do not.
const ID_LIKE = /^(?=[^\s]*[\d@])[^\s,;"']{2,256}$/;

/** Splits one line on the delimiter, honouring double quotes as CSV and spreadsheets write them. */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function rowsOf(lines: readonly string[]): { delimiter: string; rows: string[][] } | undefined {
  for (const delimiter of ['\t', ',']) {
    const rows = lines.map((line) => splitLine(line, delimiter));
    const width = rows[0]?.length ?? 0;
    if (width >= 2 && rows.every((row) => row.length === width)) return { delimiter, rows };
  }
  return undefined;
}

const isIdLike = (cell: string) => ID_LIKE.test(cell);

function columnName(table: { columns: readonly PastedColumn[] }, index: number): string {
  const header = table.columns[index]?.header;
  return header ? `'${header}'` : `${index + 1}`;
}

/**
 * Reads a paste as a table when it is one: two or more lines, the same number of tabs (or
 * commas) on each, and something besides ids in it (a header row, or a column of names). A list
 * of ids four to a line stays a list of ids. `chosen` picks the id column by index.
 */
export function readPastedTable(text: string, chosen?: number): PastedIds {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const split = lines.length >= 2 ? rowsOf(lines) : undefined;
  if (!split) return { parsed: parseIds(text), table: undefined };
  const { rows } = split;
  const first = rows[0] as string[];
  const width = first.length;
  const body = (hasHeader: boolean) => (hasHeader ? rows.slice(1) : rows);
  const idLikeIn = (index: number, hasHeader: boolean) =>
    body(hasHeader).filter((row) => isIdLike(row[index] ?? '')).length;
  // A header names an id column, or every first-row cell is unlike the ids below it.
  const namesId = first.some((cell) => ID_HEADER.test(cell));
  const hasHeader =
    namesId ||
    first.every((cell, index) => !isIdLike(cell) && idLikeIn(index, true) > 0) ||
    first.every((cell) => !isIdLike(cell) && cell !== '');
  const counts = first.map((_, index) => idLikeIn(index, hasHeader));
  const dataRows = body(hasHeader).length;
  // Every column all ids and no header: a list of ids, several to a line.
  if (!hasHeader && counts.every((count) => count === dataRows)) {
    return { parsed: parseIds(text), table: undefined };
  }
  const columns = first.map((cell, index) => ({
    header: hasHeader ? cell : undefined,
    idLike: counts[index] ?? 0,
  }));
  const byHeader = hasHeader ? first.findIndex((cell) => ID_HEADER.test(cell)) : -1;
  let best = 0;
  for (let i = 1; i < width; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  const idColumn =
    chosen !== undefined && chosen >= 0 && chosen < width
      ? chosen
      : byHeader >= 0
        ? byHeader
        : best;
  const parsed = parseIds(
    body(hasHeader)
      .map((row) => row[idColumn] ?? '')
      .join('\n'),
  );
  const table = { columns, hasHeader, idColumn };
  return {
    parsed,
    table: { ...table, firstId: parsed.ids[0], preview: previewOf(table, parsed) },
  };
}

/**
 * Enough of an id to tell which column was taken (0065… a deal, 001… an account) in a line that
 * stays short; the whole id is the preview's title.
 */
const FIRST_ID_SHOWN = 4;
function startOf(id: string): string {
  return id.length > FIRST_ID_SHOWN + 1 ? `${cutText(id, FIRST_ID_SHOWN)}…` : id;
}

function previewOf(
  table: { columns: readonly PastedColumn[]; hasHeader: boolean; idColumn: number },
  parsed: ParsedIds,
): string {
  const count = parsed.ids.length;
  const firstId = parsed.ids[0];
  const parts = [
    `${count} ${count === 1 ? 'id' : 'ids'}${firstId ? ` (first: ${startOf(firstId)})` : ''}`,
  ];
  if (table.hasHeader) parts.push(`header ${columnName(table, table.idColumn)} skipped`);
  const ignored = table.columns
    .map((_, index) => index)
    .filter((index) => index !== table.idColumn)
    .map((index) => columnName(table, index));
  if (ignored.length > 0)
    parts.push(`${ignored.length === 1 ? 'column' : 'columns'} ${ignored.join(', ')} ignored`);
  return parts.join(' · ');
}

/** The choices for "another column": each column's header, or its number. */
export function columnLabels(table: PastedTable): string[] {
  return table.columns.map((column, index) =>
    column.header ? `${column.header} (column ${index + 1})` : `Column ${index + 1}`,
  );
}
