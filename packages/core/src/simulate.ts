import { batchHeader } from './batchHeader.js';
import { compileWorld, type StepperKind } from './compileWorld.js';
import { createRng } from './createRng.js';
import { rungIndex } from './rungs.js';
import { stepDay } from './stepDay.js';
import type { Pack, Scenario, Trace, TraceDay } from './types.js';
import type { WorldState } from './worldState.js';

export interface SimulateOptions {
  /** The batch seed. */
  seed: number;
  /** The run's index in its batch; its random stream is derived from (seed, run). Default 0. */
  run?: number;
  /** Stop after this many days instead of the scenario's horizon. */
  horizon?: number;
  /** Step the posture machines with their compiled transition tables (default) or with xstate. */
  machines?: StepperKind;
}

/**
 * Runs one scenario on a pack, day by day, and returns its trace. Pure and deterministic: the
 * same (pack, scenario, seed, run) gives a deep-equal trace on every platform and in any order
 * of runs. Throws a `ValidationError` if the scenario does not fit the pack.
 *
 * @example
 * const trace = simulate(axisPack, getScenario('baseline'), { seed: 42 });
 */
export function simulate(pack: Pack, scenario: Scenario, options: SimulateOptions): Trace {
  const world = compileWorld(pack, scenario);
  const run = options.run ?? 0;
  const horizon = Math.min(options.horizon ?? scenario.horizon, scenario.horizon);
  const rng = createRng(options.seed, run);

  const machines = options.machines ?? 'compiled';
  let snapshots = world.actors.map((actor) => actor.steppers[machines].initial());
  const zeros = () => world.actors.map(() => 0);
  let state: WorldState = {
    day: -1,
    rungs: world.actors.map((actor) => rungIndex(actor.posture.start.value)),
    threat: zeros(),
    solidarity: zeros(),
    support: zeros(),
    restraint: zeros(),
    ceasefires: [],
    recentAttacks: [],
    events: [],
  };

  const days: TraceDay[] = [];
  for (let day = 0; day < horizon; day++) {
    const result = stepDay(world, state, snapshots, day, rng, machines);
    state = result.state;
    snapshots = result.snapshots;
    days.push(result.day);
  }

  return { ...batchHeader(pack, scenario, options.seed), run, horizon, days };
}
