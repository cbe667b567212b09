import fc from 'fast-check';
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
