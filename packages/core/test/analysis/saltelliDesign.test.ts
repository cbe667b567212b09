import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Distribution,
  MIN_BASE_SAMPLES,
  saltelliBaseSamples,
  saltelliDesign,
  ValidationError,
} from '../../src/index.js';
import { distributionArbitrary, expectWithinRanges } from './distributionFixtures.js';

const ranges: Distribution[] = [
  { kind: 'uniform', low: 0, high: 1 },
  { kind: 'triangular', low: -2, mode: 0, high: 1 },
  { kind: 'pert', low: 10, mode: 12, high: 20 },
];

describe('saltelliDesign', () => {
  it('gives N blocks of A_j, A_B^1_j … A_B^k_j, B_j, where A_B^i_j is A_j with parameter i from B_j', () => {
    const design = saltelliDesign(ranges, { baseSamples: 40, seed: 3 });
    const k = ranges.length;
    expect(design).toMatchObject({ parameters: k, baseSamples: 40 });
    expect(design.points).toHaveLength(40 * (k + 2));
    for (let j = 0; j < 40; j++) {
      const block = design.points.slice(j * (k + 2), (j + 1) * (k + 2));
      const [a, b] = [block[0]!, block[k + 1]!];
      for (let i = 0; i < k; i++) {
        const expected = a.slice();
        expected[i] = b[i]!;
        expect(block[1 + i]).toEqual(expected);
        expect(a[i]).not.toBe(b[i]); // A and B are drawn independently
      }
    }
  });

  it('is the same for the same seed, and its first N blocks are the design for N', () => {
    const small = saltelliDesign(ranges, { baseSamples: 32, seed: 8 });
    const large = saltelliDesign(ranges, { baseSamples: 64, seed: 8 });
    expect(saltelliDesign(ranges, { baseSamples: 32, seed: 8 })).toEqual(small);
    expect(large.points.slice(0, small.points.length)).toEqual(small.points);
    expect(saltelliDesign(ranges, { baseSamples: 32, seed: 9 }).points).not.toEqual(small.points);
  });

  it('keeps every point in its distributions’ [low, high]', () => {
    fc.assert(
      fc.property(
        fc.array(distributionArbitrary, { minLength: 1, maxLength: 5 }),
        fc.integer(),
        (ds, seed) => {
          expectWithinRanges(
            saltelliDesign(ds, { baseSamples: MIN_BASE_SAMPLES, seed }).points,
            ds,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('rejects too few base samples and no parameters, naming the field', () => {
    expect(() => saltelliDesign(ranges, { baseSamples: MIN_BASE_SAMPLES - 1, seed: 1 })).toThrow(
      `baseSamples: must be an integer of at least ${MIN_BASE_SAMPLES} (${MIN_BASE_SAMPLES * 5} runs for 3 parameters); got ${MIN_BASE_SAMPLES - 1}`,
    );
    expect(() => saltelliDesign(ranges, { baseSamples: 40.5, seed: 1 })).toThrow(ValidationError);
    expect(() => saltelliDesign([], { baseSamples: 64, seed: 1 })).toThrow(
      'parameters: needs at least one parameter; got 0',
    );
  });
});

describe('saltelliBaseSamples', () => {
  it('buys ⌊runs / (k + 2)⌋ base samples', () => {
    expect(saltelliBaseSamples(22 * 512, 20)).toBe(512);
    expect(saltelliBaseSamples(22 * 512 + 21, 20)).toBe(512);
  });

  it('says how many runs a Sobol analysis of k parameters needs when given too few', () => {
    expect(() => saltelliBaseSamples(500, 20)).toThrow(
      `runs: a Sobol analysis of 20 parameters needs at least ${MIN_BASE_SAMPLES * 22} runs (${MIN_BASE_SAMPLES} base samples × (20 + 2)); got 500`,
    );
    expect(() => saltelliBaseSamples(0, 3)).toThrow('runs: must be a positive integer; got 0');
  });
});
