import { scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { useMemo } from 'react';
import { percent } from '../lib/batchData';
import { ChartFrame, labelWidth, useChartWidth } from './ChartFrame';
import { barEntries, ChartLegend, legendLayout } from './ChartLegend';
import { COLOURS, FONT, STROKE } from './theme';

/** One bar: the outcome's share with the field at its low and at its high value. */
export interface TornadoBar {
  path: string;
  lowValue: number;
  highValue: number;
  lowShare: number;
  highShare: number;
}

const WIDTH = 720;
const ROW = 30;
const MARGIN = { top: 30, right: 40, bottom: 30, left: 300 };
const KEY = [
  { key: 'low', label: 'low value (left of the slash)', fill: COLOURS.low },
  { key: 'high', label: 'high value (right of the slash)', fill: COLOURS.high },
];
const KEY_CHARS = 40;
/** Narrower than this, each bar's field and values go on a line above it. */
const STACK_BELOW = 560;
const MARGIN_STACKED = { top: 30, right: 16, bottom: 30, left: 12 };
/** The height of the line above a stacked bar. */
const HEAD = 16;

/** The swing of a bar: how far the outcome moves between the field's low and high value. */
export function swing(bar: TornadoBar): number {
  return Math.abs(bar.highShare - bar.lowShare);
}

/**
 * A tornado chart: per field, a bar from the outcome's share at the field's low value to its
 * share at the high value, around the scenario's share (the vertical line); the widest swing on
 * top. Low and high differ by colour and by the value printed at each end.
 */
export function TornadoChart({
  bars,
  base,
  outcome,
}: {
  bars: readonly TornadoBar[];
  base: number;
  outcome: string;
}) {
  const sorted = [...bars].sort((a, b) => swing(b) - swing(a) || a.path.localeCompare(b.path));
  const shares = [base, ...bars.flatMap((bar) => [bar.lowShare, bar.highShare])];
  const min = Math.max(0, Math.min(...shares) - 0.05);
  const max = Math.min(1, Math.max(...shares) + 0.05);
  const { width, measure } = useChartWidth(WIDTH);
  const stacked = width < STACK_BELOW;
  const margin = stacked ? MARGIN_STACKED : MARGIN;
  const head = stacked ? HEAD : 0;
  const innerWidth = width - margin.left - margin.right;
  const plotHeight = sorted.length * (ROW + head);
  const x = useMemo(
    () => scaleLinear<number>({ domain: [min, Math.max(min + 1e-9, max)], range: [0, innerWidth] }),
    [min, max, innerWidth],
  );
  const keyChars = Math.min(KEY_CHARS, Math.floor((width - 34 - 8) / labelWidth('m', FONT.label)));
  const key = legendLayout(
    KEY.map((entry) => entry.label),
    keyChars,
  );
  // The key goes under the axis, in the left margin's width and the plot's.
  const height = margin.top + plotHeight + margin.bottom + key.height + 8;
  const baseX = x(base);
  return (
    <ChartFrame
      width={width}
      measure={measure}
      height={height}
      margin={{ ...margin, bottom: height - margin.top - plotHeight }}
      label={`Tornado chart: how each field moves “${outcome}”`}
      axes={{
        bottom: {
          scale: x,
          values: [min, (min + max) / 2, max],
          format: (share) => percent(Number(share)),
        },
      }}
    >
      <text
        x={baseX}
        y={-14}
        textAnchor={baseX > innerWidth - 60 ? 'end' : baseX < 60 ? 'start' : 'middle'}
        fontSize={FONT.tick}
        fill={COLOURS.ink}
      >
        scenario: {percent(base)}
      </text>
      {sorted.map((bar, i) => {
        const yMid = i * (ROW + head) + head + ROW / 2;
        const lowX = x(bar.lowShare);
        const highX = x(bar.highShare);
        return (
          <g key={bar.path} data-bar={bar.path}>
            <text
              x={stacked ? 0 : -10}
              y={stacked ? yMid - ROW / 2 - 2 : yMid + 4}
              textAnchor={stacked ? 'start' : 'end'}
              fontSize={FONT.label}
              fill={COLOURS.ink}
            >
              {bar.path} <tspan fill={COLOURS.lowInk}>{bar.lowValue}</tspan>
              <tspan fill={COLOURS.muted}> / </tspan>
              <tspan fill={COLOURS.highInk}>{bar.highValue}</tspan>
            </text>
            <Bar
              x={Math.min(lowX, baseX)}
              y={yMid - 9}
              width={Math.abs(lowX - baseX)}
              height={18}
              fill={COLOURS.low}
            />
            <Bar
              x={Math.min(highX, baseX)}
              y={yMid - 9}
              width={Math.abs(highX - baseX)}
              height={18}
              fill={COLOURS.high}
              opacity={0.85}
            />
          </g>
        );
      })}
      <Line
        from={{ x: baseX, y: -8 }}
        to={{ x: baseX, y: plotHeight }}
        stroke={COLOURS.ink}
        strokeWidth={STROKE.whisker}
      />
      <ChartLegend
        x={-margin.left + 4}
        y={plotHeight + margin.bottom}
        chars={keyChars}
        entries={barEntries(KEY)}
      />
    </ChartFrame>
  );
}
