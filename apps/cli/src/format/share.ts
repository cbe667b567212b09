/**
 * A share as a percentage for a table: `100%`, `42.5%`, `0.4%`, `<0.1%` for a share that is not
 * zero but rounds to it, `0%` for none.
 */
export function formatShare(share: number): string {
  if (share === 0) return '0%';
  if (share === 1) return '100%';
  const percent = share * 100;
  if (percent < 0.05) return '<0.1%';
  if (percent > 99.95) return '>99.9%';
  return `${percent.toFixed(1)}%`;
}

/** A difference of two shares in percentage points, signed: `+32.9 pts`, `−0.4 pts`. */
export function formatPoints(difference: number): string {
  const points = difference * 100;
  if (Math.abs(points) < 0.05) return '±0.0 pts';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pts`;
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A horizontal bar `width` columns long: solid up to `share` (to an eighth of a column), then a
 * light shade up to `high`, the upper bound of its interval, so the uncertainty shows.
 *
 * @example
 * shareBar(0.25, 0.31, 20); // '█████░                '
 */
export function shareBar(share: number, high: number, width: number): string {
  const eighths = Math.round(clamp(share) * width * 8);
  const full = Math.floor(eighths / 8);
  const partial = EIGHTHS[eighths % 8] ?? '';
  const solid = '█'.repeat(full) + partial;
  const used = full + (partial ? 1 : 0);
  const shaded = Math.max(0, Math.round(clamp(high) * width) - used);
  return (solid + '░'.repeat(shaded)).padEnd(width, ' ');
}

function clamp(value: number): number {
  return Math.max(0, Math.min(1, value));
}
