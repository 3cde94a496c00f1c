import { describe, expect, it } from 'vitest';
import { EDGE_MARGIN, panelLeft } from './fold-place';

describe('panelLeft', () => {
  const summary = { left: 300, right: 450 };

  it('opens under its summary, from its left edge', () => {
    expect(panelLeft(summary, 400, 1366, false)).toBe(300);
  });

  it('an end counter opens from its right edge', () => {
    expect(panelLeft(summary, 400, 1366, true)).toBe(50);
  });

  it('a panel that would pass the window on the right opens from the right edge instead', () => {
    expect(panelLeft({ left: 1000, right: 1150 }, 400, 1280, false)).toBe(750);
  });

  it('when neither edge fits, opens as near its summary as the window allows', () => {
    expect(panelLeft({ left: 500, right: 670 }, 784, 1280, false)).toBe(1280 - EDGE_MARGIN - 784);
    expect(panelLeft({ left: 100, right: 250 }, 900, 1280, true)).toBe(EDGE_MARGIN);
    expect(panelLeft({ left: 1200, right: 1276 }, 300, 1280, true)).toBe(1280 - EDGE_MARGIN - 300);
    expect(panelLeft({ left: 0, right: 60 }, 300, 1280, false)).toBe(EDGE_MARGIN);
  });

  it('a panel wider than the window starts at its left edge', () => {
    expect(panelLeft({ left: 700, right: 760 }, 1400, 1280, false)).toBe(EDGE_MARGIN);
  });
});
