import { applyOverrides, rungIndex } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { elkGraph, machineGraph } from '../src/lib/machineGraph';

const iran = axisPack.actors.find((actor) => actor.id === 'iran')!;

describe('machineGraph', () => {
  it('reads the states and guarded transitions of the machine the engine builds', () => {
    const graph = machineGraph(iran, axisPack);
    expect(graph.states[0]).toBe(iran.posture.floor?.value ?? iran.posture.start.value);
    const ceiling = rungIndex(graph.ceiling);
    for (const edge of graph.edges) {
      const climbsPast = rungIndex(edge.to) > ceiling && rungIndex(edge.to) > rungIndex(edge.from);
      expect(edge.guard === 'riseByRedLine').toBe(climbsPast);
    }
    expect(graph.edges.some((edge) => edge.guard === 'fall')).toBe(true);
  });

  it('follows a scenario’s override of the ceiling', () => {
    const lifted = applyOverrides(iran, getScenario('iran-commits'));
    const graph = machineGraph(lifted, axisPack);
    expect(graph.ceiling).toBe(lifted.posture.ceiling.value);
  });

  it('gives elkjs the states in ladder order, one edge per transition', () => {
    const graph = machineGraph(iran, axisPack);
    const elk = elkGraph(graph, graph.edges);
    expect(elk.children?.map((child) => child.id)).toEqual(graph.states);
    expect(elk.edges).toHaveLength(graph.edges.length);
  });
});
