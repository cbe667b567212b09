import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { useMemo } from 'react';
import type { DayBin } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { ChartFrame, type FrameAxis, useChartWidth } from './ChartFrame';
import { dayTicks } from './dayTicks';
import { COLOURS, FONT, STROKE } from './theme';

const WIDTH = 640;
// Right: room for "100.0%, median 119".
const MARGIN = { top: 8, right: 150, bottom: 22, left: 150 };
const ROW = 40;
/** Narrower than this, each row's name and figures go on a line above its histogram. */
const STACK_BELOW = 520;
const MARGIN_STACKED = { top: 8, right: 8, bottom: 22, left: 8 };
/** The height of the line above a stacked row's histogram. */
const HEAD = 16;

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
  const { width, measure } = useChartWidth(WIDTH);
  const stacked = width < STACK_BELOW;
  const margin = stacked ? MARGIN_STACKED : MARGIN;
  // A stacked row's histogram sits under a line of its own.
  const head = stacked ? HEAD : 0;
  const inner = {
    width: width - margin.left - margin.right,
    height: rows.length * (ROW + head),
  };
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
  const figures = (r: FirstDayRow | undefined) =>
    r && r.reached > 0 ? `${percent(r.reached)}, median ${r.median}` : 'never';
  const bottom: FrameAxis = {
    scale: dayAxis,
    values: dayTicks(horizon, stacked ? 3 : 5),
    format: (day) => `day ${day}`,
  };
  return (
    <ChartFrame
      width={width}
      measure={measure}
      height={inner.height + margin.top + margin.bottom}
      margin={margin}
      label={label}
      axes={
        stacked
          ? { bottom }
          : {
              left: { scale: row, format: (actor) => byActor.get(String(actor))?.name ?? '' },
              right: { scale: row, format: (actor) => figures(byActor.get(String(actor))) },
              bottom,
            }
      }
    >
      {rows.map((r) => {
        const top = (row(r.actor) ?? 0) + head;
        const base = top + ROW - 4;
        const peak = Math.max(1, ...r.bins.map((bin) => bin.count));
        return (
          <g key={r.actor}>
            {stacked && (
              <>
                <text x={0} y={top - 4} fontSize={FONT.label} fill={COLOURS.ink}>
                  {r.name}
                </text>
                <text
                  x={inner.width}
                  y={top - 4}
                  textAnchor="end"
                  fontSize={FONT.label}
                  fill={COLOURS.ink}
                >
                  {figures(r)}
                </text>
              </>
            )}
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
