import { FIRST_MILITARY_RUNG, RUNGS, rungIndex } from '../schema/rungs.js';

/** The numbers a posture machine decides with; rungs are ladder indices. */
export interface MachineRules {
  ceiling: number;
  floor: number;
  /** Days between the first pull toward force and the first use of force. */
  mobilisationDelay: number;
  /** Drive needed to climb to each rung, by ladder index. */
  thresholds: readonly number[];
  /** Share of a rung's threshold the drive may fall below before the actor steps down. */
  hysteresis: number;
  /** Days an actor holds a rung it moved to before its drive alone can bring it down. */
  dwell: number;
}

/** A ceiling lifted by a red line, until day `until` (exclusive). */
export interface Lift {
  rung: number;
  until: number;
  redLine: string;
  /** Attacks above the ceiling still to make before the answer is over (closure); null: no limit. */
  strikes: number | null;
  /** The actor (id) whose attack crossed the red line; null when no attack did. */
  by: string | null;
  /** Whether a ceasefire with `by` ended it (its `until` is then the ceasefire's day). */
  ceasefire: boolean;
}

/** A ceiling lowered by coercion to `rung`, until day `until` (exclusive). */
export interface Cap {
  rung: number;
  until: number;
}

/** What a posture machine remembers between days. */
export interface PostureContext {
  day: number;
  lift: Lift | null;
  /** A cap set by yielding to coercion; null when none is in force. */
  cap: Cap | null;
  mobilisingSince: number | null;
  /** The day it last changed rung. */
  since: number;
  /** The day the last ceasefire it is a party to took effect; null before any. */
  truce: number | null;
}

const MILITARY = rungIndex(FIRST_MILITARY_RUNG);

/**
 * The highest rung the actor may stand at on `day`: its ceiling, or a red line's lift, lowered
 * to a coercion cap while one is in force. A cap only ever lowers it, so no cap can take an
 * actor above its ceiling.
 */
export function effectiveCeiling(
  rules: MachineRules,
  context: Pick<PostureContext, 'lift'> & { cap?: Cap | null },
  day: number,
): number {
  const top = liftedCeiling(rules, context, day);
  const cap = context.cap;
  return cap && day < cap.until ? Math.min(top, cap.rung) : top;
}

/** The actor's ceiling on `day`, lifted by a red line in force; no coercion cap applied. */
export function liftedCeiling(
  rules: MachineRules,
  context: Pick<PostureContext, 'lift'>,
  day: number,
): number {
  const lift = context.lift;
  return lift && day < lift.until ? Math.max(rules.ceiling, lift.rung) : rules.ceiling;
}

/** The highest rung whose threshold the drive meets. */
export function desiredRung(rules: MachineRules, drive: number): number {
  let desired = 0;
  for (let rung = 1; rung < RUNGS.length; rung++)
    if (drive >= rules.thresholds[rung]!) desired = rung;
  return desired;
}

/** Whether forces are ready: a delay must pass from the first pull toward force. */
export function isMobilised(rules: MachineRules, context: PostureContext, day: number): boolean {
  if (rules.mobilisationDelay === 0) return true;
  return (
    context.mobilisingSince !== null && day - context.mobilisingSince >= rules.mobilisationDelay
  );
}

/** Whether today's drive starts mobilisation (it pulls toward the first military rung). */
export function startsMobilising(
  rules: MachineRules,
  context: PostureContext,
  drive: number,
): boolean {
  return context.mobilisingSince === null && drive >= rules.thresholds[MILITARY]!;
}

/**
 * Whether the actor climbs one rung, from `from` to `from + 1`: its drive calls for a higher
 * rung, the next rung is within today's effective ceiling, and, for a military rung, it has
 * mobilised.
 */
export function shouldRise(
  rules: MachineRules,
  context: PostureContext,
  from: number,
  day: number,
  drive: number,
): boolean {
  const to = from + 1;
  if (desiredRung(rules, drive) < to) return false;
  if (to > effectiveCeiling(rules, context, day)) return false;
  return to < MILITARY || isMobilised(rules, context, day);
}

/**
 * Whether the actor steps down one rung: it stands above today's effective ceiling (a red line's
 * lift has run out), or its drive has fallen clearly below what holding the rung takes and it has
 * held its rung for the dwell time or took it no later than a ceasefire it is a party to (an
 * agreed stop is not held by dwell).
 */
export function shouldFall(
  rules: MachineRules,
  context: PostureContext,
  from: number,
  day: number,
  drive: number,
): boolean {
  if (from <= rules.floor) return false;
  if (from > effectiveCeiling(rules, context, day)) return true;
  return (
    (day - context.since >= rules.dwell ||
      (context.truce !== null && context.truce >= context.since)) &&
    drive < holdThreshold(rules, from)
  );
}

/**
 * Whether a ceasefire taking effect today (`with`: the other parties) ends the actor's answer: a
 * red line's lift is in force and an attack by one of those parties crossed it.
 */
export function endsAnswer(
  context: Pick<PostureContext, 'lift'>,
  day: number,
  parties: readonly string[],
): boolean {
  const lift = context.lift;
  return lift !== null && day < lift.until && lift.by !== null && parties.includes(lift.by);
}

/** The drive below which an actor at `rung` steps down. */
export function holdThreshold(rules: MachineRules, rung: number): number {
  return rules.thresholds[rung]! * (1 - rules.hysteresis);
}

/**
 * Whether a scripted inject puts the actor at `to` today. A script is the scenario's word: it
 * jumps over a coercion cap (which, if still in force, brings the actor down again the next day).
 */
export function isScriptedTo(
  rules: MachineRules,
  context: PostureContext,
  from: number,
  to: number,
  day: number,
  scripted: number | undefined,
): boolean {
  return scripted === to && to > from && to <= liftedCeiling(rules, context, day);
}
