import type { CompiledActor, CompiledWorld } from './compileWorld.js';
import type { Rng } from './createRng.js';
import { riskOfWiderWar } from './perceive.js';
import { FIRST_MILITARY_RUNG, RUNGS, rungIndex } from './rungs.js';
import type { WorldEvent } from './types.js';
import { CHANNELS, type Channel } from './vocabulary.js';
import { inCeasefire, type RememberedAttack, type WorldState } from './worldState.js';

const MILITARY = rungIndex(FIRST_MILITARY_RUNG);

/**
 * Each actor acts on its rung, in pack order: a statement when its rung changed, support to its
 * allies through the channels its rung allows, restraint of its proxies when the risk of a wider
 * war passes its threshold, and attacks — whether, whom, with what means, at what target class
 * and severity — drawn from `rng` in a fixed order.
 */
export function act(
  world: CompiledWorld,
  state: WorldState,
  rungs: readonly number[],
  changed: readonly boolean[],
  day: number,
  rng: Rng,
  remembered: readonly RememberedAttack[],
  restraintReceived: readonly number[],
): WorldEvent[] {
  const events: WorldEvent[] = [];
  for (const actor of world.actors) {
    const self = actor.index;
    const rung = rungs[self]!;
    if (changed[self]) events.push({ type: 'statement', from: actor.id, stance: RUNGS[rung]! });

    const restrained = restrainedAllies(world, actor, rungs);
    for (const support of actor.supports) {
      const channel = bestChannel(support.channels, rung, restrained.includes(support.to));
      if (channel)
        events.push({ type: 'support', from: actor.id, to: world.actors[support.to]!.id, channel });
    }
    for (const ally of restrained)
      events.push({ type: 'restrain', from: actor.id, to: world.actors[ally]!.id });

    if (rung < MILITARY) continue;
    const damping = restraintReceived[self]! > 0 ? 1 - actor.obedience : 1;
    for (const target of actor.targets) {
      const adversary = target.adversary;
      const p = actor.activity[rung]! * target.weight * damping;
      // Always draw, so later draws do not depend on whether this target was eligible.
      const roll = rng.next();
      if (roll >= p) continue;
      if (inCeasefire(state, self, adversary, day)) continue;
      const matched = highestRungUsed(remembered, adversary, self, day, world.memory);
      if (target.retaliateOnly && matched < 0) continue;
      const attackRung = Math.min(rung, Math.max(target.upTo ?? rung, matched));
      if (attackRung < MILITARY) continue;
      const [min, max] = world.severity[attackRung]!;
      events.push({
        type: 'attack',
        from: actor.id,
        to: world.actors[adversary]!.id,
        means: rng.pick(target.means),
        target: rng.pick(target.classes),
        severity: round(rng.between(min, max)),
        rung: RUNGS[attackRung]!,
      });
    }
  }
  return events;
}

/** The allies a sponsor reins in today: the active ones, when the risk of a wider war is high. */
export function restrainedAllies(
  world: CompiledWorld,
  actor: CompiledActor,
  rungs: readonly number[],
): number[] {
  const restraint = actor.restraint;
  if (!restraint) return [];
  if (riskOfWiderWar(world, rungs, actor.index) < restraint.above) return [];
  return restraint.of.filter((ally) => rungs[ally]! >= MILITARY);
}

/** The highest channel the sponsor's rung allows; no enabling of fire for an ally it reins in. */
export function bestChannel(
  channels: readonly Channel[],
  rung: number,
  restrained: boolean,
): Channel | null {
  let best: Channel | null = null;
  for (const channel of CHANNELS) {
    if (!channels.includes(channel) || rungIndex(channel) > rung) continue;
    if (restrained && channel === 'indirect') continue;
    best = channel;
  }
  return best;
}

/** The highest rung `from` used against `to` within memory; -1 if it has not attacked. */
function highestRungUsed(
  remembered: readonly RememberedAttack[],
  from: number,
  to: number,
  day: number,
  memory: number,
): number {
  let highest = -1;
  for (const attack of remembered) {
    if (attack.from === from && attack.to === to && day - attack.day <= memory) {
      highest = Math.max(highest, attack.rung);
    }
  }
  return highest;
}

/** Severities are kept to 3 decimals so traces read cleanly and compare exactly everywhere. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
