import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaQuantileTable } from '../../src/analysis/betaQuantileTable.js';

/** Beta-PERT's shapes (λ = 4) with the mode at `at` of the way from low to high. */
const pertShape = (at: number): [number, number] => [1 + 4 * at, 1 + 4 * (1 - at)];

/** Probabilities across [0, 1], dense in the middle and reaching far into both tails. */
const probabilities = [
  ...Array.from({ length: 2_001 }, (_, i) => i / 2_000),
  ...Array.from({ length: 15 }, (_, j) => 10 ** -(j + 1)),
  ...Array.from({ length: 15 }, (_, j) => 1 - 10 ** -(j + 1)),
];

describe('betaQuantileTable', () => {
  it('stays within 3e-7 of the library’s exact quantile for beta-PERT’s shapes, and 1e-7 in p', () => {
    for (const at of [0, 0.02, 0.25, 0.5, 0.7, 0.97, 1]) {
      const [alpha, beta] = pertShape(at);
      const table = betaQuantileTable(alpha, beta);
      let [inner, tails, backward] = [0, 0, 0];
      for (const p of probabilities) {
        const x = table.quantile(p);
        const error = Math.abs(x - betaQuantile(p, alpha, beta));
        if (p >= 1e-9 && p <= 1 - 1e-9) inner = Math.max(inner, error);
        else tails = Math.max(tails, error);
        backward = Math.max(backward, Math.abs(betaCdf(x, alpha, beta) - p));
      }
      const shape = `Beta(${alpha}, ${beta})`;
      expect(inner, shape).toBeLessThan(3e-7);
      // Within 1e-9 of 0 or 1 the quantile is so steep that p's last bits move it by more.
      expect(tails, shape).toBeLessThan(1e-5);
      expect(backward, shape).toBeLessThan(1e-7);
    }
  });

  it('gives 0 at p = 0, 1 at p = 1, and NaN outside [0, 1]', () => {
    const table = betaQuantileTable(...pertShape(0.3));
    expect(table.quantile(0)).toBe(0);
    expect(table.quantile(1)).toBe(1);
    for (const p of [-1e-9, 1 + 1e-9, Number.NaN]) expect(table.quantile(p)).toBeNaN();
  });

  it('never decreases in p, for any beta-PERT shape', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (at, p, q) => {
          const table = betaQuantileTable(...pertShape(at));
          const [x, y] = [table.quantile(Math.min(p, q)), table.quantile(Math.max(p, q))];
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(1);
          expect(x).toBeLessThanOrEqual(y);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('is the same table for the same shapes, and refuses a shape below 1', () => {
    expect(betaQuantileTable(2, 4)).toBe(betaQuantileTable(2, 4));
    expect(() => betaQuantileTable(0.5, 2)).toThrow(RangeError);
    expect(() => betaQuantileTable(2, Number.NaN)).toThrow(/shapes of at least 1/);
  });
});
