import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { CellReference } from '../../diff/grid-marks';
import { ValueCell } from './value-cell';

const dangling: CellReference = {
  state: 'not-in-gong',
  to: 'ACCOUNT',
  id: '0015g00000GoneAAAR',
  text: '→ ACCOUNT 0015g00000GoneAAAR: not in Gong',
  openable: true,
};
const marks = {
  value: '0015g00000GoneAAAR',
  outlier: undefined,
  problem: 'not declared in the schema',
  reference: dangling,
  onOpenReference: () => {},
};
const place = { row: 3, col: 2, active: false, left: 200, width: 180 };

// One cell component in both orientations: the same marks, only its frame differs.
describe('ValueCell', () => {
  test('in the keyboard grid: a gridcell of one tab stop, its Open out of the tab order', () => {
    const html = renderToStaticMarkup(<ValueCell {...marks} {...place} />);
    expect(html).toMatch(/^<td role="gridcell"[^>]* data-row="3" data-col="2" tabindex="-1"/);
    expect(html).toContain('aria-label="not in Gong"');
    expect(html).toMatch(/<button type="button" class="fg-ref-open" tabindex="-1"/);
    expect(html).toContain('fg-cell--ref-not-in-gong');
    expect(html).toContain('fg-cell--problem');
  });

  test('with no place (objects as rows): a plain cell with the same marks, Open a tab stop', () => {
    const html = renderToStaticMarkup(<ValueCell {...marks} />);
    expect(html).toMatch(/^<td class="[^"]*fg-cell--ref-not-in-gong[^"]*fg-cell--problem"/);
    expect(html).not.toContain('gridcell');
    expect(html).not.toContain('tabindex');
    expect(html).not.toContain('transform');
    expect(html).toContain('aria-label="not in Gong"');
    expect(html).toContain('aria-description="not declared in the schema"');
    expect(html).toMatch(/title="[^"]*→ ACCOUNT 0015g00000GoneAAAR: not in Gong/);
    expect(html).toMatch(/<button type="button" class="fg-ref-open" title="Open ACCOUNT/);
  });

  test('objects as rows: its place there lets seeking focus it, still no tab stop of its own', () => {
    const html = renderToStaticMarkup(<ValueCell {...marks} tableRow={4} tableCol={7} />);
    expect(html).toMatch(/^<td [^>]*data-row="4" data-col="7" tabindex="-1"/);
    expect(html).not.toContain('gridcell');
    expect(html).toMatch(/<button type="button" class="fg-ref-open" title="Open ACCOUNT/);
  });

  test('a link in a value is a tab stop only outside the grid', () => {
    const link = { value: 'https://example.com/a', outlier: undefined };
    expect(renderToStaticMarkup(<ValueCell {...link} {...place} />)).toMatch(
      /<a href="https:\/\/example.com\/a"[^>]*tabindex="-1"/,
    );
    expect(renderToStaticMarkup(<ValueCell {...link} />)).toMatch(
      /<a href="https:\/\/example.com\/a" target="_blank" rel="noopener noreferrer">/,
    );
  });
});
