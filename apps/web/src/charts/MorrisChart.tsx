import { GlyphCircle } from '@visx/glyph';
import { scaleLinear } from '@visx/scale';
import { Line } from '@visx/shape';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { ChartLegend, type LegendEntry, legendLayout } from './ChartLegend';
import { COLOURS, FONT, STROKE } from './theme';

/** One parameter's Morris measures, as the scatter draws them. */
export interface MorrisPoint {
  name: string;
  label: string;
  /** μ*, the mean absolute elementary effect. */
  meanAbsolute: number;
  meanAbsoluteInterval: readonly [number, number];
  /** σ, the standard deviation of the elementary effects. */
  deviation: number;
}

const WIDTH = 720;
const HEIGHT = 460;
const MARGIN = { top: 16, right: 24, bottom: 44, left: 56 };
/** Points labelled on the chart, by μ*: the rest are in the table beside it. */
export const MORRIS_LABELLED = 6;

/** One label of the scatter, placed. */
interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  strong: boolean;
}

const LINE = 13;

/** The key under the scatter: its two kinds of point and the grey whisker across each. */
const KEY: readonly LegendEntry[] = [
  {
    key: 'named',
    label: `one of the ${MORRIS_LABELLED} most influential assumptions, named`,
    swatch: <circle cx={5} cy={6} r={4.5} fill={COLOURS.high} />,
  },
  {
    key: 'ranked',
    label: 'another assumption, by its rank (the table lists them all)',
    swatch: <circle cx={5} cy={6} r={3.4} fill={COLOURS.bar} />,
  },
  {
    key: 'interval',
    label: 'grey line: the 95% bootstrap interval of its μ*',
    swatch: <line x1={0} x2={26} y1={6} y2={6} stroke={COLOURS.faint} strokeWidth={STROKE.hair} />,
  },
];
const KEY_CHARS = 70;

/**
 * The scatter's labels: the `MORRIS_LABELLED` most influential points by rank and name, each a
 * line lower than any label it would cover; the others by rank, or, where several sit on one
 * spot, one count for them all ("12 points"), so no two labels are drawn over each other.
 */
function morrisLabels(
  ranked: readonly MorrisPoint[],
  x: (value: number) => number,
  y: (value: number) => number,
  width: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: { x0: number; x1: number; y: number }[] = [];
  const place = (key: string, text: string, cx: number, cy: number, strong: boolean) => {
    const right = cx > width * 0.6;
    const w = text.length * (strong ? FONT.label : FONT.small) * 0.56;
    const x0 = right ? cx - 8 - w : cx + 8;
    let top = cy - 6;
    while (boxes.some((b) => b.x0 < x0 + w && x0 < b.x1 && Math.abs(b.y - top) < LINE)) top += LINE;
    boxes.push({ x0, x1: x0 + w, y: top });
    placed.push({
      key,
      text,
      x: right ? cx - 8 : cx + 8,
      y: top,
      anchor: right ? 'end' : 'start',
      strong,
    });
  };
  ranked.slice(0, MORRIS_LABELLED).forEach((point, rank) => {
    place(
      point.name,
      `${rank + 1}. ${point.label}`,
      x(point.meanAbsolute),
      y(point.deviation),
      true,
    );
  });
  const spots = new Map<string, { ranks: number[]; cx: number; cy: number }>();
  ranked.slice(MORRIS_LABELLED).forEach((point, i) => {
    const cx = x(point.meanAbsolute);
    const cy = y(point.deviation);
    const key = `${Math.round(cx / 3)}:${Math.round(cy / 3)}`;
    const spot = spots.get(key) ?? { ranks: [], cx, cy };
    spot.ranks.push(MORRIS_LABELLED + i + 1);
    spots.set(key, spot);
  });
  for (const [key, spot] of spots) {
    const text = spot.ranks.length === 1 ? String(spot.ranks[0]) : `${spot.ranks.length} points`;
    place(`spot-${key}`, text, spot.cx, spot.cy, false);
  }
  return placed;
}

