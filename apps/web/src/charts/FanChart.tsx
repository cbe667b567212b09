import { type FanDay, RUNGS } from '@brink/core';
import { curveStepAfter } from '@visx/curve';
import { scaleLinear } from '@visx/scale';
import { Area, LinePath } from '@visx/shape';
import { type ReactNode, useMemo } from 'react';
import { rungLabel } from '../lib/format';
import { ChartFrame, useChartWidth } from './ChartFrame';
import { dayTicks } from './dayTicks';
import { OPACITY, STROKE } from './theme';

const WIDTH = 300;
/** The plot's height: seven rungs of 18 units. */
const PLOT_HEIGHT = 126;
const MARGIN = { top: 22, right: 8, bottom: 22, left: 62 };
/** Without its title, the chart starts higher (the figure's heading names the actor). */
const MARGIN_UNTITLED = { ...MARGIN, top: 8 };

// Accessors
const dayOf = (d: FanDay) => d.day;

/**
 * One actor's rung over the days across the runs: the median as a line, the middle 50% of runs
 * as a dark band and the middle 90% as a light one, all in the actor's colour. A rung holds for
 * the whole day, so every series is drawn in steps. `titled` draws `name` at the top left (a
 * small multiple among others); without it, `name` only labels the chart for screen readers.
 */
export function FanChart({
  days,
  horizon,
  name,
  colour,
  titled = true,
  overlay,
  ticks: axisTicks,
}: {
  days: readonly FanDay[];
  horizon: number;
  name: string;
  colour: string;
  titled?: boolean;
  /** Drawn over the fan, in the plot's coordinates: x of a day, y of a rung index. */
  overlay?: (scales: { x: (day: number) => number; y: (rung: number) => number }) => ReactNode;
  /** Labelled days on the time axis; the first, middle and last day by default. */
  ticks?: readonly { day: number; label: string }[] | undefined;
}) {
  const margin = titled ? MARGIN : MARGIN_UNTITLED;
  const { width, measure } = useChartWidth(WIDTH);
  const inner = { width: width - margin.left - margin.right, height: PLOT_HEIGHT };
  const height = PLOT_HEIGHT + margin.top + margin.bottom;
  const x = useMemo(
    () => scaleLinear<number>({ domain: [0, horizon], range: [0, inner.width] }),
    [horizon, inner.width],
  );
  // Day d spans [d, d + 1]: its label sits at its middle, d + 0.5.
  const dayAxis = useMemo(
    () => scaleLinear<number>({ domain: [-0.5, horizon - 0.5], range: [0, inner.width] }),
    [horizon, inner.width],
  );
  const y = useMemo(
    () => scaleLinear<number>({ domain: [-0.5, RUNGS.length - 0.5], range: [inner.height, 0] }),
    [inner.height],
  );
  // A step curve holds each value until the next point: the last day holds until its end.
  const steps = useMemo(() => {
    const last = days.at(-1);
    return last ? [...days, { ...last, day: last.day + 1 }] : [];
  }, [days]);
  const ticks = axisTicks ?? dayTicks(horizon, 3).map((day) => ({ day, label: `day ${day}` }));
  const band = (low: (d: FanDay) => number, high: (d: FanDay) => number, opacity: number) => (
    <Area<FanDay>
      data={steps}
      x={(d) => x(dayOf(d))}
      y0={(d) => y(low(d) - 0.5)}
      y1={(d) => y(high(d) + 0.5)}
      curve={curveStepAfter}
      fill={colour}
      opacity={opacity}
    />
  );
  return (
    <ChartFrame
      width={width}
      measure={measure}
      height={height}
      margin={margin}
      label={`${name}: rung over the days`}
      title={titled ? name : undefined}
      axes={{
        left: {
          scale: y,
          values: RUNGS.map((_, r) => r),
          format: (r) => rungLabel(RUNGS[Number(r)]!),
          small: true,
          grid: true,
        },
        bottom: {
          scale: dayAxis,
          values: ticks.map((tick) => tick.day),
          format: (_, i) => ticks[i]!.label,
          small: true,
        },
      }}
    >
      {band(
        (d) => d.p05,
        (d) => d.p95,
        OPACITY.outer,
      )}
      {band(
        (d) => d.p25,
        (d) => d.p75,
        OPACITY.inner,
      )}
      <LinePath<FanDay>
        data={steps}
        x={(d) => x(dayOf(d))}
        y={(d) => y(d.p50)}
        curve={curveStepAfter}
        stroke={colour}
        strokeWidth={STROKE.median}
      />
      {overlay?.({ x, y })}
    </ChartFrame>
  );
}
