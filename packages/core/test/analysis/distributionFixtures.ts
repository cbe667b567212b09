import fc from 'fast-check';
import { expect } from 'vitest';
import type { Distribution } from '../../src/index.js';

const bound = fc.double({ min: -1e6, max: 1e6, noNaN: true });

/** Any valid distribution: finite bounds, low ≤ mode ≤ high, ties included. */
export const distributionArbitrary: fc.Arbitrary<Distribution> = fc
  .tuple(bound, bound, fc.double({ min: 0, max: 1, noNaN: true }))
  .chain(([x, y, at]) => {
    const low = Math.min(x, y);
    const high = Math.max(x, y);
    const mode = Math.min(high, Math.max(low, low + at * (high - low)));
    return fc.constantFrom<Distribution>(
      { kind: 'uniform', low, high },
      { kind: 'triangular', low, mode, high },
      { kind: 'pert', low, mode, high },
    );
  });

/** Expects every entry i of every point to lie in [low, high] of `distributions[i]`. */
export function expectWithinRanges(
  points: readonly ArrayLike<number>[],
  distributions: readonly Distribution[],
): void {
  for (const point of points) {
    expect(point).toHaveLength(distributions.length);
    distributions.forEach((d, i) => {
      expect(point[i]).toBeGreaterThanOrEqual(d.low);
      expect(point[i]).toBeLessThanOrEqual(d.high);
    });
  }
}
