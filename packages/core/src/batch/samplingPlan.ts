import { type MorrisDesign, morrisDesign } from '../analysis/morrisDesign.js';
import { type SaltelliDesign, saltelliDesign } from '../analysis/saltelliDesign.js';
import { sampleDistributions } from '../analysis/sampleDistributions.js';
import { createRng } from '../run/createRng.js';
import { MAX_SEED } from '../schema/maxSeed.js';
import type { Pack, Scenario } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import { type UncertainParameter, uncertainParameters } from './uncertainParameters.js';

/**
 * Where a batch's runs take the pack's uncertain numbers from:
 * - `fixed` (the default): the pack's values, every run;
 * - `sampled`: run i draws its whole parameter vector from the pack's ranges
 *   (`uncertainParameters`) on the stream of (seed, i) in its own domain, apart from the run's
 *   own random numbers;
 * - a Sobol design (Saltelli's, `baseSamples` N: N·(k + 2) runs) or a Morris design
 *   (`trajectories` r of k + 1 runs, on `levels` levels, 4 by default): run i takes design row i.
 * Plain data, so every executor (worker threads, queue workers, Web Workers) gets it in a task.
 */
export type Sampling =
  | 'fixed'
  | 'sampled'
  | { method: 'sobol'; baseSamples: number }
  | { method: 'morris'; trajectories: number; levels?: number };

/** How each run of a batch gets its parameter values and random stream. */
export interface SamplingPlan {
  sampling: Sampling;
  /** The uncertain numbers varied (empty for `fixed`). */
  parameters: UncertainParameter[];
  /** How many runs the design has, or null when a batch may have any number. */
  runs: number | null;
  /** Run `run`'s parameter vector (one value per parameter), or null for the pack's values. */
  valuesAt(run: number): Float64Array | null;
  /**
   * The random stream run `run` draws its own numbers from: the run itself, except in a design,
   * where the rows of one Saltelli block or one Morris trajectory share their block's stream
   * (common random numbers, so their differences are the parameters' and not the noise's).
   */
  streamOf(run: number): number;
  /** The design a `sobol` or `morris` plan runs. */
  design: SaltelliDesign | MorrisDesign | null;
}

/** The stream domain of a sampled run's parameter draws (see `createRng`). */
export const PARAMETER_DOMAIN = 1;
/** The stream domain a design's seed is derived from, apart from the runs' own streams. */
const DESIGN_DOMAIN = 2;

// Designs are pure in (pack, scenario, sampling, seed) and cost N·k quantiles: kept per executor
// for the last few keys, as each shard of an analysis needs the same one.
const designs = new Map<string, SaltelliDesign | MorrisDesign>();
const KEPT_DESIGNS = 4;

/**
 * The plan of a batch of `scenario` on `pack` seeded with `seed` under `sampling`. Throws a
 * `ValidationError` when a sampled batch or a design has no parameters to vary (the pack gives
 * no ranges, or the scenario overrides every field that has one), or the design's size is bad.
 *
 * @example
 * const plan = samplingPlan(pack, scenario, 'sampled', 42);
 * plan.valuesAt(7); // run 7's drawn values, in the order of plan.parameters
 */
export function samplingPlan(
  pack: Pack,
  scenario: Scenario,
  sampling: Sampling,
  seed: number,
): SamplingPlan {
  if (sampling === 'fixed') {
    return {
      sampling,
      parameters: [],
      runs: null,
      valuesAt: () => null,
      streamOf: (run) => run,
      design: null,
    };
  }
  const parameters = uncertainParameters(pack, scenario);
  if (parameters.length === 0) {
    throw new ValidationError('sampling', [
      {
        path: [scenario.id],
        message: `pack "${pack.id}" gives no ranges for the fields scenario "${scenario.id}" leaves free: nothing to sample`,
      },
    ]);
  }
  const distributions = parameters.map((parameter) => parameter.distribution);
  const round = (values: Float64Array) => {
    parameters.forEach((parameter, i) => {
      if (parameter.integer) values[i] = Math.round(values[i]!);
    });
    return values;
  };
  if (sampling === 'sampled') {
    return {
      sampling,
      parameters,
      runs: null,
      valuesAt: (run) =>
        round(sampleDistributions(distributions, createRng(seed, run, PARAMETER_DOMAIN))),
      streamOf: (run) => run,
      design: null,
    };
  }
  const key = `${pack.id}|${pack.version}|${JSON.stringify(scenario)}|${JSON.stringify(sampling)}|${seed}`;
  let design = designs.get(key);
  if (!design) {
    const designSeed = createRng(seed, 0, DESIGN_DOMAIN).int(MAX_SEED);
    design =
      sampling.method === 'sobol'
        ? saltelliDesign(distributions, { baseSamples: sampling.baseSamples, seed: designSeed })
        : morrisDesign(distributions, {
            trajectories: sampling.trajectories,
            ...(sampling.levels === undefined ? {} : { levels: sampling.levels }),
            seed: designSeed,
          });
    for (const point of design.points) round(point);
    if (designs.size >= KEPT_DESIGNS) designs.delete(designs.keys().next().value!);
    designs.set(key, design);
  }
  const rows = design.points;
  const block = sampling.method === 'sobol' ? parameters.length + 2 : parameters.length + 1;
  return {
    sampling,
    parameters,
    runs: rows.length,
    valuesAt: (run) => {
      const row = rows[run];
      if (!row) {
        throw new ValidationError('sampling', [
          { path: ['run'], message: `the design has ${rows.length} runs; got run ${run}` },
        ]);
      }
      return row;
    },
    streamOf: (run) => Math.floor(run / block),
    design,
  };
}