/**
 * Morris screening as a scatter: per parameter, μ* (overall influence) across and σ
 * (non-linearity and interactions) up, μ*'s 95% bootstrap interval as a grey whisker; the
 * `MORRIS_LABELLED` most influential labelled by name, the others by their rank (see
 * `morrisLabels`); a key under it says which is which.
 */
export function MorrisChart({
  points,
  outcome,
}: {
  points: readonly MorrisPoint[];
  outcome: string;
}) {
  const ranked = [...points].sort(
    (a, b) => b.meanAbsolute - a.meanAbsolute || a.name.localeCompare(b.name),
  );
  const inner = {
    width: WIDTH - MARGIN.left - MARGIN.right,
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const key = legendLayout(
    KEY.map((entry) => entry.label),
    KEY_CHARS,
  );
  const maxX = Math.max(
    1e-6,
    ...points.flatMap((p) => [p.meanAbsolute, p.meanAbsoluteInterval[1]]),
  );
  const maxY = Math.max(1e-6, ...points.map((p) => p.deviation));
  const x = useMemo(
    () => scaleLinear<number>({ domain: [0, maxX], range: [0, inner.width], nice: true }),
    [maxX, inner.width],
  );
  const y = useMemo(
    () => scaleLinear<number>({ domain: [0, maxY], range: [inner.height, 0], nice: true }),
    [maxY, inner.height],
  );
  const labelled = new Set(ranked.slice(0, MORRIS_LABELLED).map((point) => point.name));
  const labels = morrisLabels(ranked, x, y, inner.width);
  return (
    <ChartFrame
      width={WIDTH}
      height={HEIGHT + key.height + 8}
      margin={{ ...MARGIN, bottom: MARGIN.bottom + key.height + 8 }}
      label={`Morris screening of “${outcome}”: mean absolute effect μ* across, its spread σ up, one point per assumption`}
      axes={{
        bottom: {
          scale: x,
          values: x.ticks(6),
          format: (value) => Number(value).toFixed(2),
          label: 'μ*: mean absolute effect on the outcome, per whole range of the assumption',
          grid: true,
          line: true,
        },
        left: {
          scale: y,
          values: y.ticks(5),
          format: (value) => Number(value).toFixed(2),
          grid: true,
          line: true,
        },
      }}
    >
      <text x={4} y={10} fontSize={FONT.tick} fill={COLOURS.muted}>
        σ: spread of the effects (non-linear, or interacting)
      </text>
      {ranked.map((point) => {
        const cy = y(point.deviation);
        return (
          <g key={point.name} data-morris={point.name}>
            <Line
              from={{ x: x(point.meanAbsoluteInterval[0]), y: cy }}
              to={{ x: x(point.meanAbsoluteInterval[1]), y: cy }}
              stroke={COLOURS.faint}
              strokeWidth={STROKE.hair}
            />
            <GlyphCircle
              left={x(point.meanAbsolute)}
              top={cy}
              size={labelled.has(point.name) ? 64 : 36}
              fill={labelled.has(point.name) ? COLOURS.high : COLOURS.bar}
              stroke={COLOURS.white}
              strokeWidth={STROKE.hair}
            />
          </g>
        );
      })}
      {labels.map((label) => (
        <text
          key={label.key}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          fontSize={label.strong ? FONT.label : FONT.small}
          fill={label.strong ? COLOURS.ink : COLOURS.muted}
          stroke={COLOURS.halo}
          strokeWidth={3}
          paintOrder="stroke"
          data-morris-label={label.key}
        >
          {label.text}
        </text>
      ))}
      <ChartLegend
        x={-MARGIN.left + 4}
        y={inner.height + MARGIN.bottom}
        chars={KEY_CHARS}
        entries={KEY}
      />
    </ChartFrame>
  );
}
