import { agree, describeChoice, formatCount, type Trace } from '@brink/core';
import { type ActorView, shortName } from '../lib/actors';
import { choicesOn, decisionsOn, lastDecision } from '../lib/traceData';

/** A cell of the timeline: an actor on a day. */
export interface TimelineHover {
  day: number;
  actor: string;
}

/**
 * The timeline's tooltip for an actor on a day: its rung, the decision that put it there and
 * why, the attacks it made, its attack choices in core's words (initiative, linkage) and how
 * many attacks by it or on it defences intercepted.
 */
export function TimelineHoverText({
  trace,
  actors,
  hover,
}: {
  trace: Trace;
  actors: readonly ActorView[];
  hover: TimelineHover;
}) {
  const actor = actors.find((a) => a.id === hover.actor)!;
  const rung = trace.days[hover.day]?.rungs[hover.actor];
  const today = decisionsOn(trace, hover.actor, hover.day)[0];
  const last = today
    ? { day: hover.day, decision: today }
    : lastDecision(trace, hover.actor, hover.day);
  const attacks = (trace.days[hover.day]?.events ?? []).filter(
    (event) => event.type === 'attack' && event.from === hover.actor,
  ).length;
  // Initiative and linkage are told in core's words; interceptions, many a day, are counted.
  const choices = choicesOn(trace, hover.actor, hover.day);
  const told = choices.filter((choice) => choice.rule !== 'intercept');
  const intercepted = choices.filter((choice) => choice.rule === 'intercept');
  const stopped = intercepted.filter((choice) => choice.adversary === hover.actor).length;
  const cut = intercepted.filter((choice) => choice.actor === hover.actor).length;
  return (
    <div>
      <strong>
        Day {hover.day} · {shortName(actor.name)}: {rung}
      </strong>
      {last ? (
        <p>
          {last.day === hover.day ? 'Today' : `Since day ${last.day}`}: {last.decision.from} →{' '}
          {last.decision.to}, because {last.decision.why}.
        </p>
      ) : (
        <p>At its starting rung.</p>
      )}
      {attacks > 0 && <p>{formatCount(attacks, 'attack')} made today.</p>}
      {told.map((choice, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a day's choices have no id and never reorder
        <p key={i}>{describeChoice(choice)}</p>
      ))}
      {stopped > 0 && (
        <p>
          {agree(actor.actor, 'Its', 'Their')} defences intercepted {formatCount(stopped, 'attack')}
          .
        </p>
      )}
      {cut > 0 && (
        <p>
          {formatCount(cut, 'attack')} {agree(actor.actor, 'it', 'they')} made{' '}
          {cut === 1 ? 'was' : 'were'} intercepted.
        </p>
      )}
      <p className="hint">Click to see why.</p>
    </div>
  );
}
