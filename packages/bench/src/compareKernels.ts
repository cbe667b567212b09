import type { Build } from './loadBuild.js';
import { median } from './measureThroughput.js';

export interface KernelComparisonOptions {
  /** Rounds; each times every scenario on both builds, the builds' order alternating. */
  rounds: number;
  /** Runs per scenario, build and round (runs round·runs … (round+1)·runs − 1 of the seed). */
  runs: number;
  seed: number;
  /** Unmeasured runs per scenario and build before the rounds (JIT, caches); 30 by default. */
  warmUp?: number | undefined;
  /** Scenario ids to compare; by default every built-in scenario both builds have. */
  scenarios?: readonly string[] | undefined;
}

/** One figure of a comparison: microseconds per run on each build, and new ÷ old. */
export interface KernelRatio {
  /** Medians over rounds, microseconds per run. */
  newUs: number;
  oldUs: number;
  /** The median over rounds of each round's new ÷ old, and its range over the rounds. */
  ratio: number;
  min: number;
  max: number;
}

export interface KernelComparison {
  /** The scenarios both builds have, compared. */
  scenarios: string[];
  /** Scenarios only one build has (not compared). */
  onlyNew: string[];
  onlyOld: string[];
  /** The kernel with no observer, per scenario. */
  kernel: Record<string, KernelRatio>;
  /** `runShard` (the kernel with the batch's recorders), per scenario. */
  shard: Record<string, KernelRatio>;
  /** Over all compared scenarios: each round's summed time new ÷ old. */
  kernelOverall: KernelRatio;
  shardOverall: KernelRatio;
}

/**
 * The cost per run of two builds' kernels, side by side in one process: every round runs the
 * same runs (same seed, same run indices) of each compared scenario on both builds, one right
 * after the other (which build goes first alternates by round), so a burst of load on a shared
 * machine falls on both. Each build runs its own model on its own pack: when the model changed
 * between them, the ratio is what a run of the same built-in scenario costs now against then.
 */
export function compareKernels(
  next: Build,
  previous: Build,
  options: KernelComparisonOptions,
): KernelComparison {
  const inBoth = next.scenarios.filter((id) => previous.scenarios.includes(id));
  const scenarios = options.scenarios ? [...options.scenarios] : inBoth;
  for (const id of scenarios)
    if (!inBoth.includes(id))
      throw new Error(
        `scenario "${id}" is not built into both builds; both have: ${inBoth.join(', ')}`,
      );
  const builds = [next, previous] as const;
  const kernels = builds.map((build) => new Map(scenarios.map((id) => [id, build.kernel(id)])));
  const time = (runs: number, step: () => void) => {
    const start = performance.now();
    step();
    return ((performance.now() - start) * 1000) / runs;
  };
  const kernelTime = (b: number, id: string, from: number, runs: number) => {
    const kernel = kernels[b]!.get(id)!;
    return time(runs, () => {
      for (let run = from; run < from + runs; run++) kernel.run(options.seed, run);
    });
  };
  const shardTime = (b: number, id: string, from: number, runs: number) =>
    time(runs, () => builds[b]!.shard(id, options.seed, from, from + runs));

  // Warm up (JIT, compile caches) on runs that are not measured.
  const warmUp = options.warmUp ?? 30;
  if (warmUp > 0)
    for (let b = 0; b < 2; b++)
      for (const id of scenarios) {
        kernelTime(b, id, 1_000_000, warmUp);
        shardTime(b, id, 1_000_000, warmUp);
      }

  const samples = {
    kernel: new Map(scenarios.map((id) => [id, [[], []] as number[][]])),
    shard: new Map(scenarios.map((id) => [id, [[], []] as number[][]])),
  };
  for (let round = 0; round < options.rounds; round++) {
    const from = round * options.runs;
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const id of scenarios) {
      for (const b of order)
        samples.kernel.get(id)![b]!.push(kernelTime(b, id, from, options.runs));
      for (const b of order) samples.shard.get(id)![b]!.push(shardTime(b, id, from, options.runs));
    }
  }
  const ratioOf = (newTimes: number[], oldTimes: number[]): KernelRatio => {
    const ratios = newTimes.map((t, round) => t / oldTimes[round]!);
    return {
      newUs: median(newTimes),
      oldUs: median(oldTimes),
      ratio: median(ratios),
      min: Math.min(...ratios),
      max: Math.max(...ratios),
    };
  };
  const summarise = (byScenario: Map<string, number[][]>) => {
    const each = Object.fromEntries(
      scenarios.map((id) => {
        const [newTimes, oldTimes] = byScenario.get(id)!;
        return [id, ratioOf(newTimes!, oldTimes!)];
      }),
    );
    const sums = [0, 1].map((b) =>
      Array.from({ length: options.rounds }, (_, round) =>
        scenarios.reduce((sum, id) => sum + byScenario.get(id)![b]![round]!, 0),
      ),
    );
    return { each, overall: ratioOf(sums[0]!, sums[1]!) };
  };
  const kernel = summarise(samples.kernel);
  const shard = summarise(samples.shard);
  return {
    scenarios,
    onlyNew: next.scenarios.filter((id) => !previous.scenarios.includes(id)),
    onlyOld: previous.scenarios.filter((id) => !next.scenarios.includes(id)),
    kernel: kernel.each,
    shard: shard.each,
    kernelOverall: kernel.overall,
    shardOverall: shard.overall,
  };
}
