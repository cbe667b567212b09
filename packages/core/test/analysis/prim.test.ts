import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, type PrimBox, prim, ValidationError } from '../../src/index.js';

/** n points uniform on [0, 1]^k from a seeded stream. */
const uniformPoints = (n: number, k: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Float64Array.from({ length: k }, () => rng.next()));
};

const inBox = (box: PrimBox, x: ArrayLike<number>) =>
  Array.from(box.low, (low, i) => low <= x[i]! && x[i]! <= box.high[i]!).every(Boolean);

describe('prim', () => {
  it('finds a known box: cases where x₀ ≥ 0.6 and x₁ ≤ 0.3, with x₂ and x₃ irrelevant', () => {
    const inputs = uniformPoints(3000, 4, 1);
    const cases = inputs.map((x) => x[0]! >= 0.6 && x[1]! <= 0.3);
    const result = prim(inputs, cases);
    const box = result.trajectory[result.chosen]!;
    expect(result.baseDensity).toBeCloseTo(0.12, 1);
    expect(box.restricted).toEqual([0, 1]);
    expect(box.low[0]).toBeGreaterThan(0.5);
    expect(box.low[0]).toBeLessThanOrEqual(0.6);
    expect(box.high[1]).toBeGreaterThanOrEqual(0.3);
    expect(box.high[1]).toBeLessThan(0.4);
    expect(box.density).toBeGreaterThanOrEqual(0.8);
    expect(box.coverage).toBe(1); // the box holds the whole true box
    // Peeling goes on to a box of density 1 that still holds nearly all cases.
    expect(result.trajectory.some((b) => b.density === 1 && b.coverage > 0.95)).toBe(true);
  });

  it('recovers the box through label noise (10% of points flipped)', () => {
    const inputs = uniformPoints(4000, 3, 2);
    const noise = createRng(3);
    const cases = inputs.map((x) => (x[0]! >= 0.6 && x[1]! <= 0.3) !== noise.next() < 0.1);
    // Inside the true box about 90% of points are cases, outside it about 10%.
    const result = prim(inputs, cases, { threshold: 0.85 });
    const box = result.trajectory[result.chosen]!;
    expect(box.restricted).toEqual([0, 1]);
    expect(box.low[0]).toBeCloseTo(0.6, 1);
    expect(box.high[1]).toBeCloseTo(0.3, 1);
    expect(box.density).toBeGreaterThanOrEqual(0.85);
    expect(box.coverage).toBeGreaterThan(0.5);
  });

  it('chooses the densest box when none reaches the threshold', () => {
    const inputs = uniformPoints(500, 2, 4);
    const cases = inputs.map((x) => x[0]! > 0.5);
    const result = prim(inputs, cases, { threshold: 1, peelAlpha: 0.1, minMass: 0.2 });
    const densest = Math.max(...result.trajectory.map((box) => box.density));
    expect(result.trajectory[result.chosen]!.density).toBe(densest);
  });

  it('peels nested boxes of falling mass and coverage, with shares in [0, 1] that match a recount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((k) =>
          fc.array(
            fc.record({
              x: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: k, maxLength: k }),
              isCase: fc.boolean(),
            }),
            { minLength: 1, maxLength: 120 },
          ),
        ),
        fc.double({ min: 0.01, max: 0.49, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (rows, peelAlpha, minMass) => {
          const inputs = rows.map((row) => row.x);
          const cases = rows.map((row) => row.isCase);
          const { trajectory, chosen } = prim(inputs, cases, { peelAlpha, minMass });
          const totalCases = cases.filter(Boolean).length;
          expect(trajectory[0]!.mass).toBe(1);
          expect(chosen).toBeGreaterThanOrEqual(0);
          expect(chosen).toBeLessThan(trajectory.length);
          trajectory.forEach((box, b) => {
            const members = inputs.flatMap((x, j) => (inBox(box, x) ? [j] : []));
            const hits = members.filter((j) => cases[j]).length;
            expect(box.points).toBe(members.length);
            expect(box.mass).toBe(members.length / inputs.length);
            expect(box.density).toBe(hits / members.length);
            expect(box.coverage).toBe(totalCases === 0 ? 0 : hits / totalCases);
            for (const share of [box.coverage, box.density, box.mass]) {
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
            }
            if (b === 0) return;
            const previous = trajectory[b - 1]!;
            expect(box.mass).toBeLessThan(previous.mass);
            expect(box.mass).toBeGreaterThanOrEqual(minMass);
            expect(box.coverage).toBeLessThanOrEqual(previous.coverage);
            box.low.forEach((low, i) => {
              expect(low).toBeGreaterThanOrEqual(previous.low[i]!);
              expect(box.high[i]).toBeLessThanOrEqual(previous.high[i]!);
            });
          });
        },
      ),
    );
  });

  it('is deterministic: the same inputs give the same trajectory', () => {
    const inputs = uniformPoints(300, 3, 6);
    const cases = inputs.map((x) => x[2]! < 0.2);
    expect(prim(inputs, cases)).toEqual(prim(inputs, cases));
  });

  it('rejects empty, ragged or non-finite inputs, mismatched cases and bad options, naming them', () => {
    const fails = (run: () => unknown, message: string) => {
      expect(run).toThrow(ValidationError);
      expect(run).toThrow(message);
    };
    fails(() => prim([], []), 'inputs: needs at least one point; got none');
    fails(() => prim([[1, 2]], [true, false]), 'cases: expected 1 entries, one per point; got 2');
    fails(() => prim([[1, 2], [3]], [true, false]), 'inputs[1]: expected 2 values; got 1');
    fails(() => prim([[1, Number.NaN]], [true]), 'inputs[0][1]: must be a finite number; got NaN');
    fails(
      () => prim([[1]], [true], { peelAlpha: 0.5 }),
      'peelAlpha: must lie strictly between 0 and 0.5; got 0.5',
    );
    fails(() => prim([[1]], [true], { minMass: 0 }), 'minMass: must lie in (0, 1]; got 0');
    fails(() => prim([[1]], [true], { threshold: 2 }), 'threshold: must lie in [0, 1]; got 2');
  });
});
