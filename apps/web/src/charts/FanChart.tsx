import { type FanDay, RUNGS } from '@brink/core';
import type { ReactNode } from 'react';
import { rungLabel } from '../lib/format';
import { dayTicks } from './dayTicks';

const WIDTH = 300;
const HEIGHT = 170;
const LEFT = 62;
const RIGHT = 8;
const TOP = 22;
const BOTTOM = 22;

/** A band between two per-day series, drawn as steps (a rung holds for the whole day). */
function bandPath(
  days: readonly FanDay[],
  low: (d: FanDay) => number,
  high: (d: FanDay) => number,
  x: (day: number) => number,
  y: (rung: number) => number,
): string {
  if (days.length === 0) return '';
  const top = days.flatMap((d) => [
    `${x(d.day)},${y(high(d) + 0.5)}`,
    `${x(d.day + 1)},${y(high(d) + 0.5)}`,
  ]);
  const bottom = [...days]
    .reverse()
    .flatMap((d) => [`${x(d.day + 1)},${y(low(d) - 0.5)}`, `${x(d.day)},${y(low(d) - 0.5)}`]);
  return `M${[...top, ...bottom].join('L')}Z`;
}

/**
 * One actor's rung over the days across the profiled runs: the median as a line, the middle 50%
 * of runs as a dark band and the middle 90% as a light one, all in the actor's colour.
 */
export function FanChart({
  days,
  horizon,
  name,
  colour,
  overlay,
  ticks: axisTicks,
}: {
  days: readonly FanDay[];
  horizon: number;
  name: string;
  colour: string;
  /** Drawn over the fan, on the chart's scales: x of a day, y of a rung index. */
  overlay?: (scales: { x: (day: number) => number; y: (rung: number) => number }) => ReactNode;
  /** Labelled days on the time axis; the first, middle and last day by default. */
  ticks?: readonly { day: number; label: string }[] | undefined;
}) {
  const x = (day: number) => LEFT + (day / horizon) * (WIDTH - LEFT - RIGHT);
  const y = (rung: number) => TOP + (1 - (rung + 0.5) / RUNGS.length) * (HEIGHT - TOP - BOTTOM);
  const median = days.flatMap((d) => [`${x(d.day)},${y(d.p50)}`, `${x(d.day + 1)},${y(d.p50)}`]);
  const ticks = axisTicks ?? dayTicks(horizon, 3).map((day) => ({ day, label: `day ${day}` }));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={`${name}: rung over the days`}
      className="mc-svg"
    >
      <text x={4} y={14} fontSize={12.5} fontWeight={700} fill="#1d1d1b">
        {name}
      </text>
      {RUNGS.map((rung, r) => (
        <g key={rung}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(r)} y2={y(r)} stroke="#eeede8" />
          <text x={LEFT - 4} y={y(r) + 3.5} textAnchor="end" fontSize={9.5} fill="#5b5b57">
            {rungLabel(rung)}
          </text>
        </g>
      ))}
      <path
        d={bandPath(
          days,
          (d) => d.p05,
          (d) => d.p95,
          x,
          y,
        )}
        fill={colour}
        opacity={0.18}
      />
      <path
        d={bandPath(
          days,
          (d) => d.p25,
          (d) => d.p75,
          x,
          y,
        )}
        fill={colour}
        opacity={0.38}
      />
      {median.length > 0 && (
        <path d={`M${median.join('L')}`} fill="none" stroke={colour} strokeWidth={2.2} />
      )}
      {overlay?.({ x, y })}
      {ticks.map((tick, i) => {
        // A label that would pass the chart's right edge ends there instead, so "day 119" is
        // never cut to "day 1".
        const atEdge = i === ticks.length - 1 && tick.day >= horizon - 1;
        return (
          <text
            key={tick.day}
            x={atEdge ? WIDTH - RIGHT : x(tick.day + 0.5)}
            y={HEIGHT - 6}
            textAnchor={atEdge ? 'end' : 'middle'}
            fontSize={9.5}
            fill="#5b5b57"
          >
            {tick.label}
          </text>
        );
      })}
    </svg>
  );
}
