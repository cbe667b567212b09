import { type DirectedGraphNode, getAdjacencyMap, toDirectedGraph } from 'xstate/graph';
import { RUNGS, type Rung, rungIndex } from '../schema/rungs.js';
import type { Pack, Posture } from '../schema/types.js';
import {
  createPostureMachine,
  machineRungs,
  type PostureMachineOptions,
} from './createPostureMachine.js';
import type { PostureEvent } from './postureEvents.js';

/** What the model check found for one actor's machine. */
export interface MachineCheck {
  actor: string;
  ceiling: Rung;
  /** The machine's states: the rungs it has at all. */
  states: Rung[];
  /** Rungs reachable from the start with any drive and any scripted inject, but no red line. */
  reachable: Rung[];
  /** Rungs reachable when red lines may be crossed too. */
  reachableWithRedLines: Rung[];
  /** Rungs above the ceiling: every climb into them is red-line-guarded. */
  redLineGated: Rung[];
  /** Climbs into a rung above the ceiling whose guard is not a red-line guard. */
  ungatedEdges: { from: Rung; to: Rung; guard: string }[];
  /** Every way the machine contradicts its posture; empty when it keeps it. */
  problems: string[];
}

const RED_LINE_GUARD = 'riseByRedLine';
/** The attacker the check's red-line crossings and ceasefire name: any id will do. */
const ADVERSARY = 'adversary';

/**
 * Model-checks the machine built from a posture on its graph (`xstate/graph`): which rungs are
 * reachable without a red-line event and with one (a coercion cap, `YIELD`, and a ceasefire, explored in both),
 * and proof that every rung above the ceiling is entered only through red-line-guarded
 * transitions and is unreachable without a red line.
 */
export function checkPostureMachine(
  actor: string,
  posture: Posture,
  options: PostureMachineOptions = {},
): MachineCheck {
  const machine = createPostureMachine(posture, { ...options, id: actor });
  // Days far enough apart that mobilisation and the dwell time complete between them, with a
  // red line's lift in force on all but the last.
  const gap = 1 + posture.params.mobilisationDelay.value + (options.dwell ?? 0);
  const DAYS = [0, gap, 2 * gap, 4 * gap];
  const LIFT_UNTIL = 3 * gap;
  const ceiling = rungIndex(posture.ceiling.value);
  const states = machineRungs(posture);

  const ungatedEdges: MachineCheck['ungatedEdges'] = [];
  const visit = (node: DirectedGraphNode) => {
    for (const edge of node.edges) {
      // Targetless transitions (a day that changes no rung, a red line noted) move nowhere.
      if (!edge.transition.target?.length) continue;
      const to = edge.target.key as Rung;
      const from = edge.source.key as Rung;
      // The start is within the ceiling, so any path above it first climbs across it: checking
      // every climb into a rung above the ceiling covers every way in. Steps down between lifted
      // rungs start from a rung that was itself entered that way.
      if (rungIndex(to) <= ceiling || rungIndex(to) < rungIndex(from)) continue;
      const guard = guardName(edge.transition.guard);
      if (guard !== RED_LINE_GUARD) ungatedEdges.push({ from: edge.source.key as Rung, to, guard });
    }
    node.children.forEach(visit);
  };
  visit(toDirectedGraph(machine));

  const dayEvents: PostureEvent[] = [];
  for (const day of DAYS) {
    for (const drive of [-10, 10]) dayEvents.push({ type: 'DAY', day, drive });
  }
  // Scripted jumps depend on neither the day nor the drive: one day of them covers them all.
  for (const rung of states) {
    if (rungIndex(rung) <= ceiling)
      dayEvents.push({ type: 'DAY', day: 0, drive: 0, scripted: rung });
  }
  // Yielding to coercion caps the ceiling (here at the floor, the lowest cap, in force until the
  // lift's end): explored too, so the check covers the cap's transitions. A cap only lowers
  // the ceiling (\`effectiveCeiling\`), so it can open no rung above it.
  dayEvents.push({ type: 'YIELD', day: 0, cap: states[0]!, until: LIFT_UNTIL });
  // A ceasefire with the attacker that crossed the red lines below: it ends their answers and
  // frees the rung from dwell, both of which only let the actor fall, so no rung above the
  // ceiling opens; explored too.
  dayEvents.push({ type: 'CEASEFIRE', day: gap, with: [ADVERSARY] });
  const redLineEvents: PostureEvent[] = posture.redLines.map((redLine) => ({
    type: 'RED_LINE',
    day: 0,
    redLine: redLine.id,
    lift: redLine.lift,
    until: LIFT_UNTIL,
    strikes: redLine.answer ?? null,
    by: ADVERSARY,
  }));

  const reachableWith = (events: PostureEvent[]): Rung[] => {
    const map = getAdjacencyMap(machine, { events });
    const seen = new Set<Rung>();
    for (const { state } of Object.values(map)) seen.add(state.value as Rung);
    return RUNGS.filter((rung) => seen.has(rung));
  };
  const reachable = reachableWith(dayEvents);
  const reachableWithRedLines = reachableWith([...dayEvents, ...redLineEvents]);

  const problems: string[] = [];
  for (const edge of ungatedEdges) {
    problems.push(
      `${edge.from} → ${edge.to} enters a rung above the ceiling without a red line (guard ${edge.guard})`,
    );
  }
  for (const rung of reachable) {
    if (rungIndex(rung) > ceiling)
      problems.push(`${rung} is above the ceiling but reachable without a red line`);
  }
  const floor = rungIndex(states[0]!);
  for (const rung of RUNGS.slice(floor, ceiling + 1)) {
    if (!reachable.includes(rung)) problems.push(`${rung} is within the ceiling but unreachable`);
  }
  for (const redLine of posture.redLines) {
    if (!reachableWithRedLines.includes(redLine.lift)) {
      problems.push(`red line ${redLine.id} lifts to ${redLine.lift}, which stays unreachable`);
    }
  }

  return {
    actor,
    ceiling: posture.ceiling.value,
    states,
    reachable,
    reachableWithRedLines,
    redLineGated: states.filter((rung) => rungIndex(rung) > ceiling),
    ungatedEdges,
    problems,
  };
}

/** The model check of every actor of a pack, with the pack's thresholds. */
export function checkModel(pack: Pack): MachineCheck[] {
  return pack.actors.map((actor) =>
    checkPostureMachine(actor.id, actor.posture, {
      thresholds: pack.world.thresholds.value,
      hysteresis: pack.world.hysteresis.value,
      dwell: pack.world.dwell.value,
    }),
  );
}

function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String(guard.type);
  return guard === undefined ? '(none)' : '(inline)';
}
