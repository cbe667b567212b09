import { RUNGS } from '../schema/rungs.js';
import type { CompiledActor } from './compileModel.js';

/** Who holds back each actor's initiative, and from which of the adversary's rungs. */
export interface InitiativeHolds {
  /** holdAt[client]: the adversary's rung index from which the hold is in force (past the ladder: none). */
  holdAt: Int32Array;
  /** holder[client]: the sponsor holding it back, or -1. */
  holder: Int32Array;
}

/**
 * Each actor's sponsor hold on its initiative (`restrainsInitiative`, MODEL.md "Initiative"): for
 * a client held by several sponsors, the hold that starts at the lowest rung (the first in pack
 * order among equals). Actors in model order.
 *
 * @example
 * const { holdAt } = initiativeHolds(model.actors);
 * const cut = rungs[adversary] >= holdAt[client] ? 1 - obedience[client] : 1;
 */
export function initiativeHolds(actors: readonly CompiledActor[]): InitiativeHolds {
  const holdAt = new Int32Array(actors.length).fill(RUNGS.length);
  const holder = new Int32Array(actors.length).fill(-1);
  for (const sponsor of actors) {
    const hold = sponsor.restrainsInitiative;
    if (hold === null) continue;
    for (const client of hold.of) {
      if (hold.atLeast >= holdAt[client]!) continue;
      holdAt[client] = hold.atLeast;
      holder[client] = sponsor.index;
    }
  }
  return { holdAt, holder };
}
