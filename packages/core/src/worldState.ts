import type { WorldEvent } from './types.js';

/** An attack remembered for retaliation and for matching its rung. */
export interface RememberedAttack {
  day: number;
  from: number;
  to: number;
  rung: number;
}

/** A truce in force among `parties` on days `from` ≤ day < `until`. */
export interface ActiveCeasefire {
  parties: number[];
  from: number;
  until: number;
}

/**
 * What the world carries from one day to the next, besides the actors' machine snapshots.
 * Actors are indices into the compiled world's actor list.
 */
export interface WorldState {
  /** The last day stepped, -1 before day 0. */
  day: number;
  rungs: number[];
  /** Remembered pressure, decaying each day: attacks on self, on allies, support, restraint. */
  threat: number[];
  solidarity: number[];
  support: number[];
  restraint: number[];
  ceasefires: ActiveCeasefire[];
  recentAttacks: RememberedAttack[];
  /** The events of the last day stepped: what the actors perceive next. */
  events: WorldEvent[];
}

/** Whether `a` and `b` are both parties to a truce in force on `day`. */
export function inCeasefire(state: WorldState, a: number, b: number, day: number): boolean {
  return state.ceasefires.some(
    (truce) =>
      day >= truce.from &&
      day < truce.until &&
      truce.parties.includes(a) &&
      truce.parties.includes(b),
  );
}
