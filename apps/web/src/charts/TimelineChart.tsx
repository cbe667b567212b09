'use client';

import { RUNGS, rungIndex, type Trace } from '@brink/core';
import { AxisBottom } from '@visx/axis';
import { curveStepAfter } from '@visx/curve';
import { localPoint } from '@visx/event';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { AreaClosed } from '@visx/shape';
import { TooltipWithBounds, useTooltip } from '@visx/tooltip';
import { type MouseEvent, memo, useMemo } from 'react';
import { type ActorView, shortName } from '../lib/actors';
import { attacksOf, type DatedAttack } from '../lib/traceData';
import { MeansGlyph } from './MeansGlyph';
import { type TimelineHover, TimelineHoverText } from './TimelineHoverText';
import { COLOURS } from './theme';

// Accessors
const pointDay = (point: { day: number }) => point.day;
const pointRung = (point: { rung: number }) => point.rung;
const attackDay = (item: DatedAttack) => item.day;

const MARGIN = { top: 16, right: 16, bottom: 30, left: 128 };
const TOP = RUNGS.length - 1;
/** Share of a row given to the rung area; the rest, below it, holds the attack glyphs. */
const AREA_SHARE = 0.7;

export interface TimelineChartProps {
  width: number;
  height: number;
  trace: Trace;
  actors: readonly ActorView[];
  day: number;
  selected: string;
  injectDays: readonly number[];
  onSelect: (day: number, actor: string) => void;
}

/**
 * Each actor's rung over the days as a step area in its own row (the dashed line is its
 * ceiling), the attacks it made as glyphs under it, scripted injects as marks on top, and the
 * current day as a cursor. Hovering shows the decision and its reason; clicking selects. Its key
 * is TimelineLegend, in HTML under it, so it wraps on a phone.
 */
export function TimelineChart({
  width,
  height,
  trace,
  actors,
  day,
  selected,
  injectDays,
  onSelect,
}: TimelineChartProps) {
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);

  const xScale = useMemo(
    () => scaleLinear<number>({ domain: [0, trace.horizon], range: [0, innerWidth] }),
    [trace.horizon, innerWidth],
  );
  // The axis labels days at their middles: day d spans [d, d + 1] of xScale, so its label sits at
  // d + 0.5 and the last label is at most the last day, horizon − 1.
  const dayAxis = useMemo(
    () => scaleLinear<number>({ domain: [-0.5, trace.horizon - 0.5], range: [0, innerWidth] }),
    [trace.horizon, innerWidth],
  );
  const rowScale = useMemo(
    () =>
      scaleBand<string>({
        domain: actors.map((actor) => actor.id),
        range: [0, innerHeight],
        paddingInner: 0.22,
      }),
    [actors, innerHeight],
  );
  const rowHeight = rowScale.bandwidth();
  const yScale = useMemo(
    () => scaleLinear<number>({ domain: [0, TOP], range: [rowHeight * AREA_SHARE, 0] }),
    [rowHeight],
  );

  const series = useMemo(
    () =>
      actors.map((actor) => {
        const points = trace.days.map((d) => ({ day: d.day, rung: rungIndex(d.rungs[actor.id]!) }));
        const last = points[points.length - 1];
        if (last) points.push({ day: trace.horizon, rung: last.rung });
        return { actor, points };
      }),
    [trace, actors],
  );
  // The heaviest attack of each actor on each day stands for that day's attacks.
  const glyphs = useMemo(() => {
    const heaviest = new Map<string, DatedAttack>();
    for (const item of attacksOf(trace)) {
      const key = `${item.attack.from}:${item.day}`;
      const current = heaviest.get(key);
      if (!current || item.attack.severity > current.attack.severity) heaviest.set(key, item);
    }
    return [...heaviest.values()];
  }, [trace]);

  const { tooltipOpen, tooltipData, tooltipLeft, tooltipTop, showTooltip, hideTooltip } =
    useTooltip<TimelineHover>();

  const pick = (event: MouseEvent<SVGRectElement>): TimelineHover | null => {
    const point = localPoint(event);
    if (!point) return null;
    const d = Math.floor(xScale.invert(point.x - MARGIN.left));
    const y = point.y - MARGIN.top;
    const row = actors.find((actor) => {
      const top = rowScale(actor.id) ?? 0;
      return y >= top - 2 && y <= top + rowHeight + 2;
    });
    if (!row || d < 0 || d >= trace.horizon) return null;
    return { day: d, actor: row.id };
  };

  const description = useMemo(() => describeTimeline(trace, actors), [trace, actors]);
  const cursorX = xScale(day + 0.5);

  return (
    <div className="chart-inner">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="timeline-title timeline-desc"
        data-testid="timeline"
      >
        <title id="timeline-title">Timeline: each actor’s rung, day by day</title>
        <desc id="timeline-desc">{description}</desc>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <TimelineRows
            series={series}
            glyphs={glyphs}
            injectDays={injectDays}
            actors={actors}
            selected={selected}
            xScale={xScale}
            dayAxis={dayAxis}
            yScale={yScale}
            rowScale={rowScale}
            innerWidth={innerWidth}
            innerHeight={innerHeight}
          />
          <line
            x1={cursorX}
            x2={cursorX}
            y1={-4}
            y2={innerHeight}
            stroke={COLOURS.ink}
            strokeWidth={1.5}
            data-testid="timeline-cursor"
          />
          {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the slider and the actor picker do the same from the keyboard */}
          <rect
            x={0}
            y={0}
            width={innerWidth}
            height={innerHeight}
            fill="transparent"
            style={{ cursor: 'pointer' }}
            onPointerMove={(event) => {
              const hover = pick(event);
              if (!hover) return hideTooltip();
              const point = localPoint(event);
              showTooltip({
                tooltipData: hover,
                tooltipLeft: point?.x ?? 0,
                tooltipTop: point?.y ?? 0,
              });
            }}
            onPointerLeave={() => hideTooltip()}
            onClick={(event) => {
              const hover = pick(event);
              if (hover) onSelect(hover.day, hover.actor);
            }}
          />
        </Group>
      </svg>
      {tooltipOpen && tooltipData && (
        <TooltipWithBounds left={tooltipLeft ?? 0} top={tooltipTop ?? 0} className="chart-tooltip">
          <TimelineHoverText trace={trace} actors={actors} hover={tooltipData} />
        </TooltipWithBounds>
      )}
    </div>
  );
}

