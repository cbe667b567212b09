import type { CompiledWorld } from './compileWorld.js';
import type { AttackEvent, WorldEvent } from './types.js';

/** A day's events as each actor will perceive them, gathered in one pass. */
export interface EventDigest {
  /** Per actor: attacks on it, each weighted by severity × target class weight. */
  threat: number[];
  /** Per actor: weighted attacks on the actors it counts as allies. */
  solidarity: number[];
  /** Per actor: support received, weighted by channel. */
  support: number[];
  /** Per actor: the summed strength of the sponsors reining it in. */
  restraint: number[];
  /** Per actor: the attacks on it, for its red lines. */
  attacksOn: AttackEvent[][];
}

/**
 * Gathers what every actor perceives of a day's events in one pass over them, instead of each
 * actor scanning every event.
 */
export function digestEvents(world: CompiledWorld, events: readonly WorldEvent[]): EventDigest {
  const zeros = () => world.actors.map(() => 0);
  const digest: EventDigest = {
    threat: zeros(),
    solidarity: zeros(),
    support: zeros(),
    restraint: zeros(),
    attacksOn: world.actors.map(() => []),
  };
  for (const event of events) {
    switch (event.type) {
      case 'attack': {
        const to = world.byId.get(event.to)!;
        const weight = event.severity * world.targetWeights[event.target];
        digest.threat[to]! += weight;
        for (const friend of world.solidarityWith[to]!) digest.solidarity[friend]! += weight;
        digest.attacksOn[to]!.push(event);
        break;
      }
      case 'support':
        digest.support[world.byId.get(event.to)!]! += world.channelWeights[event.channel];
        break;
      case 'restrain': {
        const sponsor = world.actors[world.byId.get(event.from)!]!;
        digest.restraint[world.byId.get(event.to)!]! += sponsor.restraint?.strength ?? 0;
        break;
      }
      default:
        break;
    }
  }
  return digest;
}
