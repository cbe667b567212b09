import { createRng } from '../run/createRng.js';
import { type BootstrapOptions, bootstrapOptions } from './bootstrapOptions.js';
import { checkOutputs } from './checkOutputs.js';
import { percentileInterval } from './percentileInterval.js';
import { checkSaltelliSize, type SaltelliDesign } from './saltelliDesign.js';

/** The Sobol indices of one parameter, each with its bootstrap interval. */
export interface SobolIndex {
  /**
   * First-order index S_i: the share of output variance due to parameter i alone, in [0, 1]
   * (an estimate may stray slightly outside).
   */
  first: number;
  /** Central bootstrap interval of `first` at the analysis's confidence, [low, high]. */
  firstInterval: [number, number];
  /**
   * Total-order index ST_i: the share due to i with all its interactions, in [0, 1] and at least
   * S_i (an estimate is ≥ 0 but may stray above 1 or below `first`).
   */
  total: number;
  /** Central bootstrap interval of `total`. */
  totalInterval: [number, number];
}

/** Sobol indices of every parameter of a Saltelli design. */
export interface SobolIndices {
  /** One entry per parameter, in the design's order. */
  indices: SobolIndex[];
  /** Variance of the outputs of A and B together, in squared output units. */
  variance: number;
  baseSamples: number;
  /** Bootstrap resamples behind every interval. */
  resamples: number;
  /** Coverage of every interval, in (0, 1). */
  confidence: number;
}

/**
 * First-order (Saltelli 2010's estimator) and total-order (Jansen 1999's estimator) Sobol indices
 * from the outputs of a {@link saltelliDesign}: `outputs[r]` is the model's value at
 * `design.points[r]`. Intervals are percentile bootstrap intervals over resampled base samples
 * (seeded). Indices are NaN when the outputs do not vary. Throws a {@link ValidationError} when
 * `outputs` has the wrong length or a non-finite value (naming its index), or an option is bad.
 */
export function sobolIndices(
  design: Pick<SaltelliDesign, 'parameters' | 'baseSamples'>,
  outputs: ArrayLike<number>,
  options: BootstrapOptions,
): SobolIndices {
  const { parameters: k, baseSamples: n } = design;
  checkSaltelliSize(n, k);
  const { seed, resamples, confidence } = bootstrapOptions('Sobol analysis', options);
  checkOutputs('Sobol analysis', outputs, n * (k + 2));

  const all = Int32Array.from({ length: n }, (_, j) => j);
  const estimate = estimator(outputs, k);
  const point = estimate(all);
  const firsts = Array.from({ length: k }, () => new Float64Array(resamples));
  const totals = Array.from({ length: k }, () => new Float64Array(resamples));
  const rng = createRng(seed);
  const sample = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < n; j++) sample[j] = rng.int(n);
    const { first, total } = estimate(sample);
    for (let i = 0; i < k; i++) {
      firsts[i]![b] = first[i]!;
      totals[i]![b] = total[i]!;
    }
  }
  return {
    indices: Array.from({ length: k }, (_, i) => ({
      first: point.first[i]!,
      firstInterval: percentileInterval(firsts[i]!, confidence),
      total: point.total[i]!,
      totalInterval: percentileInterval(totals[i]!, confidence),
    })),
    variance: point.variance,
    baseSamples: n,
    resamples,
    confidence,
  };
}

/** The estimators over a chosen multiset of base samples (the rows of A and B it names). */
function estimator(y: ArrayLike<number>, k: number) {
  const stride = k + 2;
  const n = y.length / stride;
  const fA = Float64Array.from({ length: n }, (_, j) => y[j * stride]!);
  const fB = Float64Array.from({ length: n }, (_, j) => y[j * stride + k + 1]!);
  const fAB = Float64Array.from(
    { length: n * k },
    (_, r) => y[Math.floor(r / k) * stride + 1 + (r % k)]!,
  );
  const firstSums = new Float64Array(k);
  const totalSums = new Float64Array(k);
  return (sample: Int32Array) => {
    const m = sample.length;
    let sum = 0;
    for (let s = 0; s < m; s++) sum += fA[sample[s]!]! + fB[sample[s]!]!;
    const mean = sum / (2 * m);
    let squares = 0;
    firstSums.fill(0);
    totalSums.fill(0);
    for (let s = 0; s < m; s++) {
      const j = sample[s]!;
      const a = fA[j]!;
      const b = fB[j]!;
      squares += (a - mean) ** 2 + (b - mean) ** 2;
      for (let i = 0, r = j * k; i < k; i++, r++) {
        const ab = fAB[r]!;
        firstSums[i]! += b * (ab - a);
        totalSums[i]! += (a - ab) ** 2;
      }
    }
    const variance = squares / (2 * m);
    const first = new Float64Array(k);
    const total = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      first[i] = variance > 0 ? firstSums[i]! / m / variance : Number.NaN;
      total[i] = variance > 0 ? totalSums[i]! / (2 * m) / variance : Number.NaN;
    }
    return { first, total, variance };
  };
}
