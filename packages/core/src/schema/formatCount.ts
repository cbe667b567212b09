/**
 * A count with its noun, agreeing in number and grouped by thousands: `1 run`, `2,000 runs`,
 * `0 runs`. `plural` is the noun's plural when it is not the singular plus `s`.
 *
 * @example
 * formatCount(1, 'run'); // '1 run'
 * formatCount(12000, 'grid point'); // '12,000 grid points'
 */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
