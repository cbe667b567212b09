import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Distribution, elementaryEffects, morrisDesign } from '../../src/index.js';

const unit: Distribution = { kind: 'uniform', low: 0, high: 1 };

describe('elementaryEffects', () => {
  it('finds a linear model’s coefficients × ranges as μ, their sizes as μ*, and σ = 0', () => {
    const coefficients = [3, -2, 0.5, 0];
    const ranges: Distribution[] = [
      { kind: 'uniform', low: 0, high: 2 },
      { kind: 'triangular', low: -1, mode: 0, high: 1 },
      { kind: 'pert', low: 10, mode: 11, high: 14 },
      unit,
    ];
    const linear = (x: Float64Array) => coefficients.reduce((y, c, i) => y + c * x[i]!, 1);
    const design = morrisDesign(ranges, { trajectories: 10, seed: 3 });
    const { effects } = elementaryEffects(design, design.points.map(linear), { seed: 3 });
    // A step of Δ in quantile moves a uniform parameter by Δ·(high − low); the triangular and
    // PERT ones by their quantile differences, which vary, so only the uniform ones are exact.
    expect(effects[0]!.mean).toBeCloseTo(3 * 2, 9);
    expect(effects[0]!.meanAbsolute).toBeCloseTo(6, 9);
    expect(effects[0]!.deviation).toBeCloseTo(0, 9);
    expect(effects[0]!.meanAbsoluteInterval[0]).toBeCloseTo(6, 9);
    expect(effects[1]!.mean).toBeLessThan(0);
    expect(effects[1]!.meanAbsolute).toBeCloseTo(-effects[1]!.mean, 9);
    expect(effects[3]).toMatchObject({ mean: 0, meanAbsolute: 0, deviation: 0 });
  });

  it('ranks the Sobol g-function’s parameters as their coefficients a say (0 < 1 < 4.5 < 9 < 99)', () => {
    // g(x) = Π (|4xᵢ − 2| + aᵢ) / (1 + aᵢ): the smaller aᵢ, the more xᵢ matters (Saltelli et al.,
    // The Primer, 2008, §3.6); x₅ and x₆ (a = 99) hardly matter at all.
    const a = [0, 1, 4.5, 9, 99, 99];
    const g = (x: Float64Array) =>
      a.reduce((y, ai, i) => (y * (Math.abs(4 * x[i]! - 2) + ai)) / (1 + ai), 1);
    for (const seed of [1, 2, 3, 4, 5]) {
      const design = morrisDesign(Array(a.length).fill(unit), { trajectories: 20, seed });
      const { effects } = elementaryEffects(design, design.points.map(g), { seed, resamples: 200 });
      const muStar = effects.map((effect) => effect.meanAbsolute);
      expect(muStar[0]).toBeGreaterThan(muStar[1]!);
      expect(muStar[1]).toBeGreaterThan(muStar[2]!);
      expect(muStar[2]).toBeGreaterThan(muStar[3]!);
      expect(Math.max(muStar[4]!, muStar[5]!)).toBeLessThan(muStar[3]! / 3);
      for (const effect of effects) {
        const [low, high] = effect.meanAbsoluteInterval;
        expect(low).toBeLessThanOrEqual(effect.meanAbsolute);
        expect(high).toBeGreaterThanOrEqual(effect.meanAbsolute);
        expect(effect.deviation).toBeGreaterThan(0); // g is not linear in any xᵢ
      }
    }
  });

  it('keeps μ* ≥ |μ| and σ ≥ 0, with ordered intervals, for any outputs', () => {
    const design = morrisDesign([unit, unit, unit], { trajectories: 5, seed: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: design.points.length,
          maxLength: design.points.length,
        }),
        (outputs) => {
          for (const effect of elementaryEffects(design, outputs, { seed: 1, resamples: 20 })
            .effects) {
            expect(effect.meanAbsolute).toBeGreaterThanOrEqual(Math.abs(effect.mean) * (1 - 1e-12));
            expect(effect.deviation).toBeGreaterThanOrEqual(0);
            const [low, high] = effect.meanAbsoluteInterval;
            expect(low).toBeLessThanOrEqual(high);
            expect(low).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('gives the same result for the same seed', () => {
    const design = morrisDesign([unit, unit], { trajectories: 6, seed: 2 });
    const outputs = design.points.map((x) => x[0]! * x[1]!);
    expect(elementaryEffects(design, outputs, { seed: 9, resamples: 30 })).toEqual(
      elementaryEffects(design, outputs, { seed: 9, resamples: 30 }),
    );
  });

  it('rejects outputs of the wrong length or not finite, naming them', () => {
    const design = morrisDesign([unit, unit], { trajectories: 3, seed: 2 });
    expect(() => elementaryEffects(design, [1, 2, 3], { seed: 1 })).toThrow(
      'outputs: expected 9 outputs, one per design point; got 3',
    );
    const outputs = design.points.map(() => 1);
    outputs[4] = Number.POSITIVE_INFINITY;
    expect(() => elementaryEffects(design, outputs, { seed: 1 })).toThrow(
      'outputs[4]: must be a finite number; got Infinity',
    );
  });
});
