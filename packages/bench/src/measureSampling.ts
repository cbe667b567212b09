import {
  combineObservers,
  createKernel,
  createOutcomeTracker,
  createProfileRecorder,
  createRecordRecorder,
  createValueApplier,
  type Kernel,
  runShard,
  type Sampling,
  samplingPlan,
} from '@brink/core';
import { axisPack, getScenario } from '@brink/data';

/** Runs per second of one scenario's batch under each sampling mode, measured side by side. */
export interface SamplingThroughput {
  runs: number;
  /** Parameters a sampled run draws. */
  parameters: number;
  /** Median over rounds, runs per second of CPU time, on this thread. */
  fixed: number;
  /** Each run draws its parameter vector from the pack's ranges (`--sampling sampled`). */
  sampled: number;
  /** Each run takes a row of a Saltelli design (the design drawn once, before timing). */
  sobol: number;
  /**
   * Median of the per-shard ratios: a mode's time per run over a fixed run's, less 1. This holds
   * the drawing and applying of the values, and also that runs on other values take other
   * paths (more or fewer attacks and decisions) than the pack's values do.
   */
  sampledOverhead: number;
  sobolOverhead: number;
  /**
   * The path alone: the kernel's runs (and their records and profile, observed as `runShard`
   * observes them) on the drawn models, the models applied beforehand and loaded (`kernel.use`)
   * outside the time, over the same runs on the pack's values, less 1 (median of per-shard
   * ratios). What a sampled run costs beyond this is the mechanism: `drawVsRun`, `applyVsRun`.
   */
  pathOverhead: number;
  /** The same on the Sobol design's rows. */
  sobolPathOverhead: number;
  /** Attacks per run (each record's `attacks`), sampled and on the Sobol rows, over fixed runs'. */
  attacksVsFixed: { sampled: number; sobol: number };
  /** Drawing one run's parameter vector (`samplingPlan(...).valuesAt`), over a fixed run's time. */
  drawVsRun: number;
  /**
   * Applying it as `runShard` does (one `createValueApplier` per shard of 250, then
   * `kernel.use`), over a fixed run's time.
   */
  applyVsRun: number;
  /** The same for the Sobol design's rows (neighbouring rows differ in one or two numbers). */
  sobolApplyVsRun: number;
}

/**
 * This process's CPU time in milliseconds (user and system, all its threads): on a machine shared
 * with other work, what the runs cost rather than how long the scheduler let them wait.
 */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs per shard, as the CLI's workers take them. */
const SHARD = 250;

/**
 * Times `runs` runs of `scenario` through core's `runShard` with fixed values, with drawn values
 * (`sampled`) and with the rows of a Sobol design, on this thread, in shards of 250 as the CLI
 * does; `rounds` times, the modes interleaved shard by shard so that all see the same machine
 * load, each timed in CPU time (`process.cpuUsage`). The Sobol design (`baseSamples` rows per block, enough for `runs`) is drawn before
 * timing, as an executor keeps it for all its shards. Beside them, in the same rotation, the
 * same runs' paths alone (the kernel on models applied beforehand); and after each round the
 * mechanism alone: drawing the runs' vectors, and applying each to one kernel.
 */
