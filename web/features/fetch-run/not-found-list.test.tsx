import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { listedCount, MAX_LISTED_IDS, NotFoundList } from './not-found-list';

const someIds = (count: number) => Array.from({ length: count }, (_, i) => `id-${i}`);

function render(ids: readonly string[]) {
  const html = renderToStaticMarkup(<NotFoundList ids={ids} />);
  return {
    html,
    items: html.match(/<li>/g)?.length ?? 0,
    buttons: [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((match) => match[1]),
  };
}

describe('listedCount', () => {
  test('lists the first 200 until asked for all', () => {
    expect(listedCount(10, false)).toBe(10);
    expect(listedCount(1_000, false)).toBe(200);
    expect(listedCount(1_000, true)).toBe(1_000);
  });

  test('never lists more than MAX_LISTED_IDS, even when asked for all', () => {
    expect(listedCount(MAX_LISTED_IDS, true)).toBe(MAX_LISTED_IDS);
    expect(listedCount(100_000, true)).toBe(200);
  });
});

describe('NotFoundList', () => {
  test('nothing at all when every id was found', () => {
    expect(render([]).html).toBe('');
  });

  test('a short list is shown whole, under a heading that names it', () => {
    const { html, items, buttons } = render(someIds(10));
    expect(items).toBe(10);
    expect(buttons).toEqual(['Copy not-found ids']);
    expect(html).toContain('<summary>Not found ids (10)</summary>');
    const headingId = html.match(/<h2 id="([^"]+)"[^>]*>Not found \(10\)<\/h2>/)?.[1];
    expect(headingId).toBeDefined();
    expect(html).toContain(`<ul class="not-found-list" aria-labelledby="${headingId}">`);
  });

  test('a longer one offers to show all', () => {
    const { html, items, buttons } = render(someIds(500));
    expect(items).toBe(200);
    expect(html).toContain('300 more not listed.');
    expect(buttons).toEqual(['Show all 500', 'Copy not-found ids']);
  });

  test('100,000 ids: 200 listed, and the whole list offered for copying', () => {
    const { html, items, buttons } = render(someIds(100_000));
    expect(items).toBe(200);
    expect(html).toContain('99800 more not listed.');
    expect(buttons).toEqual(['Copy not-found ids']);
    expect(html).toContain('aria-live="polite"');
  });
});
