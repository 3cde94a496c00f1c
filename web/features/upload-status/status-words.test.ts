import { describe, expect, it } from 'vitest';
import { lineText, shownOfTotal, statusText } from './status-words';

describe('status words', () => {
  it('says what each documented status means, and shows a new one as it is', () => {
    expect(statusText('PENDING')).toBe('PENDING (waiting to be processed)');
    expect(statusText('IN_PROGRESS')).toBe('IN_PROGRESS (being processed)');
    expect(statusText('DONE')).toBe('DONE (processed)');
    expect(statusText('FAILED')).toBe('FAILED');
    expect(statusText('QUEUED_SOMEWHERE')).toBe('QUEUED_SOMEWHERE');
    expect(statusText('constructor')).toBe('constructor');
  });

  it('names line 0 as the whole file, as Gong reports a file it could not parse', () => {
    expect(lineText(0)).toBe('Whole file');
    expect(lineText(18)).toBe('Line 18');
  });

  it('notes when Gong listed fewer errors than it counted', () => {
    expect(shownOfTotal(20, 57)).toBe('Showing 20 of 57 errors: Gong lists only the first 20.');
    expect(shownOfTotal(3, 3)).toBeUndefined();
    expect(shownOfTotal(0, null)).toBeUndefined();
  });
});
