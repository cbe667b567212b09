import { scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { ChartFrame } from './ChartFrame';
import { ChartLegend, legendLayout } from './ChartLegend';
import { COLOURS, FONT, STROKE } from './theme';

/** One limit of a PRIM box: a parameter's range, the box's part of it, and the pack's value. */
export interface PrimLimit {
  name: string;
  label: string;
  /** The parameter's whole range. */
  low: number;
  high: number;
  /** The box's limits on it. */
  boxLow: number;
  boxHigh: number;
  /** The pack's value. */
  value: number;
}

const WIDTH = 720;
const ROW = 40;
const MARGIN = { top: 8, right: 24, bottom: 30, left: 250 };
const KEY_CHARS = 60;
const KEY = {
  box: 'the box: where the outcome mostly happens (on the range, pale)',
  value: 'the pack’s value',
};

/** A number as a chart prints a range's end: at most three significant digits. */
function short(value: number): string {
  return Number(value.toPrecision(3)).toString();
}

/**
 * PRIM's chosen box: per parameter it restricts, the parameter's whole range as a pale track
 * (each row on its own scale, from its low to its high), the box's part of it as a bar with its
 * ends printed, and the pack's value as a tick.
 */
export function PrimBoxChart({
  limits,
  outcome,
}: {
  limits: readonly PrimLimit[];
  outcome: string;
}) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = limits.length * ROW;
  const keyHeight = legendLayout([KEY.box, KEY.value], KEY_CHARS).height + 8;
  const height = MARGIN.top + plotHeight + MARGIN.bottom + keyHeight;
  return (
    <ChartFrame
      width={WIDTH}
      height={height}
      margin={{ ...MARGIN, bottom: height - MARGIN.top - plotHeight }}
      label={`PRIM's box for “${outcome}”: the part of each assumption's range where it mostly happens`}
    >
      {limits.map((limit, i) => {
        const x = scaleLinear<number>({
          domain: [limit.low, limit.high > limit.low ? limit.high : limit.low + 1],
          range: [0, innerWidth],
        });
        const mid = i * ROW + ROW / 2 - 4;
        const from = x(limit.boxLow);
        const to = x(limit.boxHigh);
        return (
          <g key={limit.name} data-limit={limit.name}>
            <text x={-10} y={mid + 4} textAnchor="end" fontSize={FONT.label} fill={COLOURS.ink}>
              {limit.label}
            </text>
            <Bar
              x={0}
              y={mid - 5}
              width={innerWidth}
              height={10}
              fill={COLOURS.band}
              stroke={COLOURS.grid}
            />
            <Bar
              x={from}
              y={mid - 7}
              width={Math.max(1, to - from)}
              height={14}
              fill={COLOURS.high}
              opacity={0.85}
            />
            <Line
              from={{ x: x(limit.value), y: mid - 10 }}
              to={{ x: x(limit.value), y: mid + 10 }}
              stroke={COLOURS.ink}
              strokeWidth={STROKE.whisker}
            />
            <text x={0} y={mid + 20} fontSize={FONT.small} fill={COLOURS.muted}>
              {short(limit.low)}
            </text>
            <text
              x={innerWidth}
              y={mid + 20}
              textAnchor="end"
              fontSize={FONT.small}
              fill={COLOURS.muted}
            >
              {short(limit.high)}
            </text>
            <text
              x={(from + to) / 2}
              y={mid + 20}
              textAnchor="middle"
              fontSize={FONT.small}
              fill={COLOURS.highInk}
            >
              {short(limit.boxLow)}–{short(limit.boxHigh)}
            </text>
          </g>
        );
      })}
      <ChartLegend
        x={-MARGIN.left + 4}
        y={plotHeight + MARGIN.bottom - 10}
        chars={KEY_CHARS}
        entries={[
          {
            key: 'box',
            label: KEY.box,
            swatch: <rect x={0} y={1} width={24} height={10} fill={COLOURS.high} opacity={0.85} />,
          },
          {
            key: 'value',
            label: KEY.value,
            swatch: (
              <line
                x1={12}
                x2={12}
                y1={0}
                y2={12}
                stroke={COLOURS.ink}
                strokeWidth={STROKE.whisker}
              />
            ),
          },
        ]}
      />
    </ChartFrame>
  );
}
