import { type Pack, type RunRecord, type Scenario, simulate, toRunRecord } from '@brink/core';

/**
 * The naive reference: the engine's daily step with each posture machine run as a live xstate
 * actor — `createActor` per Axis actor per run, `send` per event (`machines: 'actors'`) — its
 * full trace built, then reduced to the run's record. What a straightforward xstate program
 * would do; the benchmark sets the fast path against it (`fastVsNaive`).
 */
export function naiveRecord(pack: Pack, scenario: Scenario, seed: number, run: number): RunRecord {
  return toRunRecord(simulate(pack, scenario, { seed, run, machines: 'actors' }), pack);
}
