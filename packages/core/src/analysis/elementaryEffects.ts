import { createRng } from '../run/createRng.js';
import { type BootstrapOptions, bootstrapOptions } from './bootstrapOptions.js';
import { checkOutputs } from './checkOutputs.js';
import type { MorrisDesign } from './morrisDesign.js';
import { percentileInterval } from './percentileInterval.js';

/**
 * Morris's screening measures of one parameter, from its r elementary effects. An elementary
 * effect is the output's change over a step of the parameter, divided by the step in quantile, so
 * its unit is output units per whole range of the parameter (quantile 0 → 1).
 */
export interface ElementaryEffect {
  /** μ, the mean elementary effect; opposite signs cancel. */
  mean: number;
  /** μ*, the mean absolute elementary effect (Campolongo et al. 2007): the overall influence. */
  meanAbsolute: number;
  /** Central bootstrap interval of μ* over resampled trajectories, [low, high]. */
  meanAbsoluteInterval: [number, number];
  /** σ, the standard deviation of the elementary effects (n − 1 denominator): non-linearity and interactions. */
  deviation: number;
}

/** Morris screening of every parameter of a design. */
export interface ElementaryEffects {
  /** One entry per parameter, in the design's order. */
  effects: ElementaryEffect[];
  trajectories: number;
  resamples: number;
  confidence: number;
}

/**
 * μ, μ* and σ of each parameter from the outputs of a {@link morrisDesign}: `outputs[r]` is the
 * model's value at `design.points[r]`. Throws a {@link ValidationError} when `outputs` has the
 * wrong length or a non-finite value (naming its index), or an option is bad.
 */
export function elementaryEffects(
  design: Pick<MorrisDesign, 'parameters' | 'trajectories' | 'changed' | 'steps'>,
  outputs: ArrayLike<number>,
  options: BootstrapOptions,
): ElementaryEffects {
  const { parameters: k, trajectories: r } = design;
  const { seed, resamples, confidence } = bootstrapOptions('Morris analysis', options);
  checkOutputs('Morris analysis', outputs, r * (k + 1));

  // effects[i * r + t]: parameter i's elementary effect in trajectory t.
  const effects = new Float64Array(k * r);
  for (let t = 0; t < r; t++) {
    for (let s = 0; s < k; s++) {
      const row = t * (k + 1) + s;
      const i = design.changed[t * k + s]!;
      effects[i * r + t] = (outputs[row + 1]! - outputs[row]!) / design.steps[t * k + s]!;
    }
  }
  const rng = createRng(seed);
  const sample = Int32Array.from({ length: resamples * r }, () => rng.int(r));
  return {
    effects: Array.from({ length: k }, (_, i) => {
      const own = effects.subarray(i * r, (i + 1) * r);
      const mean = own.reduce((sum, e) => sum + e, 0) / r;
      const meanAbsolute = own.reduce((sum, e) => sum + Math.abs(e), 0) / r;
      const deviation = Math.sqrt(own.reduce((sum, e) => sum + (e - mean) ** 2, 0) / (r - 1));
      const boot = new Float64Array(resamples);
      for (let b = 0; b < resamples; b++) {
        let sum = 0;
        for (let t = 0; t < r; t++) sum += Math.abs(own[sample[b * r + t]!]!);
        boot[b] = sum / r;
      }
      return {
        mean,
        meanAbsolute,
        meanAbsoluteInterval: percentileInterval(boot, confidence),
        deviation,
      };
    }),
    trajectories: r,
    resamples,
    confidence,
  };
}
