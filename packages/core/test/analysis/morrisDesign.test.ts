import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Distribution, morrisDesign } from '../../src/index.js';
import { distributionArbitrary, expectWithinRanges } from './distributionFixtures.js';

const unit: Distribution = { kind: 'uniform', low: 0, high: 1 };

describe('morrisDesign', () => {
  it('moves each parameter once per trajectory, by ±Δ = p / (2(p − 1)) on the p-level grid', () => {
    const k = 5;
    const design = morrisDesign(Array(k).fill(unit), { trajectories: 12, levels: 6, seed: 4 });
    const delta = 6 / 10;
    expect(design.points).toHaveLength(12 * (k + 1));
    for (let t = 0; t < 12; t++) {
      const changed = [...design.changed.subarray(t * k, (t + 1) * k)];
      expect([...changed].sort()).toEqual([0, 1, 2, 3, 4]);
      for (let s = 0; s < k; s++) {
        const [from, to] = [design.points[t * (k + 1) + s]!, design.points[t * (k + 1) + s + 1]!];
        const i = changed[s]!;
        expect(Math.abs(design.steps[t * k + s]!)).toBeCloseTo(delta, 12);
        expect(to[i]! - from[i]!).toBeCloseTo(design.steps[t * k + s]!, 12);
        for (let other = 0; other < k; other++)
          if (other !== i) expect(to[other]).toBe(from[other]);
      }
      for (const point of design.points.slice(t * (k + 1), (t + 1) * (k + 1))) {
        // on the grid {0, 1/5, …, 1}
        for (const value of point) expect(value * 5 - Math.round(value * 5)).toBeCloseTo(0, 9);
      }
    }
  });

  it('orders and directs its steps at random, both ways', () => {
    const design = morrisDesign(Array(4).fill(unit), { trajectories: 30, seed: 1 });
    expect(new Set(design.steps).size).toBe(2);
    const firstMoved = new Set(Array.from({ length: 30 }, (_, t) => design.changed[t * 4]));
    expect(firstMoved.size).toBe(4);
  });

  it('is the same for the same seed, and its first r trajectories are the design for r', () => {
    const ranges = [unit, { kind: 'pert', low: 1, mode: 2, high: 4 } as const];
    const small = morrisDesign(ranges, { trajectories: 5, seed: 7 });
    expect(morrisDesign(ranges, { trajectories: 5, seed: 7 })).toEqual(small);
    const large = morrisDesign(ranges, { trajectories: 9, seed: 7 });
    expect(large.points.slice(0, small.points.length)).toEqual(small.points);
    expect(large.changed.subarray(0, small.changed.length)).toEqual(small.changed);
    expect(morrisDesign(ranges, { trajectories: 5, seed: 8 }).points).not.toEqual(small.points);
  });

  it('keeps every point in its distributions’ [low, high]', () => {
    fc.assert(
      fc.property(
        fc.array(distributionArbitrary, { minLength: 1, maxLength: 6 }),
        fc.integer(),
        fc.constantFrom(2, 4, 6, 8),
        (ds, seed, levels) => {
          expectWithinRanges(morrisDesign(ds, { trajectories: 3, levels, seed }).points, ds);
        },
      ),
    );
  });

  it('rejects an odd number of levels, fewer than two trajectories and no parameters', () => {
    expect(() => morrisDesign([unit], { trajectories: 4, levels: 5, seed: 1 })).toThrow(
      'levels: must be an even integer ≥ 2; got 5',
    );
    expect(() => morrisDesign([unit], { trajectories: 1, seed: 1 })).toThrow(
      'trajectories: must be an integer ≥ 2; got 1',
    );
    expect(() => morrisDesign([], { trajectories: 4, seed: 1 })).toThrow(
      'parameters: needs at least one parameter; got 0',
    );
  });
});
