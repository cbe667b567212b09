import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Distribution, distributionQuantile } from '../../src/index.js';
import { distributionArbitrary } from './distributionFixtures.js';

/** The mean as ∫₀¹ Q(p) dp, by the midpoint rule. */
const meanOf = (distribution: Distribution, steps = 20_000) => {
  let sum = 0;
  for (let s = 0; s < steps; s++) sum += distributionQuantile(distribution, (s + 0.5) / steps);
  return sum / steps;
};

describe('distributionQuantile', () => {
  it('maps p linearly onto [low, high] for a uniform distribution', () => {
    const uniform: Distribution = { kind: 'uniform', low: 2, high: 6 };
    expect(distributionQuantile(uniform, 0)).toBe(2);
    expect(distributionQuantile(uniform, 0.25)).toBe(3);
    expect(distributionQuantile(uniform, 1)).toBe(6);
  });

  it('inverts the triangular CDF, F(x) = (x − a)² / ((b − a)(c − a)) below the mode', () => {
    const triangular = { kind: 'triangular', low: 1, mode: 2, high: 5 } as const;
    const cdf = (x: number) => (x <= 2 ? (x - 1) ** 2 / (4 * 1) : 1 - (5 - x) ** 2 / (4 * 3));
    for (const p of [0, 0.01, 0.2, 0.25, 0.5, 0.9, 1]) {
      expect(cdf(distributionQuantile(triangular, p))).toBeCloseTo(p, 12);
    }
    expect(distributionQuantile(triangular, 0.25)).toBeCloseTo(2, 12); // F(mode) = 1/4
  });

  it('gives beta-PERT the closed form of Beta(1, 5) when the mode is at low, within its table’s error', () => {
    const pert = { kind: 'pert', low: 10, mode: 10, high: 20 } as const;
    for (const p of [0, 0.1, 0.5, 0.75, 0.99, 1]) {
      const exact = 10 + 10 * (1 - (1 - p) ** (1 / 5));
      expect(Math.abs(distributionQuantile(pert, p) - exact)).toBeLessThan(10 * 3e-7);
    }
  });

  it('puts the median of a symmetric beta-PERT at its mode', () => {
    expect(distributionQuantile({ kind: 'pert', low: -1, mode: 0, high: 1 }, 0.5)).toBeCloseTo(
      0,
      12,
    );
  });

  it('gives each distribution its textbook mean', () => {
    const [low, mode, high] = [0.1, 0.3, 0.9];
    expect(meanOf({ kind: 'uniform', low, high })).toBeCloseTo((low + high) / 2, 6);
    expect(meanOf({ kind: 'triangular', low, mode, high })).toBeCloseTo((low + mode + high) / 3, 6);
    expect(meanOf({ kind: 'pert', low, mode, high })).toBeCloseTo((low + 4 * mode + high) / 6, 6);
  });

  it('gives low for every p when low = high, and NaN for p outside [0, 1]', () => {
    const point: Distribution = { kind: 'pert', low: 3, mode: 3, high: 3 };
    expect([0, 0.5, 1].map((p) => distributionQuantile(point, p))).toEqual([3, 3, 3]);
    expect(distributionQuantile({ kind: 'uniform', low: 0, high: 1 }, 1.5)).toBeNaN();
    expect(distributionQuantile({ kind: 'uniform', low: 0, high: 1 }, -0.1)).toBeNaN();
    expect(distributionQuantile({ kind: 'uniform', low: 0, high: 1 }, Number.NaN)).toBeNaN();
  });

  it('stays in [low, high] and never decreases in p, for every distribution', () => {
    fc.assert(
      fc.property(
        distributionArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (distribution, p, q) => {
          const [x, y] = [
            distributionQuantile(distribution, p),
            distributionQuantile(distribution, q),
          ];
          for (const value of [x, y]) {
            expect(value).toBeGreaterThanOrEqual(distribution.low);
            expect(value).toBeLessThanOrEqual(distribution.high);
          }
          if (p <= q) expect(x).toBeLessThanOrEqual(y);
        },
      ),
    );
  });
});