interface TimelineRowsProps {
  series: readonly { actor: ActorView; points: { day: number; rung: number }[] }[];
  glyphs: readonly DatedAttack[];
  injectDays: readonly number[];
  actors: readonly ActorView[];
  selected: string;
  xScale: ReturnType<typeof scaleLinear<number>>;
  dayAxis: ReturnType<typeof scaleLinear<number>>;
  yScale: ReturnType<typeof scaleLinear<number>>;
  rowScale: ReturnType<typeof scaleBand<string>>;
  innerWidth: number;
  innerHeight: number;
}

/**
 * What of the timeline does not change with the day: the rows, their areas, the attack glyphs,
 * the injects and the axis. Memoised, so that a playback tick redraws only the cursor.
 */
const TimelineRows = memo(function TimelineRows({
  series,
  glyphs,
  injectDays,
  actors,
  selected,
  xScale,
  dayAxis,
  yScale,
  rowScale,
  innerWidth,
  innerHeight,
}: TimelineRowsProps) {
  const rowHeight = rowScale.bandwidth();
  return (
    <>
      {series.map(({ actor, points }) => {
        const top = rowScale(actor.id) ?? 0;
        const ceiling = rungIndex(actor.actor.posture.ceiling.value);
        return (
          <Group key={actor.id} top={top}>
            {/* The row's tint holds its rung area and, under it, its own attacks' glyphs, so
                each actor's glyphs read as its own and not as a strip between two rows. */}
            <rect
              x={0}
              y={0}
              width={innerWidth}
              height={rowHeight}
              fill={actor.id === selected ? COLOURS.selectedRow : COLOURS.band}
            />
            <line
              x1={0}
              x2={innerWidth}
              y1={rowHeight + 0.5}
              y2={rowHeight + 0.5}
              stroke={COLOURS.baseline}
            />
            <AreaClosed
              data={points}
              x={(point) => xScale(pointDay(point))}
              y={(point) => yScale(pointRung(point))}
              yScale={yScale}
              curve={curveStepAfter}
              fill={actor.colour}
              fillOpacity={0.85}
            />
            <line
              x1={0}
              x2={innerWidth}
              y1={yScale(ceiling)}
              y2={yScale(ceiling)}
              stroke={COLOURS.ink}
              strokeDasharray="3 3"
              strokeWidth={1}
            />
            <text
              x={-8}
              y={rowHeight * AREA_SHARE * 0.5}
              dy="0.35em"
              textAnchor="end"
              fontSize={12}
              fontWeight={actor.id === selected ? 700 : 400}
            >
              {shortName(actor.name)}
            </text>
          </Group>
        );
      })}
      {glyphs.map((item) => {
        const row = rowScale(item.attack.from) ?? 0;
        const actor = actors.find((a) => a.id === item.attack.from);
        return (
          <MeansGlyph
            key={`${item.attack.from}:${item.day}`}
            means={item.attack.means}
            severity={item.attack.severity}
            left={xScale(attackDay(item) + 0.5)}
            top={row + rowHeight * (AREA_SHARE + (1 - AREA_SHARE) / 2) + 1}
            fill={actor?.colour ?? COLOURS.ink}
          />
        );
      })}
      {injectDays.map((injectDay) => (
        <path
          key={injectDay}
          d={`M${xScale(injectDay + 0.5) - 5},${-12} h10 l-5,8 z`}
          fill={COLOURS.ink}
        >
          <title>Scripted event on day {injectDay}</title>
        </path>
      ))}
      <AxisBottom
        top={innerHeight}
        scale={dayAxis}
        numTicks={Math.min(12, Math.floor(innerWidth / 60))}
        tickFormat={(value) => `${value}`}
        label="day"
        labelOffset={4}
        tickLabelProps={{ fontSize: 11, fill: COLOURS.muted, textAnchor: 'middle' }}
        labelProps={{ fontSize: 11, fill: COLOURS.muted, textAnchor: 'end', x: -8, y: 14 }}
      />
    </>
  );
});

/** The timeline in words, for screen readers: each actor's rung changes. */
export function describeTimeline(trace: Trace, actors: readonly ActorView[]): string {
  return actors
    .map((actor) => {
      const changes: string[] = [];
      let previous: string | undefined;
      for (const d of trace.days) {
        const rung = d.rungs[actor.id];
        if (rung !== previous) changes.push(`${rung} from day ${d.day}`);
        previous = rung;
      }
      return `${actor.name}: ${changes.join(', ')}.`;
    })
    .join(' ');
}
