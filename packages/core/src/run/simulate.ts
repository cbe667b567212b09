import type { Pack, Scenario, Trace } from '../schema/types.js';
import { createKernel, type KernelOptions } from './createKernel.js';
import { createTraceRecorder } from './createTraceRecorder.js';

export interface SimulateOptions {
  /** The batch seed. */
  seed: number;
  /** The run's index in its batch; its random stream is derived from (seed, run). Default 0. */
  run?: number;
  /** Stop after this many days instead of the scenario's horizon. */
  horizon?: number;
  /** How the posture machines are stepped (`KernelOptions.stepper`); compiled tables by default. */
  stepper?: KernelOptions['stepper'];
}

/**
 * Runs one scenario on a pack, day by day, and returns its trace: the kernel (`createKernel`)
 * observed by a trace recorder (`createTraceRecorder`). Pure and deterministic: the same
 * (pack, scenario, seed, run) gives a deep-equal trace on every platform and in any order of
 * runs. Throws a `ValidationError` if the scenario does not fit the pack.
 *
 * @example
 * const trace = simulate(axisPack, getScenario('baseline'), { seed: 42 });
 */
export function simulate(pack: Pack, scenario: Scenario, options: SimulateOptions): Trace {
  const kernel = createKernel(pack, scenario, options);
  const recorder = createTraceRecorder(kernel);
  kernel.run(options.seed, options.run ?? 0, recorder);
  return recorder.trace();
}
