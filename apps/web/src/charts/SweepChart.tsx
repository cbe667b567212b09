import { GlyphCircle, GlyphDiamond, GlyphSquare, GlyphTriangle } from '@visx/glyph';
import { scaleLinear } from '@visx/scale';
import { Area, Line, LinePath } from '@visx/shape';
import { useMemo } from 'react';
import { percent } from '../lib/batchData';
import { ChartFrame, labelWidth, useChartWidth } from './ChartFrame';
import { ChartLegend, legendLayout } from './ChartLegend';
import { FONT, OPACITY, outcomeColour, STROKE } from './theme';

/** One point of a sensitivity curve: the swept value and each outcome's share with its interval. */
export interface SweepPoint {
  label: string;
  outcomes: Record<string, { share: number; low: number; high: number }>;
}

const WIDTH = 720;
const HEIGHT = 340;
const MARGIN = { top: 14, right: 200, bottom: 40, left: 48 };
/** Narrower than this, the key goes under the plot, across the chart's width. */
const STACK_BELOW = 560;
/** The plot's height in the stacked layout, and the gap between the axis's label and the key. */
const STACKED_PLOT = 240;
const KEY_GAP = 12;
const SHARES = [0, 0.25, 0.5, 0.75, 1];

/** Lines of the outcomes after the first: dashed each its own way, so equal lines stay apart. */
const DASHES = ['', '7 3', '2 3', '9 3 2 3', '4 4', '1 2'];
/** Point markers: the shape, not only the colour, tells the outcome. */
const GLYPHS = [GlyphCircle, GlyphSquare, GlyphTriangle, GlyphDiamond];
/** Characters a legend line holds. */
const LEGEND_CHARS = 21;
const NONE = { share: 0, low: 0, high: 0 };

/**
 * Each outcome's share across the swept values: a line through the points, each point's 95%
 * interval as a band, one colour, one dash and one marker shape per outcome, labelled in a key.
 */
export function SweepChart({
  points,
  outcomes,
  parameter,
  highlight,
}: {
  points: readonly SweepPoint[];
  /** Each outcome with its label and, shown on hover of its legend entry, its definition. */
  outcomes: readonly { id: string; label: string; definition?: string }[];
  parameter: string;
  highlight: string;
}) {
  const n = points.length;
  const { width, measure } = useChartWidth(WIDTH);
  const stacked = width < STACK_BELOW;
  // Beside the plot the key holds LEGEND_CHARS a line; under it, what the width holds after
  // the swatch.
  const chars = stacked ? Math.floor((width - 34 - 8) / labelWidth('m', FONT.label)) : LEGEND_CHARS;
  const keyHeight = legendLayout(
    outcomes.map((outcome) => outcome.label),
    chars,
  ).height;
  // Beside the plot, a key taller than the plot makes the figure (and the plot) taller, so no
  // entry is cut; under it, the key adds its own height below the axis.
  const margin = stacked
    ? { ...MARGIN, right: 12, bottom: MARGIN.bottom + KEY_GAP + keyHeight }
    : MARGIN;
  const height = stacked
    ? MARGIN.top + STACKED_PLOT + margin.bottom
    : Math.max(HEIGHT, MARGIN.top + keyHeight + MARGIN.bottom);
  const inner = {
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  const x = useMemo(
    () =>
      scaleLinear<number>({
        domain: n === 1 ? [-1, 1] : [0, n - 1],
        range: [0, inner.width],
      }),
    [n, inner.width],
  );
  const y = useMemo(
    () => scaleLinear<number>({ domain: [0, 1], range: [inner.height, 0] }),
    [inner.height],
  );
  // At most ten labelled values, and one per 48 units of a narrow plot.
  const every = Math.max(1, Math.ceil(n / Math.min(10, Math.floor(inner.width / 48))));
  const labelled = points.flatMap((_, i) => (i % every === 0 || i === n - 1 ? [i] : []));
  const style = (o: number, strong: boolean) => ({
    colour: outcomeColour(o),
    dash: DASHES[o % DASHES.length] || undefined,
    width: strong ? STROKE.strong : STROKE.line,
    Glyph: GLYPHS[o % GLYPHS.length]!,
  });
  // The chosen outcome is drawn last, over lines at the same values.
  const order = outcomes
    .map((outcome, o) => ({ outcome, o }))
    .sort((a, b) => Number(a.outcome.id === highlight) - Number(b.outcome.id === highlight));
  const indices = points.map((_, i) => i);
  return (
    <ChartFrame
      width={width}
      measure={measure}
      height={height}
      margin={margin}
      label={`Outcome shares as ${parameter} varies, with 95% bands`}
      axes={{
        left: {
          scale: y,
          values: SHARES,
          format: (share) => `${Number(share) * 100}%`,
          grid: true,
        },
        bottom: {
          scale: x,
          values: labelled,
          format: (i) => points[Number(i)]!.label,
          label: parameter,
        },
      }}
    >
      {order.map(({ outcome, o }) => {
        const strong = outcome.id === highlight;
        const { colour, dash, width, Glyph } = style(o, strong);
        const at = (i: number) => points[i]!.outcomes[outcome.id] ?? NONE;
        return (
          <g key={outcome.id} data-curve={outcome.id}>
            {n > 1 && (
              <Area<number>
                data={indices}
                x={(i) => x(i)}
                y0={(i) => y(at(i).low)}
                y1={(i) => y(at(i).high)}
                fill={colour}
                opacity={strong ? OPACITY.intervalStrong : OPACITY.interval}
              />
            )}
            {n > 1 && (
              <LinePath<number>
                data={indices}
                x={(i) => x(i)}
                y={(i) => y(at(i).share)}
                stroke={colour}
                strokeWidth={width}
                strokeDasharray={dash}
              />
            )}
            {indices.map((i) => (
              <Glyph
                key={points[i]!.label}
                left={x(i)}
                top={y(at(i).share)}
                size={64}
                fill={colour}
              />
            ))}
          </g>
        );
      })}
      <ChartLegend
        x={stacked ? -margin.left + 8 : inner.width + 8}
        y={stacked ? inner.height + MARGIN.bottom + KEY_GAP : 0}
        chars={chars}
        entries={outcomes.map((outcome, o) => {
          const strong = outcome.id === highlight;
          const { colour, dash, width, Glyph } = style(o, strong);
          return {
            key: outcome.id,
            label: outcome.label,
            ...(outcome.definition ? { description: outcome.definition } : {}),
            strong,
            swatch: (
              <g>
                <Line
                  from={{ x: 0, y: 6 }}
                  to={{ x: 20, y: 6 }}
                  stroke={colour}
                  strokeWidth={width}
                  strokeDasharray={dash}
                />
                <Glyph left={10} top={6} size={64} fill={colour} />
              </g>
            ),
          };
        })}
      />
    </ChartFrame>
  );
}

/** The points' shares of one outcome in words, for the chart's text alternative. */
export function describeSweep(points: readonly SweepPoint[], outcome: string): string {
  return points
    .map((point) => {
      const value = point.outcomes[outcome];
      return value ? `${point.label}: ${percent(value.share)}` : `${point.label}: —`;
    })
    .join('; ');
}
