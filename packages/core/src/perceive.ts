import type { CompiledActor, CompiledRedLine, CompiledWorld } from './compileWorld.js';
import type { EventDigest } from './digestEvents.js';
import { RUNGS, rungIndex } from './rungs.js';
import type { AttackEvent } from './types.js';
import type { WorldState } from './worldState.js';

const TOP = RUNGS.length - 1;
const ENGAGED = rungIndex('indirect');

/** Each term of an actor's drive, signed as it enters the sum. */
export interface DriveTerms {
  /** Reactivity × remembered attacks on itself (saturating). */
  threat: number;
  /** Solidarity × remembered attacks on its allies (saturating). */
  solidarity: number;
  /** Remembered support from sponsors (saturating, at most 1). */
  support: number;
  /** − deterrence × the firepower gap to its strongest engaged adversary. */
  deterrence: number;
  /** − risk aversion × the risk of a wider war. */
  risk: number;
  /** − obedience × remembered restraint by sponsors (saturating). */
  restraint: number;
  /** The day's uncertainty: a draw in [−noise, +noise] (the pack's `world.noise`). */
  noise: number;
}

/** What one actor makes of the previous day. */
export interface Perception {
  drive: number;
  terms: DriveTerms;
  /** Its remembered pressure after today's decay and yesterday's events. */
  memory: { threat: number; solidarity: number; support: number; restraint: number };
  /** The risk of a wider war it sees (0..1). */
  risk: number;
  crossed: CompiledRedLine[];
}

/**
 * What actor `actor` perceives on a day, from the previous day's events and rungs (DESIGN §4.2):
 * attacks on itself weighted by target class, attacks on its allies, support and restraint from
 * sponsors, its strongest engaged adversary's firepower, the risk of a wider war, and the red
 * lines crossed. `noise` is the day's random share of its drive, drawn by the caller.
 */
export function perceive(
  world: CompiledWorld,
  actor: CompiledActor,
  state: WorldState,
  digest: EventDigest,
  noise: number,
): Perception {
  const self = actor.index;
  const threatIn = digest.threat[self]!;
  const solidarityIn = digest.solidarity[self]!;
  const supportIn = digest.support[self]!;
  const restraintIn = digest.restraint[self]!;
  const crossed: CompiledRedLine[] = [];

  for (const compiled of actor.redLines) {
    if (redLineCrossed(world, compiled, state, digest.attacksOn[self]!)) crossed.push(compiled);
  }

  const keep = 1 - actor.decay;
  const memory = {
    threat: state.threat[self]! * keep + threatIn,
    solidarity: state.solidarity[self]! * keep + solidarityIn,
    support: state.support[self]! * keep + supportIn,
    restraint: state.restraint[self]! * keep + restraintIn,
  };

  let gap = 0;
  for (const adversary of actor.adversaries) {
    if (state.rungs[adversary]! < ENGAGED) continue;
    gap = Math.max(gap, world.actors[adversary]!.power - actor.power);
  }
  const risk = riskOfWiderWar(world, state.rungs, self);

  const terms: DriveTerms = {
    threat: actor.reactivity * saturate(memory.threat),
    solidarity: actor.solidarity * saturate(memory.solidarity),
    support: saturate(memory.support),
    deterrence: -actor.deterrence * gap,
    risk: -actor.riskAversion * risk,
    restraint: -actor.obedience * saturate(memory.restraint),
    noise,
  };
  const drive =
    terms.threat +
    terms.solidarity +
    terms.support +
    terms.deterrence +
    terms.risk +
    terms.restraint +
    terms.noise;
  return { drive, terms, memory, risk, crossed };
}

/**
 * Remembered pressure weighs less and less as it piles up (x / (1 + x), from 0 toward 1): the
 * twentieth day of strikes moves an actor less than the first. So a weight such as `reactivity`
 * is the most drive that pressure can ever produce, and it stays comparable to the thresholds.
 */
export function saturate(pressure: number): number {
  return pressure / (1 + pressure);
}

/** The risk of a wider war as `self` sees it: the highest rung of the pack's risk actors, 0..1. */
export function riskOfWiderWar(
  world: CompiledWorld,
  rungs: ArrayLike<number>,
  self: number,
): number {
  let risk = 0;
  for (const actor of world.riskActors)
    if (actor !== self) risk = Math.max(risk, rungs[actor]! / TOP);
  return risk;
}

function redLineCrossed(
  world: CompiledWorld,
  { redLine, by, rungActors }: CompiledRedLine,
  state: WorldState,
  attacksOnSelf: readonly AttackEvent[],
): boolean {
  const when = redLine.when;
  if ('rung' in when) {
    const atLeast = rungIndex(when.rung.atLeast);
    return rungActors.some((actor) => state.rungs[actor]! >= atLeast);
  }
  return attacksOnSelf.some(
    (event) =>
      (by === null || by.has(world.byId.get(event.from)!)) &&
      when.attack.targets.includes(event.target) &&
      event.severity >= when.attack.minSeverity,
  );
}
