import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import type { Distribution } from '../schema/DistributionSchema.js';

/** Classic beta-PERT's weight on the mode (the "4" of (low + 4·mode + high) / 6). */
const PERT_LAMBDA = 4;

/**
 * The value below which a fraction `p` of `distribution` lies (its inverse CDF), in the
 * distribution's own units, within [low, high]. `p` in [0, 1]; `p` = 0 gives low and 1 gives high.
 * A distribution with low = high gives low for every `p`. Expects a distribution that passed
 * {@link DistributionSchema}; returns NaN for `p` outside [0, 1].
 */
export function distributionQuantile(distribution: Distribution, p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  const { low, high } = distribution;
  const width = high - low;
  if (width === 0) return low;
  switch (distribution.kind) {
    case 'uniform':
      return clamp(low + p * width, low, high);
    case 'triangular': {
      const rise = distribution.mode - low;
      const fall = high - distribution.mode;
      const x =
        p * width < rise
          ? low + Math.sqrt(p * width * rise)
          : high - Math.sqrt((1 - p) * width * fall);
      return clamp(x, low, high);
    }
    case 'pert': {
      const alpha = 1 + (PERT_LAMBDA * (distribution.mode - low)) / width;
      const beta = 1 + (PERT_LAMBDA * (high - distribution.mode)) / width;
      return clamp(low + width * betaQuantile(p, alpha, beta), low, high);
    }
  }
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(Math.max(x, low), high);
}
