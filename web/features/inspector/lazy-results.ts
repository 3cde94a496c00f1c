// The result panels as lazy components over one shared import, so they arrive as one chunk.
// Keeping them out of the first load kept the page's first JavaScript under its 120 kB budget.
import { lazy } from 'react';

const load = () => import('./results-panels');

export const ResultsGrid = lazy(() => load().then((m) => ({ default: m.ResultsGrid })));
export const ShareBar = lazy(() => load().then((m) => ({ default: m.ShareBar })));
export const CompareBar = lazy(() => load().then((m) => ({ default: m.CompareBar })));
export const CompareStatus = lazy(() => load().then((m) => ({ default: m.CompareStatus })));
export const ExportButtons = lazy(() => load().then((m) => ({ default: m.ExportButtons })));
export const NotFoundList = lazy(() => load().then((m) => ({ default: m.NotFoundList })));
export const ReferencesPanel = lazy(() => load().then((m) => ({ default: m.ReferencesPanel })));
export const VisibilityPanel = lazy(() => load().then((m) => ({ default: m.VisibilityPanel })));
export const SchemaPanel = lazy(() => load().then((m) => ({ default: m.SchemaPanel })));

// Verify an upload: its panel (lint list, fields table, reports) in a chunk of its own.
const loadVerify = () => import('../verify/verify-panel');
export const VerifyPanel = lazy(() => loadVerify().then((m) => ({ default: m.VerifyPanel })));

/** Fetches the chunks once the page is idle, so the first result never waits for them. */
export function preloadResults(): void {
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  // A failed preload is said where the panels are needed (ResultsBoundary), not as an
  // unhandled rejection now.
  whenIdle(() => {
    void load().catch(() => undefined);
    void loadVerify().catch(() => undefined);
  });
}
