import {
  type Actor,
  createPostureMachine,
  type Pack,
  RUNGS,
  type Rung,
  rungIndex,
} from '@brink/core';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { type DirectedGraphNode, toDirectedGraph } from 'xstate/graph';

/** One transition of a posture machine between two rungs, named by its guard. */
export interface MachineEdge {
  id: string;
  from: Rung;
  to: Rung;
  /** `rise`, `riseByRedLine`, `fall` or `scripted`. */
  guard: string;
}

/** An actor's posture machine as a graph: its states (rungs) and its transitions. */
export interface MachineGraph {
  actor: string;
  states: Rung[];
  ceiling: Rung;
  edges: MachineEdge[];
}

/**
 * Reads the graph of the machine the engine builds for an actor (its posture with the scenario's
 * overrides) with `xstate/graph`, the same graph the model check proves things about.
 */
export function machineGraph(actor: Actor, pack: Pack): MachineGraph {
  const machine = createPostureMachine(actor.posture, {
    id: actor.id,
    thresholds: pack.world.thresholds.value,
    hysteresis: pack.world.hysteresis.value,
    dwell: pack.world.dwell.value,
  });
  const edges = new Map<string, MachineEdge>();
  const states = new Set<Rung>();
  const visit = (node: DirectedGraphNode) => {
    if (node.stateNode.key && (RUNGS as readonly string[]).includes(node.stateNode.key)) {
      states.add(node.stateNode.key as Rung);
    }
    for (const edge of node.edges) {
      // A day that changes no rung, or a red line noted, moves nowhere: not an arrow.
      if (!edge.transition.target?.length) continue;
      const from = edge.source.key as Rung;
      const to = edge.target.key as Rung;
      const guard = guardName(edge.transition.guard);
      const id = `${from}-${guard}-${to}`;
      edges.set(id, { id, from, to, guard });
    }
    node.children.forEach(visit);
  };
  visit(toDirectedGraph(machine));
  return {
    actor: actor.id,
    states: RUNGS.filter((rung) => states.has(rung)),
    ceiling: actor.posture.ceiling.value,
    edges: [...edges.values()],
  };
}

function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String(guard.type);
  return 'always';
}

export const NODE_SIZE = { width: 96, height: 30 };

/** The graph as elkjs takes it: states bottom-up in ladder order, so `dormant` sits lowest. */
export function elkGraph(graph: MachineGraph, edges: readonly MachineEdge[]): ElkNode {
  return {
    id: graph.actor,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.edgeRouting': 'SPLINES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.spacing.nodeNode': '40',
      'elk.spacing.edgeEdge': '12',
    },
    children: [...graph.states]
      .sort((a, b) => rungIndex(a) - rungIndex(b))
      .map((rung) => ({ id: rung, ...NODE_SIZE })),
    edges: edges.map(
      (edge): ElkExtendedEdge => ({ id: edge.id, sources: [edge.from], targets: [edge.to] }),
    ),
  };
}
