import { describe, expect, it } from 'vitest';
import { JsonNumber } from '../../lib/json/json-value';
import { cellView, DIFFERS_HINT, safeHref } from './cell-view';

describe('safeHref', () => {
  it('links http and https URLs', () => {
    expect(safeHref('https://crm.example.com/r/1?a=b#c')).toBe('https://crm.example.com/r/1?a=b#c');
    expect(safeHref('HTTP://example.com')).toBe('http://example.com/');
  });

  it('keeps every other scheme, and anything that is not only a URL, as text', () => {
    for (const text of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'mailto:a@example.com',
      'ftp://example.com',
      '//example.com',
      '/relative/path',
      ' https://example.com',
      'https://example.com and more',
      'see https://example.com',
      'https://',
      '',
    ]) {
      expect(safeHref(text), text).toBeUndefined();
    }
  });
});

describe('cellView', () => {
  it('makes null, "", false, 0 and an absent field look and read differently', () => {
    const views = [null, '', false, 0, undefined].map((value) => cellView(value, false));
    const looks = views.map((view) => `${view.className}|${view.text}`);
    expect(new Set(looks).size).toBe(views.length);
    const heard = views.map((view) => view.spoken ?? view.text);
    expect(new Set(heard).size).toBe(views.length);
  });

  it('tells the strings "null", "false" and "0" from the JSON values by their look', () => {
    for (const [text, value] of [
      ['null', null],
      ['false', false],
      ['0', 0],
    ] as const) {
      expect(cellView(text, false).className).not.toBe(cellView(value, false).className);
    }
  });

  it('labels the ambiguous kinds for screen readers and in the tooltip', () => {
    expect(cellView(undefined, false)).toMatchObject({
      kind: 'absent',
      text: '—',
      spoken: 'field absent',
      title: 'field absent',
    });
    expect(cellView(null, false)).toMatchObject({ text: 'null', spoken: 'null value' });
    expect(cellView('', false)).toMatchObject({ text: '""', spoken: 'empty string' });
    expect(cellView('null', false)).toMatchObject({ text: 'null', spoken: undefined });
  });

  it('shows numbers exactly as sent and structured values as compact JSON', () => {
    expect(cellView(new JsonNumber('9007199254740993'), false).text).toBe('9007199254740993');
    expect(cellView(['a', 1, null], false).text).toBe('["a",1,null]');
    expect(cellView({ b: 1, a: { c: true } }, false).text).toBe('{"b":1,"a":{"c":true}}');
  });

  it('keeps a cell on one line but shows where the line breaks and tabs are', () => {
    const view = cellView('one\r\ntwo\nthree\tfour\rfive', false);
    expect(view.text).toBe('one␍↵two↵three⇥four␍five');
    expect(view.title).toBe('one\r\ntwo\nthree\tfour\rfive');
  });

  it('shows a CRLF and an LF differently, so a change between them can be seen', () => {
    expect(cellView('a\r\nb', false).text).not.toBe(cellView('a\nb', false).text);
  });

  it('never cuts a long value or its tooltip inside a surrogate pair', () => {
    for (const length of [999, 9_999]) {
      const view = cellView(`${'a'.repeat(length)}😀tail`, false);
      expect(view.text).not.toMatch(/\p{Surrogate}/u);
      expect(view.title).not.toMatch(/\p{Surrogate}/u);
    }
  });

  it('clips a huge tooltip but not the value itself', () => {
    const long = 'x'.repeat(5000);
    const view = cellView(long, false);
    expect(view.text).toBe(long);
    expect(view.title.length).toBe(1001);
  });

  it('clips a value past 10,000 characters, which no cell is wide enough to show', () => {
    const view = cellView('x'.repeat(1024 * 1024), false);
    expect(view.text).toBe(`${'x'.repeat(10_000)}…`);
    expect(view.title).toBe(`${'x'.repeat(1000)}…`);
  });

  it('links only string values that are http(s) URLs', () => {
    expect(cellView('https://example.com/x', false).href).toBe('https://example.com/x');
    expect(cellView('javascript:alert(1)', false).href).toBeUndefined();
    expect(cellView(['https://example.com'], false).href).toBeUndefined();
  });

  it('classes cells by kind and marks the deviant ones', () => {
    expect(cellView(0, false).className).toBe('fg-cell fg-value fg-value--number');
    expect(cellView(true, true).className).toBe(
      'fg-cell fg-value fg-value--boolean fg-cell--deviant',
    );
    expect(DIFFERS_HINT).toMatch(/differs/);
  });
});
