import {
  createKernel,
  type Pack,
  runShard,
  type Sampling,
  type Scenario,
  samplingPlan,
  uncertainParameters,
  withValues,
} from '@brink/core';
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
  /**
   * Sampled runs of a copy of the pack whose every range is collapsed to the field's value: the
   * mechanism's whole cost (a stream per run, the draw, `withValues`, `kernel.use`, the record's
   * values) on the fixed runs' own paths, over a fixed run's time, less 1. A collapsed range
   * skips the quantile, which `drawVsRun` measures.
   */
  mechanismOverhead: number;
  /** Drawing one run's parameter vector (`samplingPlan(...).valuesAt`), over a fixed run's time. */
  drawVsRun: number;
  /** Applying it (`withValues`, then `kernel.use`), over a fixed run's time. */
  applyVsRun: number;
}

/** Runs per shard, as the CLI's workers take them. */
const SHARD = 250;

/**
 * Times `runs` runs of `scenario` through core's `runShard` with fixed values, with drawn values
 * (`sampled`), with the rows of a Sobol design and with the pack's ranges collapsed, on this
 * thread, in shards of 250 as the CLI does; `rounds` times, the modes interleaved shard by shard
 * so that all see the same machine load. The Sobol design (`baseSamples` rows per block, enough for `runs`) is drawn
 * before timing, as an executor keeps it for all its shards. Beside them, in the same rounds,
 * the mechanism alone: drawing the runs' vectors, and applying each to one kernel; and the whole
 * mechanism on the fixed runs' paths (sampled runs of the pack with its ranges collapsed).
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
  const collapsed = collapseRanges(pack, chosen);
  const shard = (sampling: Sampling, from: number, on: Pack = pack) => {
    const start = performance.now();
    runShard(on, chosen, { seed, from, to: Math.min(runs, from + SHARD), sampling });
    return performance.now() - start;
  };
  // Warm every path once.
  for (const sampling of ['fixed', 'sampled', sobol] as const)
    runShard(pack, chosen, { seed, from: 0, to: 20, sampling });
  runShard(collapsed, chosen, { seed, from: 0, to: 20, sampling: 'sampled' });
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
  // Each shard of each round runs in every mode back to back, in an order that turns with each
  // shard, so that the modes it compares see the same load; a mode's overhead is the median of
  // its per-shard ratios to the fixed shard.
  const modes = [
    (from: number) => shard('fixed', from),
    (from: number) => shard('sampled', from),
    (from: number) => shard(sobol, from),
    (from: number) => shard('sampled', from, collapsed),
  ];
  const totals: number[][] = [];
  const ratios: number[][] = [[], [], [], []];
  const draws: number[] = [];
  const applies: number[] = [];
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    const total = [0, 0, 0, 0];
    for (let from = 0; from < runs; from += SHARD) {
      const times = [0, 0, 0, 0];
      for (let m = 0; m < modes.length; m++) {
        const mode = (m + turn) % modes.length;
        times[mode] = modes[mode]!(from);
      }
      turn++;
      times.forEach((ms, mode) => {
        total[mode]! += ms;
        ratios[mode]!.push(ms / times[0]!);
      });
    }
    totals.push(total);
    const { draw, apply } = mechanism();
    draws.push(draw / total[0]!);
    applies.push(apply / total[0]!);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const perSecond = (mode: number) => runs / (median(totals.map((total) => total[mode]!)) / 1000);
  return {
    runs,
    parameters,
    fixed: perSecond(0),
    sampled: perSecond(1),
    sobol: perSecond(2),
    sampledOverhead: median(ratios[1]!) - 1,
    sobolOverhead: median(ratios[2]!) - 1,
    mechanismOverhead: median(ratios[3]!) - 1,
    drawVsRun: median(draws),
    applyVsRun: median(applies),
  };
}
/**
 * A copy of `pack` (under another version, so that no cache keyed by the pack mixes them up) whose
 * every range that `scenario` samples has low, mode and high at the field's value: a sampled
 * batch of it draws the pack's own values.
 */
function collapseRanges(pack: Pack, scenario: Scenario): Pack {
  const copy = structuredClone(pack);
  copy.version = `${pack.version}+collapsed`;
  for (const parameter of uncertainParameters(pack, scenario)) {
    let field: unknown = copy;
    for (const part of parameter.path) field = (field as Record<string | number, unknown>)[part];
    const range = (field as { range: Record<string, unknown> }).range;
    const value = parameter.value;
    Object.assign(range, { low: value, high: value }, 'mode' in range ? { mode: value } : {});
  }
  return copy;
}
