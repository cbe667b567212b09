import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { useMemo } from 'react';
import type { DayBin } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { ChartFrame } from './ChartFrame';
import { dayTicks } from './dayTicks';
import { COLOURS, STROKE } from './theme';

const WIDTH = 640;
// Right: room for "100.0%, median 119".
const MARGIN = { top: 8, right: 150, bottom: 22, left: 150 };
const ROW = 40;

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
  const inner = { width: WIDTH - MARGIN.left - MARGIN.right, height: rows.length * ROW };
  const x = useMemo(
    () => scaleLinear<number>({ domain: [0, horizon], range: [0, inner.width] }),
    [horizon, inner.width],
  );
  const dayAxis = useMemo(
    () => scaleLinear<number>({ domain: [-0.5, horizon - 0.5], range: [0, inner.width] }),
    [horizon, inner.width],
  );
  const row = useMemo(
    () => scaleBand<string>({ domain: rows.map((r) => r.actor), range: [0, inner.height] }),
    [rows, inner.height],
  );
  const byActor = new Map(rows.map((r) => [r.actor, r]));
  return (
    <ChartFrame
      width={WIDTH}
      height={inner.height + MARGIN.top + MARGIN.bottom}
      margin={MARGIN}
      label={label}
      axes={{
        left: { scale: row, format: (actor) => byActor.get(String(actor))?.name ?? '' },
        right: {
          scale: row,
          format: (actor) => {
            const r = byActor.get(String(actor));
            return r && r.reached > 0 ? `${percent(r.reached)}, median ${r.median}` : 'never';
          },
        },
        bottom: { scale: dayAxis, values: dayTicks(horizon, 5), format: (day) => `day ${day}` },
      }}
    >
      {rows.map((r) => {
        const top = row(r.actor) ?? 0;
        const base = top + ROW - 4;
        const peak = Math.max(1, ...r.bins.map((bin) => bin.count));
        return (
          <g key={r.actor}>
            <Line
              from={{ x: x(0), y: base }}
              to={{ x: x(horizon), y: base }}
              stroke={COLOURS.baseline}
            />
            {r.bins.map((bin) => {
              const h = (bin.count / peak) * (ROW - 10);
              return (
                <Bar
                  key={bin.from}
                  x={x(bin.from) + 0.5}
                  y={base - h}
                  width={Math.max(0.5, x(bin.to) - x(bin.from) - 1)}
                  height={h}
                  fill={r.colour}
                />
              );
            })}
            {r.median !== null && (
              <Line
                from={{ x: x(r.median + 0.5), y: top + 4 }}
                to={{ x: x(r.median + 0.5), y: top + ROW - 2 }}
                stroke={COLOURS.ink}
                strokeDasharray="3 2"
                strokeWidth={STROKE.whisker}
              />
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
