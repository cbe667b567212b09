import betaCdf from '@stdlib/stats-base-dists-beta-cdf';

/**
 * Intervals of a {@link betaQuantileTable}: its knots x_k = (1 − cos(πk / G)) / 2, k = 0 … G,
 * are Chebyshev points on [0, 1], closest together at the ends, where a beta quantile is
 * steepest.
 */
export const BETA_TABLE_INTERVALS = 1024;

/**
 * The quantile function of Beta(α, β) on [0, 1], read off a table instead of inverting the
 * incomplete beta function for every draw. The table holds the library's exact CDF
 * (`@stdlib/stats-base-dists-beta-cdf`) at {@link BETA_TABLE_INTERVALS} + 1 Chebyshev knots
 * x_k, and `quantile(p)` interpolates x between the knots (p_k, x_k) with a monotone cubic
 * (Fritsch and Carlson 1980, *SIAM J. Numer. Anal.* 17; the weighted harmonic-mean slopes of
 * Fritsch and Butland 1984, as `pchip` in MATLAB and SciPy). Monotone interpolation never leaves
 * the knots' interval, so the result never errs by more than that interval's width (at most
 * π / (2G) ≈ 0.0015 mid-range, 2.4·10⁻⁶ at the ends); measured against the library's quantile
 * for beta-PERT's shapes it errs by less than 3·10⁻⁷ for p in [10⁻⁹, 1 − 10⁻⁹] and 10⁻⁵ beyond,
 * where p's last bits move the exact quantile by more (its test; MODEL.md, "Ranges"). Pure in (α, β): the same table, the same numbers, in every
 * process.
 */
export interface BetaQuantileTable {
  alpha: number;
  beta: number;
  /** x with F(x) = p, in [0, 1], non-decreasing in p; 0 at p = 0, 1 at p = 1; NaN outside [0, 1]. */
  quantile(p: number): number;
}

// Tables are pure in (α, β) and a pack's ranges share few shapes: kept for the process, up to
// MAX_TABLES (24 KiB each), past which the cache starts afresh.
const tables = new Map<string, BetaQuantileTable>();
const MAX_TABLES = 256;

/**
 * The table of Beta(`alpha`, `beta`)'s quantile (see {@link BetaQuantileTable}), built on first
 * use (G − 1 CDF evaluations, about a millisecond) and kept for the process. `alpha` and `beta` must be ≥ 1 (beta-PERT's
 * are in [1, 5]): a shape below 1 has an unbounded density at an end, which the knots do not
 * resolve. Throws a `RangeError` for any other shape.
 *
 * @example
 * betaQuantileTable(2.6, 3.4).quantile(0.5); // the median of Beta(2.6, 3.4)
 */
export function betaQuantileTable(alpha: number, beta: number): BetaQuantileTable {
  const key = `${alpha}|${beta}`;
  let table = tables.get(key);
  if (!table) {
    if (!(alpha >= 1 && beta >= 1 && Number.isFinite(alpha) && Number.isFinite(beta)))
      throw new RangeError(
        `a beta quantile table needs shapes of at least 1; got (${alpha}, ${beta})`,
      );
    table = buildTable(alpha, beta);
    if (tables.size >= MAX_TABLES) tables.clear();
    tables.set(key, table);
  }
  return table;
}

function buildTable(alpha: number, beta: number): BetaQuantileTable {
  const g = BETA_TABLE_INTERVALS;
  // Knots (p_k, x_k), dropping any whose p does not rise above the last kept (a flat tail in
  // double precision): x(p) is then a strictly increasing function of p on the kept knots.
  const ps: number[] = [0];
  const xs: number[] = [0];
  for (let k = 1; k < g; k++) {
    const x = (1 - Math.cos((Math.PI * k) / g)) / 2;
    const p = betaCdf(x, alpha, beta);
    if (p > ps[ps.length - 1]! && p < 1) {
      ps.push(p);
      xs.push(x);
    }
  }
  ps.push(1);
  xs.push(1);
  const p = Float64Array.from(ps);
  const x = Float64Array.from(xs);
  const slopes = pchipSlopes(p, x);
  const last = p.length - 1;
  return {
    alpha,
    beta,
    quantile(q: number): number {
      if (!(q >= 0 && q <= 1)) return Number.NaN;
      // The knot interval [p_k, p_k+1] holding q, by bisection.
      let lo = 0;
      let hi = last;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (p[mid]! <= q) lo = mid;
        else hi = mid;
      }
      const h = p[hi]! - p[lo]!;
      const t = (q - p[lo]!) / h;
      const s = 1 - t;
      // Cubic Hermite basis on [0, 1].
      const value =
        x[lo]! * (1 + 2 * t) * s * s +
        x[hi]! * (3 - 2 * t) * t * t +
        h * (slopes[lo]! * t * s * s - slopes[hi]! * t * t * s);
      return Math.min(Math.max(value, x[lo]!), x[hi]!);
    },
  };
}

/**
 * Fritsch–Butland slopes dx/dp at each knot: zero where the secants change sign (never here, x
 * rises), else their weighted harmonic mean; one-sided three-point slopes at the ends, limited
 * to keep the cubic monotone (as SciPy's `PchipInterpolator`).
 */
function pchipSlopes(p: Float64Array, x: Float64Array): Float64Array {
  const n = p.length;
  const h = new Float64Array(n - 1);
  const delta = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    h[k] = p[k + 1]! - p[k]!;
    delta[k] = (x[k + 1]! - x[k]!) / h[k]!;
  }
  const slopes = new Float64Array(n);
  if (n === 2) {
    slopes.fill(delta[0]!);
    return slopes;
  }
  for (let k = 1; k < n - 1; k++) {
    const [d0, d1] = [delta[k - 1]!, delta[k]!];
    if (d0 <= 0 || d1 <= 0) continue;
    const w1 = 2 * h[k]! + h[k - 1]!;
    const w2 = h[k]! + 2 * h[k - 1]!;
    slopes[k] = (w1 + w2) / (w1 / d0 + w2 / d1);
  }
  slopes[0] = endSlope(h[0]!, h[1]!, delta[0]!, delta[1]!);
  slopes[n - 1] = endSlope(h[n - 2]!, h[n - 3]!, delta[n - 2]!, delta[n - 3]!);
  return slopes;
}

/** The end slope from the end interval (h0, d0) and its neighbour (h1, d1), kept monotone. */
function endSlope(h0: number, h1: number, d0: number, d1: number): number {
  const slope = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
  if (Math.sign(slope) !== Math.sign(d0)) return 0;
  if (Math.sign(d0) !== Math.sign(d1) && Math.abs(slope) > Math.abs(3 * d0)) return 3 * d0;
  return slope;
}
