import { createRng } from '../run/createRng.js';
import type { Distribution } from '../schema/DistributionSchema.js';
import { ValidationError } from '../schema/ValidationError.js';
import { distributionQuantile } from './distributionQuantile.js';

/**
 * The fewest base samples N a Sobol analysis accepts, whatever the number of parameters. An
 * assumption: with fewer pairs (A_j, B_j) the bootstrap has too few to resample for its intervals
 * to be trusted.
 */
export const MIN_BASE_SAMPLES = 32;

/**
 * Saltelli's sampling design for k parameters and N base samples: N·(k + 2) parameter vectors.
 * They come in N blocks of k + 2 rows, block j being A_j, A_B^1_j, …, A_B^k_j, B_j, where A_B^i_j
 * is A_j with parameter i taken from B_j (Saltelli et al. 2010, *Comput. Phys. Commun.* 181).
 */
export interface SaltelliDesign {
  /** k, the number of parameters; every point has this length. */
  parameters: number;
  /** N, the number of base samples (rows of A and of B). */
  baseSamples: number;
  /** N·(k + 2) parameter vectors, each within its distributions' [low, high]; run r evaluates `points[r]`. */
  points: Float64Array[];
}

/** Options of {@link saltelliDesign}. */
export interface SaltelliOptions {
  /** N, an integer ≥ {@link MIN_BASE_SAMPLES}. */
  baseSamples: number;
  /** Seed of the design: row j of A and B comes from the stream (seed, j). */
  seed: number;
}

/**
 * The Saltelli design for `distributions` (one per parameter), from seeded pseudo-random base
 * matrices A and B mapped through each parameter's quantile function. Block j depends only on
 * (seed, j): the design for N base samples is the first N blocks of the design for any larger N.
 * Throws a {@link ValidationError} for no parameters or too few base samples.
 *
 * @example
 * const design = saltelliDesign(ranges, { baseSamples: 512, seed: 1 });
 * const outputs = design.points.map(model); // in any order, batch or shard
 * const indices = sobolIndices(design, outputs, { seed: 1 });
 */
export function saltelliDesign(
  distributions: readonly Distribution[],
  options: SaltelliOptions,
): SaltelliDesign {
  const k = distributions.length;
  const { baseSamples, seed } = options;
  checkSaltelliSize(baseSamples, k);
  const points: Float64Array[] = [];
  for (let j = 0; j < baseSamples; j++) {
    const rng = createRng(seed, j);
    const a = new Float64Array(k);
    const b = new Float64Array(k);
    for (let i = 0; i < k; i++) a[i] = distributionQuantile(distributions[i]!, rng.next());
    for (let i = 0; i < k; i++) b[i] = distributionQuantile(distributions[i]!, rng.next());
    points.push(a);
    for (let i = 0; i < k; i++) {
      const ab = a.slice();
      ab[i] = b[i]!;
      points.push(ab);
    }
    points.push(b);
  }
  return { parameters: k, baseSamples, points };
}

/**
 * The number of base samples N that a budget of `runs` model evaluations buys for `parameters`
 * parameters, ⌊runs / (k + 2)⌋. Throws a {@link ValidationError} at `runs` when that is below
 * {@link MIN_BASE_SAMPLES}, saying how many runs are needed.
 */
export function saltelliBaseSamples(runs: number, parameters: number): number {
  if (!Number.isSafeInteger(runs) || runs < 1) {
    throw new ValidationError('Sobol design', [
      { path: ['runs'], message: `must be a positive integer; got ${runs}` },
    ]);
  }
  const baseSamples = Math.floor(runs / (parameters + 2));
  if (baseSamples < MIN_BASE_SAMPLES) {
    throw new ValidationError('Sobol design', [
      {
        path: ['runs'],
        message: `a Sobol analysis of ${parameters} parameters needs at least ${MIN_BASE_SAMPLES * (parameters + 2)} runs (${MIN_BASE_SAMPLES} base samples × (${parameters} + 2)); got ${runs}`,
      },
    ]);
  }
  return baseSamples;
}

/** Throws unless N and k make a usable Saltelli design. */
export function checkSaltelliSize(baseSamples: number, parameters: number): void {
  if (!Number.isSafeInteger(parameters) || parameters < 1) {
    throw new ValidationError('Sobol design', [
      { path: ['parameters'], message: `needs at least one parameter; got ${parameters}` },
    ]);
  }
  if (!Number.isSafeInteger(baseSamples) || baseSamples < MIN_BASE_SAMPLES) {
    throw new ValidationError('Sobol design', [
      {
        path: ['baseSamples'],
        message: `must be an integer of at least ${MIN_BASE_SAMPLES} (${MIN_BASE_SAMPLES * (parameters + 2)} runs for ${parameters} parameters); got ${baseSamples}`,
      },
    ]);
  }
}
