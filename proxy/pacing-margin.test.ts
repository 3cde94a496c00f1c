import { describe, expect, it } from 'vitest';
import { DEFAULT_MARGIN, PacingMargin } from './pacing-margin';

describe('PacingMargin', () => {
  const settings = {
    initialMs: 150,
    minMs: 40,
    maxMs: 1000,
    widenMs: 100,
    narrowFactor: 0.5,
    stallMemoryMs: 2000,
  };

  it('starts wide enough for internet jitter (30–150 ms)', () => {
    expect(new PacingMargin().at(0)).toBe(DEFAULT_MARGIN.initialMs);
    expect(DEFAULT_MARGIN.initialMs).toBeGreaterThanOrEqual(150 - 30);
  });

  it('widens on each 429, up to the maximum', () => {
    const margin = new PacingMargin(settings);
    margin.refused();
    expect(margin.at(0)).toBe(250);
    for (let i = 0; i < 20; i++) margin.refused();
    expect(margin.at(0)).toBe(1000);
  });

  it('narrows by a share of what it holds above the minimum while calls go through', () => {
    const margin = new PacingMargin(settings);
    margin.answered();
    expect(margin.at(0)).toBe(95);
    for (let i = 0; i < 100; i++) margin.answered();
    expect(margin.at(0)).toBeCloseTo(40, 6);
    expect(margin.at(0)).toBeGreaterThanOrEqual(40);
  });

  it('covers a stall for a while, fading, and never narrows because of one', () => {
    const margin = new PacingMargin(settings);
    margin.stalled(300, 10_000);
    expect(margin.at(10_000)).toBe(340);
    expect(margin.at(11_000)).toBe(190);
    // A smaller stall does not shorten the bigger one's cover.
    margin.stalled(60, 11_000);
    expect(margin.at(11_000)).toBe(190);
    expect(margin.at(12_000)).toBe(150);
    expect(margin.learnedMs).toBe(150);
    margin.stalled(5000, 20_000);
    expect(margin.at(20_000)).toBe(1000);
  });
});
