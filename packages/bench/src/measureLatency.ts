import { createBatchRunner, type Scenario, simulate } from '@brink/core';
import { axisPack } from '@brink/data';
import { createReferenceRunner } from './createReferenceRunner.js';
import { median } from './measureThroughput.js';
import { naiveRecord } from './naiveRecord.js';

/** Microseconds per run of one scenario, by engine (medians over rounds). */
export interface Latency {
  /** The fast path: `createBatchRunner`, a record per run. */
  fast: number;
  /** The hand-written reference, a record per run. */
  reference: number;
  /** The naive approach: live xstate actors, full trace, then the record. */
  naive: number;
  /** `simulate` as the web app and `brink run` call it: the full explained trace. */
  trace: number;
}

export interface LatencyOptions {
  rounds: number;
  /** Runs per round for the fast path and the reference (the same runs for both). */
  runs: number;
  /** Runs per round for the naive approach and the trace (the first of those runs). */
  slowRuns: number;
  seed: number;
}

/**
 * Single-run latency of one scenario for each engine, measured side by side: each round times
 * the same runs on every engine one after the other, then the engines' per-run times are the
 * medians over rounds, so a burst of load on the shared machine falls on all of them.
 */
export function measureLatency(scenario: Scenario, options: LatencyOptions): Latency {
  const fast = createBatchRunner(axisPack, scenario);
  const reference = createReferenceRunner(axisPack, scenario);
  const time = (runs: number, from: number, step: (run: number) => void) => {
    const start = performance.now();
    for (let run = from; run < from + runs; run++) step(run);
    return ((performance.now() - start) * 1000) / runs;
  };
  const engines = {
    fast: (run: number) => fast.run(options.seed, run),
    reference: (run: number) => reference.run(options.seed, run),
    naive: (run: number) => naiveRecord(axisPack, scenario, options.seed, run),
    trace: (run: number) => simulate(axisPack, scenario, { seed: options.seed, run }),
  };
  // Warm up every engine (JIT, per-scenario compile caches) on runs that are not measured.
  for (const [name, step] of Object.entries(engines))
    time(name === 'fast' || name === 'reference' ? 50 : 3, 1_000_000, step);

  const samples: Record<keyof Latency, number[]> = {
    fast: [],
    reference: [],
    naive: [],
    trace: [],
  };
  for (let round = 0; round < options.rounds; round++) {
    const from = round * options.runs;
    samples.fast.push(time(options.runs, from, engines.fast));
    samples.reference.push(time(options.runs, from, engines.reference));
    samples.naive.push(time(options.slowRuns, from, engines.naive));
    samples.trace.push(time(options.slowRuns, from, engines.trace));
  }
  return {
    fast: median(samples.fast),
    reference: median(samples.reference),
    naive: median(samples.naive),
    trace: median(samples.trace),
  };
}
