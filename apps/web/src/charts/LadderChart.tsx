'use client';

import { RUNGS, type Rung, rungIndex, type Trace } from '@brink/core';
import { Group } from '@visx/group';
import { PatternLines } from '@visx/pattern';
import { scaleBand } from '@visx/scale';
import { memo, useMemo } from 'react';
import { type ActorView, shortName } from '../lib/actors';
import { activeLift } from '../lib/traceData';
import { COLOURS, RED_LINE_COLOUR } from './theme';

// Accessors
const actorId = (actor: ActorView) => actor.id;
const ceilingOf = (actor: ActorView) => rungIndex(actor.actor.posture.ceiling.value);
const floorOf = (actor: ActorView) =>
  rungIndex((actor.actor.posture.floor ?? actor.actor.posture.start).value);
const liftsOf = (actor: ActorView) => actor.actor.posture.redLines;

const MARGIN = { top: 8, right: 8, bottom: 34, left: 76 };
/** Width of a character of an actor's name at 11.5px, near enough to lay labels out. */
const CHAR = 6.6;
/** The slant of actors' names under columns too narrow for them (a phone's): degrees. */
const SLANT = 50;

/** A label in one line, or two broken at the space nearest its middle when the column is narrow. */
function labelLines(label: string, width: number): string[] {
  if (label.length * CHAR <= width || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let best = label.indexOf(' ');
  for (let i = 0; i < label.length; i++) {
    if (label[i] === ' ' && Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return [label.slice(0, best), label.slice(best + 1)];
}
const LADDER_TOP_DOWN = [...RUNGS].reverse();

export interface LadderChartProps {
  width: number;
  height: number;
  trace: Trace;
  actors: readonly ActorView[];
  day: number;
  selected: string;
  onSelect: (actor: string) => void;
}

/**
 * The seven rungs as rows, one column per actor: the band it can reach by its own choice (floor
 * to ceiling), the ceiling as a bar, rungs above it that only a red line opens (hatched, with a
 * red mark at each red line's lift), and the actor's marker at its rung on the current day.
 */
export function LadderChart({
  width,
  height,
  trace,
  actors,
  day,
  selected,
  onSelect,
}: LadderChartProps) {
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const columnScale = useMemo(
    () =>
      scaleBand<string>({
        domain: actors.map(actorId),
        range: [0, innerWidth],
        paddingInner: 0.12,
      }),
    [actors, innerWidth],
  );
  const columnWidth = columnScale.bandwidth();
  // Names that fit their column (in one line or two) stand upright; otherwise every name is
  // slanted, and the bottom margin grows to hold the longest.
  const names = actors.map((actor) => shortName(actor.name));
  const slanted = names.some((name) =>
    labelLines(name, columnWidth).some((line) => line.length * CHAR > columnWidth),
  );
  const radians = (SLANT * Math.PI) / 180;
  const bottom = slanted
    ? Math.ceil(8 + Math.max(...names.map((name) => name.length * CHAR)) * Math.sin(radians) + 12)
    : MARGIN.bottom;
  const innerHeight = Math.max(0, height - MARGIN.top - bottom);
  const rowScale = useMemo(
    () => scaleBand<Rung>({ domain: LADDER_TOP_DOWN, range: [0, innerHeight], paddingInner: 0.08 }),
    [innerHeight],
  );
  const rowHeight = rowScale.bandwidth();
  const rowTop = (index: number) => rowScale(RUNGS[index]!) ?? 0;
  const rungs = trace.days[day]?.rungs ?? {};

  const description = actors
    .map((actor) => {
      const lift = activeLift(trace, actor.id, day);
      return `${actor.name} at ${rungs[actor.id]}, ceiling ${actor.actor.posture.ceiling.value}${lift ? `, lifted to ${lift.lift} by a red line` : ''}.`;
    })
    .join(' ');

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="ladder-title ladder-desc"
      data-testid="ladder"
    >
      <title id="ladder-title">Escalation ladder on day {day}</title>
      <desc id="ladder-desc">{description}</desc>
      <PatternLines
        id="gated"
        height={6}
        width={6}
        stroke={RED_LINE_COLOUR}
        strokeWidth={1}
        orientation={['diagonal']}
      />
      <Group left={MARGIN.left} top={MARGIN.top}>
        <LadderBack
          actors={actors}
          selected={selected}
          width={width}
          columnScale={columnScale}
          rowScale={rowScale}
          innerHeight={innerHeight}
          slanted={slanted}
        />
        {actors.map((actor) => {
          const left = columnScale(actor.id) ?? 0;
          const ceiling = ceilingOf(actor);
          const lift = activeLift(trace, actor.id, day);
          const effective = lift ? rungIndex(lift.lift) : ceiling;
          const rung = rungs[actor.id];
          const at = rung === undefined ? floorOf(actor) : rungIndex(rung);
          const isSelected = actor.id === selected;
          const cx = columnWidth / 2;
          const r = Math.min(columnWidth, rowHeight) * 0.32;
          return (
            <Group key={actor.id} left={left}>
              {lift && effective > ceiling && (
                <rect
                  x={cx - 10}
                  y={rowTop(effective)}
                  width={20}
                  height={rowTop(ceiling + 1) + rowHeight - rowTop(effective)}
                  fill={COLOURS.redLineFill}
                  stroke={RED_LINE_COLOUR}
                  rx={3}
                />
              )}
              {lift && (
                <line
                  x1={cx - 16}
                  x2={cx + 16}
                  y1={rowTop(effective) - 1}
                  y2={rowTop(effective) - 1}
                  stroke={RED_LINE_COLOUR}
                  strokeWidth={3}
                  data-testid={`lift-${actor.id}`}
                >
                  <title>
                    Red line in force: ceiling lifted to {lift.lift} until day {lift.until}
                  </title>
                </line>
              )}
              <g
                className="ladder-marker"
                style={{ transform: `translate(${cx}px, ${rowTop(at) + rowHeight / 2}px)` }}
                data-testid={`ladder-${actor.id}`}
                data-rung={rung}
              >
                <circle
                  r={r}
                  fill={actor.colour}
                  stroke={isSelected ? COLOURS.ink : COLOURS.white}
                  strokeWidth={isSelected ? 3 : 1.5}
                />
              </g>
              {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the actor picker does the same from the keyboard */}
              <rect
                x={0}
                y={0}
                width={columnWidth}
                height={innerHeight + bottom}
                fill="transparent"
                style={{ cursor: 'pointer' }}
                onClick={() => onSelect(actor.id)}
              >
                <title>{actor.name}: show why</title>
              </rect>
            </Group>
          );
        })}
      </Group>
    </svg>
  );
}

interface LadderBackProps {
  actors: readonly ActorView[];
  selected: string;
  width: number;
  columnScale: ReturnType<typeof scaleBand<string>>;
  rowScale: ReturnType<typeof scaleBand<Rung>>;
  innerHeight: number;
  slanted: boolean;
}

/**
 * What of the ladder does not change with the day: the rungs' rows and labels, and each actor's
 * band, ceiling, red-line marks and name. Memoised, so that a playback tick redraws only the
 * markers and the red lines in force.
 */
const LadderBack = memo(function LadderBack({
  actors,
  selected,
  width,
  columnScale,
  rowScale,
  innerHeight,
  slanted,
}: LadderBackProps) {
  const columnWidth = columnScale.bandwidth();
  const rowHeight = rowScale.bandwidth();
  const rowTop = (index: number) => rowScale(RUNGS[index]!) ?? 0;
  return (
    <>
      {LADDER_TOP_DOWN.map((rung) => (
        <Group key={rung} top={rowScale(rung) ?? 0}>
          <rect
            x={-MARGIN.left}
            y={0}
            width={width}
            height={rowHeight}
            fill={rungIndex(rung) % 2 ? COLOURS.band : COLOURS.paper}
          />
          <text
            x={-8}
            y={rowHeight / 2}
            dy="0.35em"
            textAnchor="end"
            fontSize={12}
            fill={COLOURS.dark}
          >
            {rung}
          </text>
        </Group>
      ))}
      {actors.map((actor) => {
        const left = columnScale(actor.id) ?? 0;
        const ceiling = ceilingOf(actor);
        const floor = floorOf(actor);
        const lifts = liftsOf(actor);
        const top = Math.max(ceiling, ...lifts.map((redLine) => rungIndex(redLine.lift)));
        const isSelected = actor.id === selected;
        const cx = columnWidth / 2;
        return (
          <Group key={actor.id} left={left}>
            {/* Reachable by its own choice: floor to ceiling. */}
            <rect
              x={cx - 10}
              y={rowTop(ceiling)}
              width={20}
              height={rowTop(floor) + rowHeight - rowTop(ceiling)}
              fill={actor.colour}
              opacity={0.18}
              rx={3}
            />
            {/* Above the ceiling: only a red line opens these rungs. */}
            {top > ceiling && (
              <rect
                x={cx - 10}
                y={rowTop(top)}
                width={20}
                height={rowTop(ceiling + 1) + rowHeight - rowTop(top)}
                fill="url(#gated)"
                stroke={RED_LINE_COLOUR}
                strokeDasharray="2 2"
                rx={3}
              />
            )}
            <line
              x1={cx - 16}
              x2={cx + 16}
              y1={rowTop(ceiling) - 1}
              y2={rowTop(ceiling) - 1}
              stroke={COLOURS.ink}
              strokeWidth={3}
            >
              <title>
                {actor.name}’s ceiling: {actor.actor.posture.ceiling.value}
              </title>
            </line>
            {lifts.map((redLine) => (
              <path
                key={redLine.id}
                d={`M${cx + 14},${rowTop(rungIndex(redLine.lift)) + rowHeight / 2} l5,-5 l5,5 l-5,5 z`}
                fill={RED_LINE_COLOUR}
              >
                <title>
                  Red line “{redLine.label}” lifts the ceiling to {redLine.lift} for {redLine.days}{' '}
                  days
                </title>
              </path>
            ))}
            {slanted ? (
              <text
                transform={`translate(${cx}, ${innerHeight + 10}) rotate(${-SLANT})`}
                textAnchor="end"
                dy="0.35em"
                fontSize={11.5}
                fontWeight={isSelected ? 700 : 400}
              >
                {shortName(actor.name)}
              </text>
            ) : (
              <text
                x={cx}
                y={innerHeight + 14}
                textAnchor="middle"
                fontSize={11.5}
                fontWeight={isSelected ? 700 : 400}
              >
                {labelLines(shortName(actor.name), columnWidth).map((line, i) => (
                  <tspan key={line} x={cx} dy={i === 0 ? 0 : '1.1em'}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
          </Group>
        );
      })}
    </>
  );
});
