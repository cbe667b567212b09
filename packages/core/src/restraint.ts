import type { CompiledWorld } from './compileWorld.js';
import type { WorldState } from './worldState.js';

/** The restraint an actor received yesterday: the summed strength of the sponsors reining it in. */
export function perceivedRestraint(world: CompiledWorld, self: number, state: WorldState): number {
  let total = 0;
  for (const event of state.events) {
    if (event.type === 'restrain' && world.byId.get(event.to) === self) {
      total += world.actors[world.byId.get(event.from)!]!.restraint?.strength ?? 0;
    }
  }
  return total;
}
