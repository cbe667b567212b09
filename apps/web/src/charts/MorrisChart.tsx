import { GlyphCircle } from '@visx/glyph';
import { scaleLinear } from '@visx/scale';
import { Line } from '@visx/shape';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
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

/**
 * Morris screening as a scatter: per parameter, μ* (overall influence) across and σ
 * (non-linearity and interactions) up, μ*'s 95% bootstrap interval as a whisker; the
 * `MORRIS_LABELLED` most influential labelled by name, the others by their rank.
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
  return (
    <ChartFrame
      width={WIDTH}
      height={HEIGHT}
      margin={MARGIN}
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
      {ranked.map((point, rank) => {
        const cx = x(point.meanAbsolute);
        const cy = y(point.deviation);
        const labelled = rank < MORRIS_LABELLED;
        const right = cx > inner.width * 0.6;
        return (
          <g key={point.name} data-morris={point.name}>
            <Line
              from={{ x: x(point.meanAbsoluteInterval[0]), y: cy }}
              to={{ x: x(point.meanAbsoluteInterval[1]), y: cy }}
              stroke={COLOURS.faint}
              strokeWidth={STROKE.hair}
            />
            <GlyphCircle
              left={cx}
              top={cy}
              size={labelled ? 64 : 36}
              fill={labelled ? COLOURS.high : COLOURS.bar}
              stroke={COLOURS.white}
              strokeWidth={STROKE.hair}
            />
            <text
              x={cx + (right ? -8 : 8)}
              y={cy - 6}
              textAnchor={right ? 'end' : 'start'}
              fontSize={labelled ? FONT.label : FONT.small}
              fill={labelled ? COLOURS.ink : COLOURS.muted}
              stroke={COLOURS.halo}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {labelled ? `${rank + 1}. ${point.label}` : String(rank + 1)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
