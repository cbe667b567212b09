import type { DayBin } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { dayTicks } from './dayTicks';

const WIDTH = 640;
const LABEL = 150;
// Room for "100.0%, median 119" at 11.5px.
const RIGHT = 150;
const ROW = 40;
const TOP = 8;
const BOTTOM = 22;

export interface FirstDayRow {
  actor: string;
  name: string;
  colour: string;
  bins: DayBin[];
  /** Share of runs that reached the rung at all. */
  reached: number;
  /** Median first day among those runs, null if none. */
  median: number | null;
}

/**
 * For each actor, when it first reached a rung: a histogram of first days over the horizon,
 * each scaled to its own tallest bin, with the median day marked and the share that got there.
 */
export function FirstDayChart({
  rows,
  horizon,
  label,
}: {
  rows: readonly FirstDayRow[];
  horizon: number;
  label: string;
}) {
  const height = TOP + rows.length * ROW + BOTTOM;
  const x = (day: number) => LABEL + (day / horizon) * (WIDTH - LABEL - RIGHT);
  const ticks = dayTicks(horizon, 5);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      className="mc-svg"
    >
      {rows.map((row, i) => {
        const top = TOP + i * ROW;
        const peak = Math.max(1, ...row.bins.map((bin) => bin.count));
        return (
          <g key={row.actor}>
            <text x={LABEL - 8} y={top + ROW / 2 + 4} textAnchor="end" fontSize={12} fill="#1d1d1b">
              {row.name}
            </text>
            <line
              x1={x(0)}
              x2={x(horizon)}
              y1={top + ROW - 4}
              y2={top + ROW - 4}
              stroke="#d9d8d2"
            />
            {row.bins.map((bin) => {
              const h = (bin.count / peak) * (ROW - 10);
              return (
                <rect
                  key={bin.from}
                  x={x(bin.from) + 0.5}
                  y={top + ROW - 4 - h}
                  width={Math.max(0.5, x(bin.to) - x(bin.from) - 1)}
                  height={h}
                  fill={row.colour}
                />
              );
            })}
            {row.median !== null && (
              <line
                x1={x(row.median + 0.5)}
                x2={x(row.median + 0.5)}
                y1={top + 4}
                y2={top + ROW - 2}
                stroke="#1d1d1b"
                strokeDasharray="3 2"
                strokeWidth={1.5}
              />
            )}
            <text x={WIDTH - RIGHT + 8} y={top + ROW / 2 + 4} fontSize={11.5} fill="#1d1d1b">
              {row.reached > 0 ? `${percent(row.reached)}, median ${row.median}` : 'never'}
            </text>
          </g>
        );
      })}
      {ticks.map((tick) => (
        <text
          key={tick}
          x={x(tick + 0.5)}
          y={height - 6}
          textAnchor="middle"
          fontSize={10.5}
          fill="#5b5b57"
        >
          day {tick}
        </text>
      ))}
    </svg>
  );
}
