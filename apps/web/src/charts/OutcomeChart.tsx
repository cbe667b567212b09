import { scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { useMemo } from 'react';
import type { OutcomeRow } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { ChartFrame, useChartWidth } from './ChartFrame';
import { COLOURS, FONT, STROKE } from './theme';
import { wrapWords } from './wrapWords';

const WIDTH = 640;
/** A row's height with a one-line label; each further line of its label adds `LINE`. */
const ROW = 34;
const LINE = 14;
/** Characters a label line holds in the left margin (bold, with its ◆, included). */
const LABEL_CHARS = 38;
const MARGIN = { top: 24, right: 64, bottom: 8, left: 290 };
/** Narrower than this, a row's label goes above its bar, across the chart's width. */
const STACK_BELOW = 520;
/** The stacked layout's margins: the labels need no left margin. */
const MARGIN_STACKED = { top: 30, right: 56, bottom: 8, left: 12 };
const SHARES = [0, 0.25, 0.5, 0.75, 1];

/**
 * Each outcome's share of the runs as a bar, its 95% interval as a whisker; outcomes listed in
 * `marked` (those that differ in a comparison) get a heavier label and a diamond.
 */
export function OutcomeChart({
  rows,
  marked = new Set<string>(),
  label,
}: {
  rows: readonly OutcomeRow[];
  marked?: ReadonlySet<string>;
  label: string;
}) {
  const { width, measure } = useChartWidth(WIDTH);
  const stacked = width < STACK_BELOW;
  const margin = stacked ? MARGIN_STACKED : MARGIN;
  const x = useMemo(
    () => scaleLinear<number>({ domain: [0, 1], range: [0, width - margin.left - margin.right] }),
    [width, margin],
  );
  // Each label whole, wrapped over as many lines as it needs; its row grows to hold them. Beside
  // the bars a label holds LABEL_CHARS a line; above them, as many as the chart's width holds.
  const chars = stacked ? Math.floor((width - 16) / (FONT.label * 0.6)) : LABEL_CHARS;
  let top = 0;
  const layout = rows.map((row) => {
    const lines = wrapWords(row.label, chars);
    const above = stacked ? lines.length * LINE : 0;
    const height = ROW + above + (stacked ? 0 : (lines.length - 1) * LINE);
    const at = { lines, y: top, height, above };
    top += height;
    return at;
  });
  return (
    <ChartFrame
      width={width}
      measure={measure}
      height={margin.top + top + margin.bottom}
      margin={margin}
      label={label}
      axes={{
        top: { scale: x, values: SHARES, format: (share) => `${Number(share) * 100}%`, grid: true },
      }}
    >
      {rows.map((row, i) => {
        const { lines, y, height, above } = layout[i]!;
        // The bar's middle: the row's, or below the label lines when they stand above it.
        const middle = y + above + (height - above) / 2;
        const labelX = stacked ? 0 : -8;
        const labelY = stacked ? y + LINE - 2 : middle + 4 - ((lines.length - 1) * LINE) / 2;
        const isMarked = marked.has(row.id);
        const whisker = { stroke: COLOURS.ink, strokeWidth: STROKE.whisker };
        return (
          <g key={row.id} data-outcome={row.id}>
            <title>{`${row.label}: ${row.definition}`}</title>
            <text
              x={labelX}
              y={labelY}
              textAnchor={stacked ? 'start' : 'end'}
              fontSize={FONT.label}
              fontWeight={isMarked ? 700 : 400}
              fill={COLOURS.ink}
            >
              {lines.map((text, l) => (
                <tspan key={text} x={labelX} dy={l === 0 ? 0 : LINE}>
                  {isMarked && l === 0 ? '◆ ' : ''}
                  {text}
                </tspan>
              ))}
            </text>
            <Bar
              x={x(0)}
              y={middle - ROW / 2 + 8}
              width={Math.max(0, x(row.share) - x(0))}
              height={ROW - 16}
              fill={COLOURS.bar}
              opacity={0.85}
            />
            <Line
              from={{ x: x(row.low), y: middle }}
              to={{ x: x(row.high), y: middle }}
              {...whisker}
            />
            <Line
              from={{ x: x(row.low), y: middle - ROW / 2 + 10 }}
              to={{ x: x(row.low), y: middle + ROW / 2 - 10 }}
              {...whisker}
            />
            <Line
              from={{ x: x(row.high), y: middle - ROW / 2 + 10 }}
              to={{ x: x(row.high), y: middle + ROW / 2 - 10 }}
              {...whisker}
            />
            <text x={x(1) + 8} y={middle + 4} fontSize={FONT.label} fill={COLOURS.ink}>
              {percent(row.share)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
