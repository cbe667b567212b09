import type { FanDay, HindcastActorScore, RecordedEvent } from '@brink/core';
import { rungIndex } from '@brink/core';
import { curveStepAfter } from '@visx/curve';
import { LinePath } from '@visx/shape';
import { FanChart } from './FanChart';
import { COLOURS, STROKE } from './theme';

/**
 * Ticks at each new year (as the year) and at the record's last day (as its month), so labels
 * of a 21-month axis do not run into each other at phone width.
 */
function yearTicks(score: HindcastActorScore, horizon: number) {
  const last = score.months.at(-1);
  if (!last) return undefined;
  const years = score.months
    .filter((m) => m.month.endsWith('-01') && m.fromDay > 0)
    .map((m) => ({ day: m.fromDay, label: m.month.slice(0, 4) }));
  const end = new Date(`${last.month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return [...years, { day: horizon, label: end }];
}

/**
 * One actor's model fan over the record's days (FanChart), with the record drawn over it: its
 * coded rung month by month as a black step line, and each of the actor's events as a mark that
 * opens the event (`onOpen`). The figure's heading names the actor, so the chart has no title.
 */
export function HindcastChart({
  score,
  days,
  horizon,
  name,
  colour,
  events,
  onOpen,
}: {
  score: HindcastActorScore;
  days: readonly FanDay[];
  horizon: number;
  name: string;
  colour: string;
  events: readonly RecordedEvent[];
  onOpen: (event: RecordedEvent) => void;
}) {
  return (
    <FanChart
      days={days}
      horizon={horizon}
      name={name}
      colour={colour}
      ticks={yearTicks(score, horizon)}
      titled={false}
      overlay={({ x, y }) => {
        // One connected step line: flat through each month, a riser where the rung changes.
        const coded = score.months.flatMap((month) =>
          month.recorded === null
            ? []
            : [{ day: month.fromDay, end: month.toDay + 1, rung: rungIndex(month.recorded) }],
        );
        const last = coded.at(-1);
        const steps = last ? [...coded, { ...last, day: last.end }] : [];
        return (
          <g>
            <LinePath
              data={steps}
              x={(step) => x(step.day)}
              y={(step) => y(step.rung)}
              curve={curveStepAfter}
              stroke={COLOURS.ink}
              strokeWidth={STROKE.line}
            />
            {events.map((event) => (
              // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it is focusable and answers Enter.
              <g
                key={event.id}
                role="button"
                tabIndex={0}
                aria-label={`${event.date}: ${event.action}`}
                className="hc-mark"
                data-event={event.id}
                onClick={() => onOpen(event)}
                onKeyDown={(key) => {
                  if (key.key === 'Enter' || key.key === ' ') onOpen(event);
                }}
              >
                <circle
                  cx={x(event.day + 0.5)}
                  cy={y(rungIndex(event.rung))}
                  r={3.4}
                  fill={COLOURS.white}
                  stroke={COLOURS.ink}
                  strokeWidth={STROKE.whisker}
                />
              </g>
            ))}
          </g>
        );
      }}
    />
  );
}
