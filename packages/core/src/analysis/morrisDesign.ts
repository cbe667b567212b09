import { createRng } from '../run/createRng.js';
import type { Distribution } from '../schema/DistributionSchema.js';
import { ValidationError } from '../schema/ValidationError.js';
import { distributionQuantile } from './distributionQuantile.js';

/**
 * Morris's trajectory design for k parameters: r trajectories of k + 1 points each, on a p-level
 * grid of each parameter's quantiles {0, 1/(p−1), …, 1}. Consecutive points of a trajectory differ
 * in one parameter, by a jump of Δ = p / (2(p − 1)) in quantile (Morris 1991, *Technometrics* 33).
 */
export interface MorrisDesign {
  /** k, the number of parameters; every point has this length. */
  parameters: number;
  /** r, the number of trajectories. */
  trajectories: number;
  /** p, the number of grid levels per parameter (even, ≥ 2). */
  levels: number;
  /** r·(k + 1) parameter vectors, trajectory t at rows t·(k + 1) … t·(k + 1) + k. */
  points: Float64Array[];
  /** r·k entries: the parameter that changes between point s and s + 1 of trajectory t, at t·k + s. */
  changed: Int32Array;
  /** r·k entries: that change in quantile, +Δ or −Δ. */
  steps: Float64Array;
}

/** Options of {@link morrisDesign}. */
export interface MorrisOptions {
  /** r, an integer ≥ 2. */
  trajectories: number;
  /** p, an even integer ≥ 2; 4 when omitted. */
  levels?: number;
  /** Seed of the design: trajectory t comes from the stream (seed, t). */
  seed: number;
}

/**
 * The Morris design for `distributions` (one per parameter): each trajectory starts from a random
 * grid point and moves each parameter once, in random order and direction, mapping grid quantiles
 * through the parameter's distribution. Trajectory t depends only on (seed, t). Throws a
 * {@link ValidationError} for no parameters, fewer than 2 trajectories or a bad number of levels.
 */
export function morrisDesign(
  distributions: readonly Distribution[],
  options: MorrisOptions,
): MorrisDesign {
  const k = distributions.length;
  const { trajectories: r, seed } = options;
  const levels = options.levels ?? 4;
  const fail = (path: string, message: string): never => {
    throw new ValidationError('Morris design', [{ path: [path], message }]);
  };
  if (k < 1) fail('parameters', 'needs at least one parameter; got 0');
  if (!Number.isSafeInteger(r) || r < 2) fail('trajectories', `must be an integer ≥ 2; got ${r}`);
  if (!Number.isSafeInteger(levels) || levels < 2 || levels % 2 !== 0) {
    fail('levels', `must be an even integer ≥ 2; got ${levels}`);
  }
  // Grid levels are integers 0 … p − 1 (quantile level / (p − 1)); a jump is p/2 levels, so a
  // trajectory starts in the lower half when it moves up and in the upper half when it moves down.
  const jump = levels / 2;
  const delta = jump / (levels - 1);
  const points: Float64Array[] = [];
  const changed = new Int32Array(r * k);
  const steps = new Float64Array(r * k);
  const toPoint = (grid: Int32Array) =>
    Float64Array.from(grid, (level, i) =>
      distributionQuantile(distributions[i]!, level / (levels - 1)),
    );
  for (let t = 0; t < r; t++) {
    const rng = createRng(seed, t);
    const grid = new Int32Array(k);
    const up: boolean[] = [];
    for (let i = 0; i < k; i++) {
      const start = rng.int(jump);
      up.push(rng.next() < 0.5);
      grid[i] = up[i] ? start : start + jump;
    }
    const order = shuffled(k, rng);
    points.push(toPoint(grid));
    order.forEach((i, s) => {
      grid[i]! += up[i] ? jump : -jump;
      changed[t * k + s] = i;
      steps[t * k + s] = up[i] ? delta : -delta;
      points.push(toPoint(grid));
    });
  }
  return { parameters: k, trajectories: r, levels, points, changed, steps };
}

/** 0 … k − 1 in a uniformly random order (Fisher–Yates). */
function shuffled(k: number, rng: { int(n: number): number }): number[] {
  const order = Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
