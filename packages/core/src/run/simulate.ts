import type { Pack, Scenario, Trace } from '../schema/types.js';
import { type CompiledModel, compileModel } from './compileModel.js';
import { createKernel, type Kernel, type KernelOptions } from './createKernel.js';
import { createTraceRecorder, type TraceRecorder } from './createTraceRecorder.js';

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

// One kernel and trace recorder per (compiled model, horizon), reused across calls: a kernel
// resets its whole run state at the start of every run, and a run is synchronous.
const kernels = new WeakMap<
  CompiledModel,
  Map<number, { kernel: Kernel; recorder: TraceRecorder }>
>();

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
  const run = options.run ?? 0;
  if (options.stepper) {
    const kernel = createKernel(pack, scenario, options);
    const recorder = createTraceRecorder(kernel);
    kernel.run(options.seed, run, recorder);
    return recorder.trace();
  }
  const model = compileModel(pack, scenario);
  const horizon = Math.min(options.horizon ?? scenario.horizon, scenario.horizon);
  let byHorizon = kernels.get(model);
  if (!byHorizon) {
    byHorizon = new Map();
    kernels.set(model, byHorizon);
  }
  let cached = byHorizon.get(horizon);
  if (!cached) {
    const kernel = createKernel(pack, scenario, { horizon });
    cached = { kernel, recorder: createTraceRecorder(kernel) };
    byHorizon.set(horizon, cached);
  }
  cached.kernel.run(options.seed, run, cached.recorder);
  return cached.recorder.trace();
}
