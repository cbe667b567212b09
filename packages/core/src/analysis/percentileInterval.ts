/**
 * The central `confidence` interval of the finite values in `estimates` (the percentile
 * bootstrap interval), by linear interpolation between order statistics; [NaN, NaN] when none is
 * finite. Sorts `estimates` in place.
 */
export function percentileInterval(estimates: Float64Array, confidence: number): [number, number] {
  estimates.sort(); // typed arrays sort numerically, NaN last
  let count = estimates.length;
  while (count > 0 && !Number.isFinite(estimates[count - 1]!)) count--;
  if (count === 0) return [Number.NaN, Number.NaN];
  const tail = (1 - confidence) / 2;
  return [at(estimates, count, tail), at(estimates, count, 1 - tail)];
}

function at(sorted: Float64Array, count: number, q: number): number {
  const position = q * (count - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, count - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}