export function measureSampling(
  scenario: string,
  runs: number,
  rounds: number,
  seed: number,
): SamplingThroughput {
  const pack = axisPack;
  const chosen = getScenario(scenario);
  const plan = samplingPlan(pack, chosen, 'sampled', seed);
  const parameters = plan.parameters.length;
  const baseSamples = Math.max(32, Math.ceil(runs / (parameters + 2)));
  const sobol: Sampling = { method: 'sobol', baseSamples };
  const design = samplingPlan(pack, chosen, sobol, seed);
  // The design has rows for `runs` runs only, so every round runs runs 0 to `runs`.
  const attacks = [0, 0, 0];
  const shard = (mode: number, sampling: Sampling, from: number) => {
    const start = cpuMs();
    const { records } = runShard(pack, chosen, {
      seed,
      from,
      to: Math.min(runs, from + SHARD),
      sampling,
    });
    const ms = cpuMs() - start;
    for (const record of records) attacks[mode]! += record.attacks;
    return ms;
  };
  // Warm every path once.
  for (const sampling of ['fixed', 'sampled', sobol] as const)
    runShard(pack, chosen, { seed, from: 0, to: 20, sampling });

  // The path alone: one kernel observed as runShard observes it, each run's model applied (and
  // for a drawn one loaded) before its time starts.
  const kernel = createKernel(pack, chosen);
  const base = kernel.model;
  const ids = base.actors.map((actor) => actor.id);
  const outcomes = createOutcomeTracker(pack.outcomes, ids);
  const recorder = createRecordRecorder(ids, outcomes);
  const observer = combineObservers(recorder, outcomes, createProfileRecorder(kernel));
  const names = plan.parameters.map((parameter) => parameter.name);
  const modelsOf = (vectors: Float64Array[]) => {
    let apply = createValueApplier(base, names);
    return vectors.map((values, i) => {
      if (i % SHARD === 0) apply = createValueApplier(base, names);
      return apply(values);
    });
  };
  const vectors = Array.from({ length: runs }, (_, run) => plan.valuesAt(run)!);
  const rows = Array.from({ length: runs }, (_, run) => design.valuesAt(run)!);
  const drawnModels = modelsOf(vectors);
  const rowModels = modelsOf(rows);
  const path = (
    models: Kernel['model'][] | null,
    streamOf: (run: number) => number,
    from: number,
  ) => {
    let ms = 0;
    for (let run = from; run < Math.min(runs, from + SHARD); run++) {
      kernel.use(models === null ? base : models[run]!);
      const start = cpuMs();
      kernel.run(seed, streamOf(run), observer);
      recorder.record();
      ms += cpuMs() - start;
    }
    return ms;
  };
  path(null, (run) => run, 0);

  // The mechanism alone, on the same runs: draw every vector, then apply each to a kernel.
  const mechanism = () => {
    let start = cpuMs();
    for (let run = 0; run < runs; run++) plan.valuesAt(run);
    const draw = cpuMs() - start;
    const applyAll = (list: Float64Array[]) => {
      start = cpuMs();
      let apply = createValueApplier(base, names);
      list.forEach((values, i) => {
        if (i % SHARD === 0) apply = createValueApplier(base, names);
        kernel.use(apply(values));
      });
      return cpuMs() - start;
    };
    return { draw, apply: applyAll(vectors), sobolApply: applyAll(rows) };
  };
  mechanism();
  // Each shard of each round runs in every mode back to back, in an order that turns with each
  // shard, so that the modes it compares see the same load; a mode's overhead is the median of
  // its per-shard ratios to the fixed shard of the same kind.
  const modes = [
    (from: number) => shard(0, 'fixed', from),
    (from: number) => shard(1, 'sampled', from),
    (from: number) => shard(2, sobol, from),
    (from: number) => path(null, (run) => run, from),
    (from: number) => path(drawnModels, (run) => run, from),
    (from: number) => path(rowModels, design.streamOf, from),
  ];
  const totals: number[][] = [];
  const ratios: number[][] = modes.map(() => []);
  const draws: number[] = [];
  const applies: number[] = [];
  const sobolApplies: number[] = [];
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    const total = modes.map(() => 0);
    for (let from = 0; from < runs; from += SHARD) {
      const times = modes.map(() => 0);
      for (let m = 0; m < modes.length; m++) {
        const mode = (m + turn) % modes.length;
        times[mode] = modes[mode]!(from);
      }
      turn++;
      times.forEach((ms, mode) => {
        total[mode]! += ms;
        ratios[mode]!.push(ms / times[mode < 3 ? 0 : 3]!);
      });
    }
    totals.push(total);
    const { draw, apply, sobolApply } = mechanism();
    draws.push(draw / total[0]!);
    applies.push(apply / total[0]!);
    sobolApplies.push(sobolApply / total[0]!);
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
    pathOverhead: median(ratios[4]!) - 1,
    sobolPathOverhead: median(ratios[5]!) - 1,
    attacksVsFixed: { sampled: attacks[1]! / attacks[0]!, sobol: attacks[2]! / attacks[0]! },
    drawVsRun: median(draws),
    applyVsRun: median(applies),
    sobolApplyVsRun: median(sobolApplies),
  };
}
