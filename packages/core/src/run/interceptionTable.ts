import { MEANS } from '../schema/vocabulary.js';
import type { CompiledActor } from './compileModel.js';

/**
 * Defences as a table for the kernel: `table[to · MEANS.length + means]` is the share of an
 * attack's severity that gets through to `to` when made by `means` — 1 − the actor's `intercept`
 * for the means its defences stop, 1 otherwise (MODEL.md, "Defences"). Actors in model order,
 * means in vocabulary order.
 *
 * @example
 * const through = interceptionTable(model.actors);
 * const harm = severity * through[to * MEANS.length + means];
 */
export function interceptionTable(actors: readonly CompiledActor[]): Float64Array {
  const table = new Float64Array(actors.length * MEANS.length).fill(1);
  for (const actor of actors) {
    const defences = actor.defences;
    if (defences === null) continue;
    for (const means of defences.means)
      table[actor.index * MEANS.length + MEANS.indexOf(means)] = 1 - defences.intercept;
  }
  return table;
}
