import { type Pack, type RunRecord, type Scenario, simulate, toRunRecord } from '@brink/core';
import { createActorStepper } from './createActorStepper.js';

/**
 * The naive reference: the kernel with each posture machine run as a live xstate actor —
 * `createActor` per crisis party per run, `send` per event (`createActorStepper`) — its full
 * trace built, then reduced to the run's record. What a straightforward xstate program would
 * do; the benchmark sets the batch path against it (`batchVsNaive`).
 */
export function naiveRecord(pack: Pack, scenario: Scenario, seed: number, run: number): RunRecord {
  return toRunRecord(simulate(pack, scenario, { seed, run, stepper: createActorStepper }), pack);
}
