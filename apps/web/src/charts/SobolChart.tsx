import { scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { barEntries, ChartLegend, legendLayout } from './ChartLegend';
import { COLOURS, FONT, STROKE } from './theme';

/** One parameter's Sobol indices, with their bootstrap intervals, as the chart draws them. */
export interface SobolRow {
  /** The field's name (the row's key). */
  name: string;
  /** Its plain name, the row's label. */
  label: string;
  first: number;
  firstInterval: readonly [number, number];
  total: number;
  totalInterval: readonly [number, number];
}

const WIDTH = 720;
const ROW = 30;
const BAR = 10;
const MARGIN = { top: 12, right: 24, bottom: 34, left: 250 };
const KEY = [
  { key: 'total', label: 'total order ST: alone and with every interaction', fill: COLOURS.high },
  { key: 'first', label: 'first order S1: alone', fill: COLOURS.low },
];
const KEY_CHARS = 56;

/** Rows from the highest total-order index down (undefined indices last), then by name. */
export function sobolOrder(rows: readonly SobolRow[]): SobolRow[] {
  const key = (value: number) => (Number.isFinite(value) ? value : Number.NEGATIVE_INFINITY);
  return [...rows].sort((a, b) => key(b.total) - key(a.total) || a.name.localeCompare(b.name));
}

/**
 * Sobol indices as bars: per parameter (highest total order on top), its total-order index and
 * under it its first-order index, each bar with a whisker across its 95% bootstrap interval.
 * The axis runs from 0 to 1 (further if an interval strays past 1, or below 0).
 */
export function SobolChart({ rows, outcome }: { rows: readonly SobolRow[]; outcome: string }) {
  const sorted = sobolOrder(rows);
  const values = sorted.flatMap((row) => [
    row.first,
    row.total,
    ...row.firstInterval,
    ...row.totalInterval,
  ]);
  const finite = values.filter(Number.isFinite);
  const min = Math.min(0, ...finite);
  const max = Math.max(1, ...finite);
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = sorted.length * ROW;
  const x = useMemo(
    () => scaleLinear<number>({ domain: [min, max], range: [0, innerWidth], nice: true }),
    [min, max, innerWidth],
  );
  const key = legendLayout(
    KEY.map((entry) => entry.label),
    KEY_CHARS,
  );
  const height = MARGIN.top + plotHeight + MARGIN.bottom + key.height + 8;
  const zero = x(0);
  const bar = (value: number, interval: readonly [number, number], y: number, fill: string) =>
    Number.isFinite(value) ? (
      <>
        <Bar
          x={Math.min(zero, x(value))}
          y={y}
          width={Math.abs(x(value) - zero)}
          height={BAR}
          fill={fill}
        />
        {Number.isFinite(interval[0]) && Number.isFinite(interval[1]) && (
          <g stroke={COLOURS.ink} strokeWidth={STROKE.hair} data-interval>
            <Line
              from={{ x: x(interval[0]), y: y + BAR / 2 }}
              to={{ x: x(interval[1]), y: y + BAR / 2 }}
            />
            <Line
              from={{ x: x(interval[0]), y: y + 1 }}
              to={{ x: x(interval[0]), y: y + BAR - 1 }}
            />
            <Line
              from={{ x: x(interval[1]), y: y + 1 }}
              to={{ x: x(interval[1]), y: y + BAR - 1 }}
            />
          </g>
        )}
      </>
    ) : null;
  return (
    <ChartFrame
      width={WIDTH}
      height={height}
      margin={{ ...MARGIN, bottom: height - MARGIN.top - plotHeight }}
      label={`Sobol indices of “${outcome}”: total and first order of each assumption, with 95% intervals`}
      axes={{
        bottom: {
          scale: x,
          values: x.ticks(5),
          format: (value) => Number(value).toFixed(1),
          grid: true,
          line: true,
        },
      }}
    >
      {sorted.map((row, i) => {
        const top = i * ROW + (ROW - 2 * BAR - 2) / 2;
        return (
          <g key={row.name} data-sobol={row.name}>
            <text
              x={-10}
              y={i * ROW + ROW / 2 + 4}
              textAnchor="end"
              fontSize={FONT.label}
              fill={COLOURS.ink}
            >
              {row.label}
            </text>
            {bar(row.total, row.totalInterval, top, COLOURS.high)}
            {bar(row.first, row.firstInterval, top + BAR + 2, COLOURS.low)}
          </g>
        );
      })}
      <Line
        from={{ x: zero, y: 0 }}
        to={{ x: zero, y: plotHeight }}
        stroke={COLOURS.dark}
        strokeWidth={STROKE.hair}
      />
      <ChartLegend
        x={-MARGIN.left + 4}
        y={plotHeight + MARGIN.bottom}
        chars={KEY_CHARS}
        entries={barEntries(KEY)}
      />
    </ChartFrame>
  );
}
