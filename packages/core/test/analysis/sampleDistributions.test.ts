import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, type Distribution, sampleDistributions } from '../../src/index.js';
import { distributionArbitrary, expectWithinRanges } from './distributionFixtures.js';

const ranges: Distribution[] = [
  { kind: 'uniform', low: 0, high: 1 },
  { kind: 'triangular', low: 1, mode: 2, high: 6 },
  { kind: 'pert', low: 0.1, mode: 0.3, high: 0.9 },
];

describe('sampleDistributions', () => {
  it('draws the same vector from the same (seed, stream), another from another stream', () => {
    expect(sampleDistributions(ranges, createRng(5, 9))).toEqual(
      sampleDistributions(ranges, createRng(5, 9)),
    );
    expect(sampleDistributions(ranges, createRng(5, 9))).not.toEqual(
      sampleDistributions(ranges, createRng(5, 10)),
    );
  });

  it('takes exactly one number from the stream per distribution', () => {
    const rng = createRng(3);
    sampleDistributions(ranges, rng);
    const fresh = createRng(3);
    for (let i = 0; i < ranges.length; i++) fresh.next();
    expect(rng.next()).toBe(fresh.next());
  });

  it('matches each distribution’s mean over many runs (within 5 standard errors)', () => {
    const runs = 20_000;
    const sums = new Float64Array(ranges.length);
    const squares = new Float64Array(ranges.length);
    for (let run = 0; run < runs; run++) {
      sampleDistributions(ranges, createRng(11, run)).forEach((value, i) => {
        sums[i]! += value;
        squares[i]! += value * value;
      });
    }
    const means = [0.5, (1 + 2 + 6) / 3, (0.1 + 4 * 0.3 + 0.9) / 6];
    means.forEach((mean, i) => {
      const sampleMean = sums[i]! / runs;
      const deviation = Math.sqrt(squares[i]! / runs - sampleMean ** 2);
      expect(Math.abs(sampleMean - mean)).toBeLessThan((5 * deviation) / Math.sqrt(runs));
    });
  });

  it('keeps every draw in its distribution’s [low, high]', () => {
    fc.assert(
      fc.property(fc.array(distributionArbitrary, { maxLength: 8 }), fc.integer(), (ds, seed) => {
        expectWithinRanges([sampleDistributions(ds, createRng(seed))], ds);
      }),
    );
  });
});
