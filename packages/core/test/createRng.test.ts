import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../src/index.js';

const take = (rng: Rng, count = 16) => Array.from({ length: count }, () => rng.next());

describe('createRng', () => {
  it('gives the same sequence for the same seed and stream', () => {
    expect(take(createRng(42, 7))).toEqual(take(createRng(42, 7)));
    expect(take(createRng(42))).toEqual(take(createRng(42, 0)));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(createRng(1, 0))).not.toEqual(take(createRng(2, 0)));
  });

  it('gives different sequences for different streams of one seed', () => {
    const streams = [0, 1, 2, 3].map((stream) => take(createRng(42, stream)));
    for (let a = 0; a < streams.length; a++) {
      for (let b = a + 1; b < streams.length; b++) expect(streams[a]).not.toEqual(streams[b]);
    }
  });

  it('does not confuse (seed, stream) with (stream, seed)', () => {
    expect(take(createRng(3, 5))).not.toEqual(take(createRng(5, 3)));
  });

  it('draws floats in [0, 1) that are not all alike', () => {
    const values = take(createRng(9), 2000);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(new Set(values).size).toBeGreaterThan(1990);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('accepts negative and large safe-integer seeds and streams, deterministically', () => {
    const seeds = [-1, -123_456_789, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 40 + 3];
    const sequences = seeds.map((seed) => take(createRng(seed, seed)));
    sequences.forEach((sequence, i) => {
      expect(sequence).toEqual(take(createRng(seeds[i]!, seeds[i]!)));
      for (const value of sequence) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
      }
    });
    expect(new Set(sequences.map((sequence) => sequence.join())).size).toBe(seeds.length);
  });

  it('tells apart seeds that differ only above 32 bits', () => {
    expect(take(createRng(2 ** 32 + 1))).not.toEqual(take(createRng(1)));
    expect(take(createRng(0, 2 ** 32))).not.toEqual(take(createRng(0, 0)));
  });

  it('keeps int(n) in [0, n) for every seed, stream and n', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.maxSafeInteger(),
        fc.integer({ min: 1, max: 1_000_000 }),
        (seed, stream, n) => {
          const rng = createRng(seed, stream);
          for (let i = 0; i < 20; i++) {
            const value = rng.int(n);
            if (!Number.isInteger(value) || value < 0 || value >= n) return false;
          }
          return true;
        },
      ),
    );
  });

  it('picks only items of the list and keeps between(min, max) in [min, max)', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.array(fc.string(), { minLength: 1, maxLength: 8 }),
        // Moderate ranges: far from where float rounding of min + x * width could reach max.
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (seed, items, min, width) => {
          const rng = createRng(seed);
          const value = rng.between(min, min + width);
          return items.includes(rng.pick(items)) && value >= min && value < min + width;
        },
      ),
    );
  });
});
