/** The normal quantile of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** A share with its 95% interval, all in 0..1. */
export interface ShareInterval {
  share: number;
  low: number;
  high: number;
}

/**
 * The 95% Wilson score interval of a share of `count` out of `runs`: well behaved near 0 and 1
 * and at small `runs`, unlike the normal (Wald) interval, which collapses to a point at 0 and 1.
 *
 * @example
 * wilsonInterval(0, 100); // { share: 0, low: 0, high: 0.037 }
 */
export function wilsonInterval(count: number, runs: number, z = Z95): ShareInterval {
  if (runs <= 0) return { share: 0, low: 0, high: 1 };
  const share = count / runs;
  const z2 = z * z;
  const denominator = 1 + z2 / runs;
  const centre = (share + z2 / (2 * runs)) / denominator;
  const half = (z / denominator) * Math.sqrt((share * (1 - share)) / runs + z2 / (4 * runs * runs));
  // At 0 and at the full count the bound is exactly 0 or 1; rounding must not move it off.
  return {
    share,
    low: count === 0 ? 0 : Math.max(0, centre - half),
    high: count === runs ? 1 : Math.min(1, centre + half),
  };
}

/** A difference of two shares (b − a) with its 95% interval, in −1..1. */
export interface DifferenceInterval {
  difference: number;
  low: number;
  high: number;
  /** Whether the interval excludes 0: the two shares differ at the 95% level. */
  significant: boolean;
}

/**
 * The 95% interval of the difference of two independent shares, b − a, by Newcombe's hybrid
 * score method (his method 10), built from the two Wilson intervals.
 */
export function differenceInterval(a: ShareInterval, b: ShareInterval): DifferenceInterval {
  const difference = b.share - a.share;
  const low = difference - Math.hypot(b.share - b.low, a.high - a.share);
  const high = difference + Math.hypot(b.high - b.share, a.share - a.low);
  return { difference, low, high, significant: low > 0 || high < 0 };
}

/**
 * A share's interval in percent, both bounds with one decimal (`93.0–99.4%`, `0.0–3.7%`), so a
 * column of intervals reads alike; the CLI and the web app both print intervals with it.
 */
export function formatInterval(low: number, high: number): string {
  const percent = (value: number) => (value * 100).toFixed(1);
  return `${percent(low)}–${percent(high)}%`;
}
