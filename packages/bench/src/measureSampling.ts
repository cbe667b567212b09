import { createKernel, runShard, type Sampling, samplingPlan, withValues } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';

/** Runs per second of one scenario's batch under each sampling mode, measured side by side. */
export interface SamplingThroughput {
  runs: number;
  /** Parameters a sampled run draws. */
  parameters: number;
  /** Median over rounds, runs per second, on this thread. */
  fixed: number;
  /** Each run draws its parameter vector from the pack's ranges (`--sampling sampled`). */
  sampled: number;
  /** Each run takes a row of a Saltelli design (the design drawn once, before timing). */
  sobol: number;
  /**
   * Median of the rounds' ratios: a mode's time per run over a fixed run's, less 1. This holds
   * the drawing and applying of the values, and also that runs on other values take other
   * paths (more or fewer attacks and decisions) than the pack's values do.
   */
  sampledOverhead: number;
  sobolOverhead: number;
  /** Drawing one run's parameter vector (`samplingPlan(...).valuesAt`), over a fixed run's time. */
  drawVsRun: number;
  /** Applying it (`withValues`, then `kernel.use`), over a fixed run's time. */
  applyVsRun: number;
}

/**
 * Times `runs` runs of `scenario` through core's `runShard` with fixed values, with drawn values
 * (`sampled`) and with the rows of a Sobol design, on this thread, in shards of 250 as the CLI
 * does; `rounds` times, the modes interleaved within a round so that all three see the same
 * machine load. The Sobol design (`baseSamples` rows per block, enough for `runs`) is drawn
 * before timing, as an executor keeps it for all its shards. Beside them, in the same rounds,
 * the mechanism alone: drawing the runs' vectors, and applying each to one kernel.
 */
export function measureSampling(
  scenario: string,
  runs: number,
  rounds: number,
  seed: number,
): SamplingThroughput {
  const pack = axisPack;
  const chosen = getScenario(scenario);
  const parameters = samplingPlan(pack, chosen, 'sampled', seed).parameters.length;
  const baseSamples = Math.max(32, Math.ceil(runs / (parameters + 2)));
  const sobol: Sampling = { method: 'sobol', baseSamples };
  samplingPlan(pack, chosen, sobol, seed);
  // The design has rows for `runs` runs only, so every round runs runs 0 to `runs`.
  const time = (sampling: Sampling) => {
    const start = performance.now();
    for (let from = 0; from < runs; from += 250)
      runShard(pack, chosen, { seed, from, to: Math.min(runs, from + 250), sampling });
    return performance.now() - start;
  };
  // Warm every path once.
  for (const sampling of ['fixed', 'sampled', sobol] as const)
    runShard(pack, chosen, { seed, from: 0, to: 20, sampling });
  // The mechanism alone, on the same runs: draw every vector, then apply each to a kernel.
  const plan = samplingPlan(pack, chosen, 'sampled', seed);
  const names = plan.parameters.map((parameter) => parameter.name);
  const kernel = createKernel(pack, chosen);
  const mechanism = () => {
    let start = performance.now();
    const vectors = Array.from({ length: runs }, (_, run) => plan.valuesAt(run)!);
    const draw = performance.now() - start;
    start = performance.now();
    for (const values of vectors)
      kernel.use(withValues(kernel.model, new Map(names.map((name, i) => [name, values[i]!]))));
    return { draw, apply: performance.now() - start };
  };
  mechanism();
  const perRound: {
    fixed: number;
    sampled: number;
    sobol: number;
    draw: number;
    apply: number;
  }[] = [];
  for (let round = 0; round < rounds; round++)
    perRound.push({
      fixed: time('fixed'),
      sampled: time('sampled'),
      sobol: time(sobol),
      ...mechanism(),
    });
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const perSecond = (ms: number) => runs / (ms / 1000);
  return {
    runs,
    parameters,
    fixed: perSecond(median(perRound.map((r) => r.fixed))),
    sampled: perSecond(median(perRound.map((r) => r.sampled))),
    sobol: perSecond(median(perRound.map((r) => r.sobol))),
    sampledOverhead: median(perRound.map((r) => r.sampled / r.fixed - 1)),
    sobolOverhead: median(perRound.map((r) => r.sobol / r.fixed - 1)),
    drawVsRun: median(perRound.map((r) => r.draw / r.fixed)),
    applyVsRun: median(perRound.map((r) => r.apply / r.fixed)),
  };
}
