import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Distribution,
  type SobolIndices,
  saltelliDesign,
  sobolIndices,
  ValidationError,
} from '../../src/index.js';

// The Ishigami function on [−π, π]³ and its analytic indices (Ishigami & Homma 1990;
// Saltelli et al., Global Sensitivity Analysis: The Primer, 2008, §4.7).
const [a, b] = [7, 0.1];
const ishigami = (x: Float64Array) =>
  Math.sin(x[0]!) + a * Math.sin(x[1]!) ** 2 + b * x[2]! ** 4 * Math.sin(x[0]!);
const pi4 = Math.PI ** 4;
const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
const v2 = a ** 2 / 8;
const v13 = b ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
const variance = v1 + v2 + v13;
const analytic = {
  first: [v1 / variance, v2 / variance, 0],
  total: [(v1 + v13) / variance, v2 / variance, v13 / variance],
};
const range: Distribution = { kind: 'uniform', low: -Math.PI, high: Math.PI };
const ranges = [range, range, range];

const analyse = (baseSamples: number, seed: number, options: { confidence?: number } = {}) => {
  const design = saltelliDesign(ranges, { baseSamples, seed });
  return sobolIndices(design, design.points.map(ishigami), { seed, resamples: 300, ...options });
};

/** Which of the six analytic indices lie inside their bootstrap intervals. */
const covered = (result: SobolIndices) =>
  result.indices.flatMap((index, i) => [
    index.firstInterval[0] <= analytic.first[i]! && analytic.first[i]! <= index.firstInterval[1],
    index.totalInterval[0] <= analytic.total[i]! && analytic.total[i]! <= index.totalInterval[1],
  ]);

describe('sobolIndices', () => {
  it('knows the Ishigami function’s analytic indices (a = 7, b = 0.1)', () => {
    expect(analytic.first.map((s) => s.toFixed(3))).toEqual(['0.314', '0.442', '0.000']);
    expect(analytic.total.map((s) => s.toFixed(3))).toEqual(['0.558', '0.442', '0.244']);
  });

  it('recovers all six Ishigami indices within their 99% bootstrap intervals (N = 4096)', () => {
    const result = analyse(4096, 1, { confidence: 0.99 });
    expect(covered(result)).toEqual([true, true, true, true, true, true]);
    // …and the intervals are narrow enough to tell the three parameters apart.
    for (const index of result.indices) {
      expect(index.firstInterval[1] - index.firstInterval[0]).toBeLessThan(0.15);
      expect(index.totalInterval[1] - index.totalInterval[0]).toBeLessThan(0.15);
    }
    expect(result.variance).toBeCloseTo(variance, 0);
  });

  it('gives 95% intervals that hold the analytic Ishigami indices about 95% of the time', () => {
    // 20 independent analyses × 6 indices: a calibrated interval misses about 6 of 120; an
    // interval too narrow or biased misses far more.
    const hits = Array.from({ length: 20 }, (_, seed) => covered(analyse(1024, 100 + seed))).flat();
    expect(hits.filter(Boolean).length).toBeGreaterThanOrEqual(104);
  });

  it('narrows its intervals as N grows', () => {
    const width = (result: SobolIndices) =>
      result.indices[0]!.totalInterval[1] - result.indices[0]!.totalInterval[0];
    expect(width(analyse(4096, 5))).toBeLessThan(width(analyse(256, 5)) / 2);
  });

  it('gives the same result for the same seed and outputs in any order of evaluation', () => {
    const design = saltelliDesign(ranges, { baseSamples: 64, seed: 2 });
    const outputs = new Float64Array(design.points.length);
    for (let r = design.points.length - 1; r >= 0; r--) outputs[r] = ishigami(design.points[r]!);
    expect(sobolIndices(design, outputs, { seed: 4, resamples: 50 })).toEqual(
      sobolIndices(design, design.points.map(ishigami), { seed: 4, resamples: 50 }),
    );
  });

  it('gives non-negative total indices and ordered intervals for any outputs', () => {
    const design = saltelliDesign([range, range], { baseSamples: 32, seed: 1 });
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: design.points.length,
          maxLength: design.points.length,
        }),
        fc.integer(),
        (outputs, seed) => {
          const result = sobolIndices(design, outputs, { seed, resamples: 20 });
          for (const index of result.indices) {
            if (result.variance === 0) continue;
            expect(index.total).toBeGreaterThanOrEqual(0);
            expect(index.firstInterval[0]).toBeLessThanOrEqual(index.firstInterval[1]);
            expect(index.totalInterval[0]).toBeLessThanOrEqual(index.totalInterval[1]);
            expect(index.totalInterval[0]).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives NaN indices when the outputs do not vary', () => {
    const design = saltelliDesign(ranges, { baseSamples: 32, seed: 1 });
    const result = sobolIndices(
      design,
      design.points.map(() => 1),
      { seed: 1, resamples: 20 },
    );
    expect(result.variance).toBe(0);
    expect(result.indices[0]!.first).toBeNaN();
    expect(result.indices[0]!.totalInterval).toEqual([Number.NaN, Number.NaN]);
  });

  it('rejects outputs of the wrong length, a non-finite output and bad options, naming them', () => {
    const design = saltelliDesign(ranges, { baseSamples: 32, seed: 1 });
    const outputs = design.points.map(ishigami);
    expect(() => sobolIndices(design, outputs.slice(1), { seed: 1 })).toThrow(
      'outputs: expected 160 outputs, one per design point; got 159',
    );
    outputs[7] = Number.NaN;
    expect(() => sobolIndices(design, outputs, { seed: 1 })).toThrow(
      'outputs[7]: must be a finite number; got NaN',
    );
    outputs[7] = 0;
    expect(() => sobolIndices(design, outputs, { seed: 1, confidence: 1 })).toThrow(
      'confidence: must lie strictly between 0 and 1; got 1',
    );
    expect(() => sobolIndices(design, outputs, { seed: 1, resamples: 0 })).toThrow(ValidationError);
    expect(() => sobolIndices({ parameters: 3, baseSamples: 8 }, outputs, { seed: 1 })).toThrow(
      'baseSamples: must be an integer of at least 32',
    );
  });
});
