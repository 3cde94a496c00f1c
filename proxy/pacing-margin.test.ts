import { describe, expect, it } from 'vitest';
import { DEFAULT_MARGIN, PacingMargin } from './pacing-margin';

describe('PacingMargin', () => {
  const settings = { initialMs: 150, minMs: 40, maxMs: 1000, widenMs: 100, narrowMs: 2 };

  it('starts wide enough for internet jitter', () => {
    expect(new PacingMargin().ms).toBe(DEFAULT_MARGIN.initialMs);
    expect(DEFAULT_MARGIN.initialMs).toBeGreaterThanOrEqual(150);
  });

  it('widens on each 429, up to the maximum', () => {
    const margin = new PacingMargin(settings);
    margin.refused();
    expect(margin.ms).toBe(250);
    for (let i = 0; i < 20; i++) margin.refused();
    expect(margin.ms).toBe(1000);
  });

  it('narrows slowly while calls go through, down to the minimum', () => {
    const margin = new PacingMargin(settings);
    margin.answered();
    expect(margin.ms).toBe(148);
    for (let i = 0; i < 100; i++) margin.answered();
    expect(margin.ms).toBe(40);
  });

  it('widens to cover a stall, never narrowing because of one', () => {
    const margin = new PacingMargin(settings);
    margin.stalled(300);
    expect(margin.ms).toBe(340);
    margin.stalled(60);
    expect(margin.ms).toBe(340);
    margin.stalled(5000);
    expect(margin.ms).toBe(1000);
  });
});
