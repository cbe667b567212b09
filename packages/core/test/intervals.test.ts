import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceInterval, wilsonInterval } from '../src/batch/intervals.js';

describe('wilsonInterval', () => {
  it('gives the textbook 95% interval of 50 in 100', () => {
    const { share, low, high } = wilsonInterval(50, 100);
    expect(share).toBe(0.5);
    expect(low).toBeCloseTo(0.4038, 4);
    expect(high).toBeCloseTo(0.5962, 4);
  });

  it('stays informative at 0 and at every run, where the normal interval collapses', () => {
    expect(wilsonInterval(0, 100)).toEqual({ share: 0, low: 0, high: expect.closeTo(0.037, 3) });
    expect(wilsonInterval(100, 100)).toEqual({ share: 1, low: expect.closeTo(0.963, 3), high: 1 });
  });

  it('always holds the share, within 0..1, and narrows as runs grow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (runs, p) => {
          const count = Math.round(p * runs);
          const { share, low, high } = wilsonInterval(count, runs);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(share);
          expect(high).toBeGreaterThanOrEqual(share);
          const wider = wilsonInterval(count, runs);
          const narrower = wilsonInterval(count * 4, runs * 4);
          expect(narrower.high - narrower.low).toBeLessThanOrEqual(wider.high - wider.low + 1e-12);
        },
      ),
    );
  });
});

describe('differenceInterval', () => {
  it('matches Newcombe’s worked example (56/70 against 48/80)', () => {
    const difference = differenceInterval(wilsonInterval(48, 80), wilsonInterval(56, 70));
    expect(difference.difference).toBeCloseTo(0.2, 10);
    expect(difference.low).toBeCloseTo(0.0524, 4);
    expect(difference.high).toBeCloseTo(0.3339, 4);
    expect(difference.significant).toBe(true);
  });

  it('finds no difference between equal shares', () => {
    const same = wilsonInterval(30, 100);
    expect(differenceInterval(same, same).significant).toBe(false);
  });
});
