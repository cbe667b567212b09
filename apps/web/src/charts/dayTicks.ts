/**
 * `count` days of a run of `horizon` days to label on an axis, evenly spread from day 0 to the
 * last day (horizon − 1), whole and without repeats: `dayTicks(120, 3)` is [0, 60, 119]. A day
 * spans [d, d + 1] on a chart's x scale, so its label goes at d + 0.5.
 */
export function dayTicks(horizon: number, count: number): number[] {
  const last = Math.max(0, horizon - 1);
  if (count <= 1 || last === 0) return [0];
  const days = Array.from({ length: count }, (_, i) => Math.round((i * last) / (count - 1)));
  return [...new Set(days)];
}
