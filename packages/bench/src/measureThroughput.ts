import { Worker } from 'node:worker_threads';
import { emptyAggregate, mergeAggregates, runShard } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import type { ShardMessage } from './batchWorker.js';

/** Batch throughput with one and with two workers, measured in alternating rounds. */
export interface Throughput {
  runs: number;
  /** Median over rounds, runs per second. */
  oneWorker: number;
  twoWorkers: number;
  rounds: { oneWorker: number; twoWorkers: number }[];
  /**
   * What the machine itself gives from a second thread: the same integer loop on one worker
   * thread, then on two at once (throughput ratio, median over rounds). No batch can scale
   * better than this.
   */
  machineScaling: number;
}

const SHARD = 250;

/**
 * Runs `runs` runs of `scenario` through core's `runShard` (the kernel, no trace), in shards of 250 as
 * the CLI does: on the main thread (one worker), then on two worker threads pulling shards from
 * one queue; `rounds` times, alternating, so both see the same machine load.
 */
export async function measureThroughput(
  scenario: string,
  runs: number,
  rounds: number,
  seed: number,
): Promise<Throughput> {
  const workers = [0, 1].map(
    () => new Worker(new URL('./batchWorker.js', import.meta.url), { stdout: false }),
  );
  const shards = (offset: number, count: number) => {
    const list: ShardMessage[] = [];
    for (let from = 0; from < count; from += SHARD)
      list.push({
        scenario,
        seed,
        from: offset + from,
        to: offset + Math.min(count, from + SHARD),
      });
    return list;
  };
  const onMain = (offset: number, count = runs) => {
    const start = performance.now();
    let aggregate = emptyAggregate(axisPack);
    for (const shard of shards(offset, count)) {
      const result = runShard(axisPack, getScenario(scenario), shard);
      aggregate = mergeAggregates(aggregate, result.aggregate);
    }
    return count / ((performance.now() - start) / 1000);
  };
  const onWorkers = async (offset: number, count = runs) => {
    const queue = shards(offset, count);
    const start = performance.now();
    await Promise.all(
      workers.map(async (worker) => {
        for (let shard = queue.shift(); shard; shard = queue.shift()) {
          await new Promise((resolve) => {
            worker.once('message', resolve);
            worker.postMessage(shard);
          });
        }
      }),
    );
    return count / ((performance.now() - start) / 1000);
  };
  const SPIN = 60_000_000;
  const spinOn = (count: number) =>
    Promise.all(
      workers.slice(0, count).map(
        (worker) =>
          new Promise((resolve) => {
            worker.once('message', resolve);
            worker.postMessage({ spin: SPIN });
          }),
      ),
    );
  const machineScaling = async () => {
    let start = performance.now();
    await spinOn(1);
    const one = performance.now() - start;
    start = performance.now();
    await spinOn(2);
    return (2 * one) / (performance.now() - start);
  };
  try {
    // Warm both up (JIT, scenario compile) on runs that are not measured.
    const warmUp = Math.min(runs, 1000);
    onMain(10_000_000, warmUp);
    await onWorkers(10_000_000, warmUp);
    const measured: Throughput['rounds'] = [];
    const machine: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const offset = round * runs;
      const oneWorker = onMain(offset);
      const twoWorkers = await onWorkers(offset);
      measured.push({ oneWorker, twoWorkers });
      machine.push(await machineScaling());
    }
    return {
      runs,
      oneWorker: median(measured.map((r) => r.oneWorker)),
      twoWorkers: median(measured.map((r) => r.twoWorkers)),
      rounds: measured,
      machineScaling: median(machine),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
