import {
  combineObservers,
  createKernel,
  createOutcomeTracker,
  createProfileRecorder,
  createRecordRecorder,
  createRng,
  type Rng,
  type Scenario,
  simulate,
} from '@brink/core';
import { axisPack } from '@brink/data';
import { createReferenceRunner } from './createReferenceRunner.js';
import { median } from './measureThroughput.js';
import { naiveRecord } from './naiveRecord.js';

/** Microseconds per run of one scenario, by engine (medians over rounds). */
export interface Latency {
  /** The kernel alone, no observer. */
  kernel: number;
  /** The kernel with the batch's observers (record, outcomes, profile), as `runShard` runs it. */
  batch: number;
  /** The reference written from MODEL.md, its trajectory built as a trace. */
  reference: number;
  /** The naive approach: live xstate actors, full trace, then the record. */
  naive: number;
  /** `simulate` as the web app and `brink run` call it: the full explained trace. */
  trace: number;
  /** The RNG floor: drawing as many random numbers as the run draws (counted), and nothing else. */
  floor: number;
}

export interface LatencyOptions {
  rounds: number;
  /** Runs per round for the kernel, the batch path, the reference and the floor. */
  runs: number;
  /** Runs per round for the naive approach. */
  slowRuns: number;
  seed: number;
}

/**
 * Counts the random numbers a run draws: the kernel's random stream (`createRng`), each draw
 * counted as it is made (`between`, `int` and `pick` draw one number each).
 */
function countingStreams(): { draws: number; rng: (seed: number, run: number) => Rng } {
  const counter = {
    draws: 0,
    rng: (seed: number, run: number): Rng => {
      const stream = createRng(seed, run);
      return {
        next: () => {
          counter.draws++;
          return stream.next();
        },
        int: (n) => {
          counter.draws++;
          return stream.int(n);
        },
        pick: (items) => {
          counter.draws++;
          return stream.pick(items);
        },
        between: (min, max) => {
          counter.draws++;
          return stream.between(min, max);
        },
      };
    },
  };
  return counter;
}

/**
 * Single-run latency of one scenario for each engine, measured side by side: each round times
 * the same runs on every engine one after the other, then the engines' per-run times are the
 * medians over rounds, so a burst of load on the shared machine falls on all of them.
 */
export function measureLatency(scenario: Scenario, options: LatencyOptions): Latency {
  const kernel = createKernel(axisPack, scenario);
  const ids = kernel.model.actors.map((actor) => actor.id);
  const outcomes = createOutcomeTracker(axisPack.outcomes, ids);
  const batchObserver = combineObservers(
    createRecordRecorder(ids, outcomes),
    outcomes,
    createProfileRecorder(kernel),
  );
  const reference = createReferenceRunner(axisPack, scenario);
  // The draws of each run, counted once on a kernel of its own, for the floor.
  const counter = countingStreams();
  const counted = createKernel(axisPack, scenario, { rng: counter.rng });
  const drawsOf = new Map<number, number>();
  const draws = (run: number) => {
    let count = drawsOf.get(run);
    if (count === undefined) {
      counter.draws = 0;
      counted.run(options.seed, run);
      count = counter.draws;
      drawsOf.set(run, count);
    }
    return count;
  };
  let sink = 0;
  const time = (runs: number, from: number, step: (run: number) => void) => {
    const start = performance.now();
    for (let run = from; run < from + runs; run++) step(run);
    return ((performance.now() - start) * 1000) / runs;
  };
  const engines = {
    kernel: (run: number) => kernel.run(options.seed, run),
    batch: (run: number) => kernel.run(options.seed, run, batchObserver),
    reference: (run: number) => reference.run(options.seed, run),
    naive: (run: number) => naiveRecord(axisPack, scenario, options.seed, run),
    trace: (run: number) => simulate(axisPack, scenario, { seed: options.seed, run }),
    floor: (run: number) => {
      const rng = createRng(options.seed, run);
      const count = drawsOf.get(run)!;
      for (let k = 0; k < count; k++) sink += rng.next();
    },
  };
  // Count the floor's draws, then warm up every engine (JIT, per-scenario compile caches).
  for (let round = 0; round < options.rounds; round++)
    for (let run = round * options.runs; run < (round + 1) * options.runs; run++) draws(run);
  for (let run = 1_000_000; run < 1_000_050; run++) draws(run);
  for (const [name, step] of Object.entries(engines))
    time(name === 'naive' ? 3 : 50, 1_000_000, step);

  const samples: Record<keyof Latency, number[]> = {
    kernel: [],
    batch: [],
    reference: [],
    naive: [],
    trace: [],
    floor: [],
  };
  for (let round = 0; round < options.rounds; round++) {
    const from = round * options.runs;
    samples.floor.push(time(options.runs, from, engines.floor));
    samples.kernel.push(time(options.runs, from, engines.kernel));
    samples.batch.push(time(options.runs, from, engines.batch));
    samples.trace.push(time(options.runs, from, engines.trace));
    samples.reference.push(time(options.runs, from, engines.reference));
    samples.naive.push(time(options.slowRuns, from, engines.naive));
  }
  if (sink === -1) throw new Error('unreachable'); // keeps the floor's draws from being optimised away
  return {
    kernel: median(samples.kernel),
    batch: median(samples.batch),
    reference: median(samples.reference),
    naive: median(samples.naive),
    trace: median(samples.trace),
    floor: median(samples.floor),
  };
}
