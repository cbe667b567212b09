import { act } from './act.js';
import type { CompiledWorld, StepperKind } from './compileWorld.js';
import type { PostureState } from './createMachineStepper.js';
import type { Rng } from './createRng.js';
import { digestEvents } from './digestEvents.js';
import { type DecisionRule, explainDecision } from './explainDecision.js';
import { type Perception, perceive } from './perceive.js';
import { RUNGS, rungIndex } from './rungs.js';
import type { Decision, RedLineCrossing, TraceDay, WorldEvent } from './types.js';
import type { RememberedAttack, WorldState } from './worldState.js';

type Snapshot = PostureState;

export interface DayResult {
  state: WorldState;
  snapshots: Snapshot[];
  day: TraceDay;
}

/**
 * One day of the world (DESIGN §4): the day's injects enter; each actor perceives the previous
 * day, crosses red lines, and its machine takes one `DAY` event; then every actor acts on its new
 * rung; the world state is advanced immutably and the day is returned for the trace.
 */
export function stepDay(
  world: CompiledWorld,
  state: WorldState,
  snapshots: readonly Snapshot[],
  day: number,
  rng: Rng,
  stepperKind: StepperKind = 'compiled',
): DayResult {
  const injects = world.injectsByDay.get(day) ?? [];
  const scripted = world.actors.map(() => -1);
  const scriptedBy = world.actors.map((): number[] => []);
  const injected: WorldEvent[] = [];
  const newCeasefires: { parties: number[]; from: number; until: number }[] = [];
  for (const { inject, index } of injects) {
    const { day: _day, ...event } = inject;
    injected.push(event);
    if (event.type === 'attack') {
      const from = world.byId.get(event.from)!;
      scripted[from] = Math.max(scripted[from]!, rungIndex(event.rung));
      scriptedBy[from]!.push(index);
    } else if (event.type === 'ceasefire') {
      newCeasefires.push({
        parties: event.parties.map((id) => world.byId.get(id)!),
        from: day,
        until: day + event.days,
      });
    }
  }

  const perceptions: Perception[] = [];
  const nextSnapshots: Snapshot[] = [];
  const rungs: number[] = [];
  const changed: boolean[] = [];
  const decisions: Decision[] = [];
  const crossings: RedLineCrossing[] = [];

  const digest = digestEvents(world, state.events);
  for (const actor of world.actors) {
    const self = actor.index;
    const noise = world.noise === 0 ? 0 : rng.between(-world.noise, world.noise);
    const perception = perceive(world, actor, state, digest, noise);
    perceptions.push(perception);
    let snapshot = snapshots[self]!;
    for (const { redLine } of perception.crossed) {
      const active = snapshot.context.lift;
      const until = day + redLine.days;
      if (!active || active.until <= day || active.redLine !== redLine.id) {
        crossings.push({
          actor: actor.id,
          redLine: redLine.id,
          label: redLine.label,
          lift: redLine.lift,
          until,
          provenance: [
            {
              field: `${actor.id}.redLines[${actor.posture.redLines.indexOf(redLine)}]`,
              ...redLine.provenance,
            },
          ],
        });
      }
      snapshot = actor.steppers[stepperKind].step(snapshot, {
        type: 'RED_LINE',
        day,
        redLine: redLine.id,
        lift: redLine.lift,
        until,
      });
    }
    const before = snapshot;
    const scriptedRung = scripted[self]! >= 0 ? RUNGS[scripted[self]!] : undefined;
    snapshot = actor.steppers[stepperKind].step(snapshot, {
      type: 'DAY',
      day,
      drive: perception.drive,
      scripted: scriptedRung,
    });
    const from = rungIndex(before.value as (typeof RUNGS)[number]);
    const to = rungIndex(snapshot.value as (typeof RUNGS)[number]);
    nextSnapshots.push(snapshot);
    rungs.push(to);
    changed.push(from !== to);
    if (from !== to) {
      const rule: DecisionRule =
        scripted[self] === to && to > from
          ? 'scripted'
          : to < from
            ? 'fall'
            : to > actor.rules.ceiling
              ? 'riseByRedLine'
              : 'rise';
      decisions.push(
        explainDecision(world, actor, perception, actor.rules, before.context, {
          from,
          to,
          rule,
          day,
          injects: scriptedBy[self]!,
        }),
      );
    }
  }

  const remembered: RememberedAttack[] = [
    ...state.recentAttacks,
    ...remember(world, injected, day),
  ];
  const stateToday: WorldState =
    newCeasefires.length === 0
      ? state
      : { ...state, ceasefires: [...state.ceasefires, ...newCeasefires] };
  const acts = act(world, stateToday, rungs, changed, day, rng, remembered, digest.restraint);
  const events = [...injected, ...acts];

  // The next state is built fresh: nothing of the previous day's state is mutated.
  const next: WorldState = {
    day,
    rungs,
    threat: perceptions.map((perception) => perception.memory.threat),
    solidarity: perceptions.map((perception) => perception.memory.solidarity),
    support: perceptions.map((perception) => perception.memory.support),
    restraint: perceptions.map((perception) => perception.memory.restraint),
    ceasefires: stateToday.ceasefires.filter((truce) => truce.until > day + 1),
    recentAttacks: [...remembered, ...remember(world, acts, day)].filter(
      (attack) => day + 1 - attack.day <= world.memory,
    ),
    events,
  };

  return {
    state: next,
    snapshots: nextSnapshots,
    day: {
      day,
      rungs: Object.fromEntries(
        world.actors.map((actor) => [actor.id, RUNGS[rungs[actor.index]!]!]),
      ),
      events,
      decisions,
      redLines: crossings,
    },
  };
}

function remember(
  world: CompiledWorld,
  events: readonly WorldEvent[],
  day: number,
): RememberedAttack[] {
  const attacks: RememberedAttack[] = [];
  for (const event of events) {
    if (event.type !== 'attack') continue;
    attacks.push({
      day,
      from: world.byId.get(event.from)!,
      to: world.byId.get(event.to)!,
      rung: rungIndex(event.rung),
    });
  }
  return attacks;
}
