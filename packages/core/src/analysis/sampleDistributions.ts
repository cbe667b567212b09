import type { Rng } from '../run/createRng.js';
import type { Distribution } from '../schema/DistributionSchema.js';
import { distributionQuantile } from './distributionQuantile.js';

/**
 * One draw of each distribution, in order, by inverse CDF of `rng.next()`: entry i lies in
 * [low, high] of `distributions[i]`. Takes exactly one number from `rng` per distribution, so the
 * same `(seed, stream)` gives the same vector in every process.
 *
 * @example
 * const values = sampleDistributions(ranges, createRng(seed, run));
 */
export function sampleDistributions(
  distributions: readonly Distribution[],
  rng: Rng,
): Float64Array {
  const values = new Float64Array(distributions.length);
  distributions.forEach((distribution, i) => {
    values[i] = distributionQuantile(distribution, rng.next());
  });
  return values;
}
