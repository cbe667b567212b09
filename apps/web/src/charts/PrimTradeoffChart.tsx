import { curveLinear } from '@visx/curve';
import { GlyphCircle } from '@visx/glyph';
import { scaleLinear } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import { useMemo } from 'react';
import { percent } from '../lib/batchData';
import { ChartFrame } from './ChartFrame';
import { COLOURS, FONT, STROKE } from './theme';

/** One box of PRIM's peeling trajectory: what share of the outcome's runs it keeps, and its density. */
export interface PrimStep {
  coverage: number;
  density: number;
}

const WIDTH = 720;
const HEIGHT = 380;
const MARGIN = { top: 20, right: 28, bottom: 44, left: 56 };

/**
 * PRIM's trade-off: each box of the peeling trajectory as a point, coverage (share of the runs
 * where the outcome held that lie in the box) across, density (share of the box's runs where it
 * held) up; the line runs from the whole space (full coverage, the base density, dashed across)
 * to the last peel; the chosen box is ringed and named.
 */
export function PrimTradeoffChart({
  steps,
  chosen,
  baseDensity,
  outcome,
}: {
  steps: readonly PrimStep[];
  chosen: number;
  baseDensity: number;
  outcome: string;
}) {
  const inner = {
    width: WIDTH - MARGIN.left - MARGIN.right,
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const x = useMemo(
    () => scaleLinear<number>({ domain: [0, 1], range: [0, inner.width] }),
    [inner.width],
  );
  const y = useMemo(
    () => scaleLinear<number>({ domain: [0, 1], range: [inner.height, 0] }),
    [inner.height],
  );
  const pick = steps[chosen];
  return (
    <ChartFrame
      width={WIDTH}
      height={HEIGHT}
      margin={MARGIN}
      label={`PRIM's peeling trajectory for “${outcome}”: coverage across, density up, one point per box`}
      axes={{
        bottom: {
          scale: x,
          values: [0, 0.25, 0.5, 0.75, 1],
          format: (value) => percent(Number(value)),
          label: 'coverage: share of the outcome’s runs inside the box',
          grid: true,
          line: true,
        },
        left: {
          scale: y,
          values: [0, 0.25, 0.5, 0.75, 1],
          format: (value) => percent(Number(value)),
          grid: true,
          line: true,
        },
      }}
    >
      <text x={4} y={-6} fontSize={FONT.tick} fill={COLOURS.muted}>
        density: share of the box’s runs where it happens
      </text>
      <Line
        from={{ x: 0, y: y(baseDensity) }}
        to={{ x: inner.width, y: y(baseDensity) }}
        stroke={COLOURS.faint}
        strokeDasharray="4 3"
        strokeWidth={STROKE.hair}
      />
      <text
        x={inner.width - 4}
        y={y(baseDensity) + 14}
        textAnchor="end"
        fontSize={FONT.tick}
        fill={COLOURS.muted}
      >
        all runs: {percent(baseDensity)}
      </text>
      <LinePath
        data={[...steps]}
        x={(step) => x(step.coverage)}
        y={(step) => y(step.density)}
        curve={curveLinear}
        stroke={COLOURS.bar}
        strokeWidth={STROKE.line}
      />
      {steps.map((step, i) => (
        <GlyphCircle
          // biome-ignore lint/suspicious/noArrayIndexKey: a step of the trajectory is its index
          key={i}
          left={x(step.coverage)}
          top={y(step.density)}
          size={20}
          fill={COLOURS.bar}
          data-peel={i}
        />
      ))}
      {pick && (
        <g data-chosen={chosen}>
          <circle
            cx={x(pick.coverage)}
            cy={y(pick.density)}
            r={8}
            fill="none"
            stroke={COLOURS.high}
            strokeWidth={STROKE.median}
          />
          <text
            x={x(pick.coverage) + (pick.coverage > 0.6 ? -12 : 12)}
            y={y(pick.density) - 10}
            textAnchor={pick.coverage > 0.6 ? 'end' : 'start'}
            fontSize={FONT.label}
            fill={COLOURS.highInk}
            stroke={COLOURS.halo}
            strokeWidth={3}
            paintOrder="stroke"
          >
            chosen box: coverage {percent(pick.coverage)}, density {percent(pick.density)}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}
