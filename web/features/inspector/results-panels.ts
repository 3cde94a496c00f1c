// Everything that draws a result, in one chunk of its own (lazy-results.ts loads it): the grid
// with TanStack Table and Virtual, the schema check, and the share, compare and export tools.
// The page's first load is the query form; this chunk is fetched while the user pastes ids.
export { CompareBar, CompareStatus } from '../compare/compare-bar';
export { NotFoundList } from '../fetch-run/not-found-list';
export { ResultsGrid } from '../field-grid/results-grid';
export { ReferencesPanel } from '../references/references-panel';
export { VisibilityPanel } from '../references/visibility-panel';
export { SchemaPanel } from '../schema/schema-panel';
export { ExportButtons } from '../share/export-buttons';
export { ShareBar } from '../share/share-bar';
