import {
  type AttackChoice,
  type AttackEvent,
  type Decision,
  type RedLineCrossing,
  type Rung,
  rungIndex,
  type Trace,
} from '@brink/core';

/** A decision together with the day it was taken. */
export interface DatedDecision {
  day: number;
  decision: Decision;
}

/** An attack together with the day it was made. */
export interface DatedAttack {
  day: number;
  attack: AttackEvent;
}

/** Every attack of a run, in order. */
export function attacksOf(trace: Trace): DatedAttack[] {
  return trace.days.flatMap((day) =>
    day.events.flatMap((event) =>
      event.type === 'attack' ? [{ day: day.day, attack: event }] : [],
    ),
  );
}

/** The actor's decisions on one day (usually none or one). */
export function decisionsOn(trace: Trace, actor: string, day: number): Decision[] {
  return trace.days[day]?.decisions.filter((decision) => decision.actor === actor) ?? [];
}

/** The order choices are told in: the choices that made or stopped an attack, then defences. */
const CHOICE_ORDER: Readonly<Record<AttackChoice['rule'], number>> = {
  leadership: 0,
  preempt: 0,
  linkage: 0,
  intercept: 1,
};

/**
 * The day's attack choices (initiative, interception, linkage) that concern the actor: made by
 * it, aimed at it, or resting on one of its posture fields (a sponsor's hold on a client's
 * initiative). Initiative and linkage come first, then interceptions, each in the trace's order.
 */
export function choicesOn(trace: Trace, actor: string, day: number): AttackChoice[] {
  const own = `${actor}.`;
  const choices =
    trace.days[day]?.choices?.filter(
      (choice) =>
        choice.actor === actor ||
        choice.adversary === actor ||
        choice.provenance.some((basis) => basis.field.startsWith(own)),
    ) ?? [];
  return choices.sort((a, b) => CHOICE_ORDER[a.rule] - CHOICE_ORDER[b.rule]);
}

/** The actor's most recent rung change on or before `day`, if it has made one. */
export function lastDecision(trace: Trace, actor: string, day: number): DatedDecision | null {
  for (let d = Math.min(day, trace.days.length - 1); d >= 0; d--) {
    const decisions = decisionsOn(trace, actor, d);
    const decision = decisions[decisions.length - 1];
    if (decision) return { day: d, decision };
  }
  return null;
}

/** The red line lifting the actor's ceiling on `day`, if one is in force. */
export function activeLift(
  trace: Trace,
  actor: string,
  day: number,
): (RedLineCrossing & { day: number }) | null {
  let active: (RedLineCrossing & { day: number }) | null = null;
  for (let d = 0; d <= Math.min(day, trace.days.length - 1); d++) {
    for (const crossing of trace.days[d]!.redLines) {
      if (crossing.actor === actor && crossing.until > day) active = { ...crossing, day: d };
    }
  }
  return active;
}

/** The actor's rung on each day of the run. */
export function rungSeries(trace: Trace, actor: string): Rung[] {
  return trace.days.map((day) => day.rungs[actor]!);
}

/** The highest rung each actor reached in the run. */
export function highestRungs(trace: Trace): Record<string, Rung> {
  const highest: Record<string, Rung> = {};
  for (const day of trace.days) {
    for (const [actor, rung] of Object.entries(day.rungs)) {
      const current = highest[actor];
      if (!current || rungIndex(rung) > rungIndex(current)) highest[actor] = rung;
    }
  }
  return highest;
}
