import {
  type Aggregate,
  emptyAggregate,
  emptyProfile,
  mergeAggregates,
  mergeProfiles,
  type Pack,
  type Sampling,
  type Scenario,
  type TraceProfile,
} from '@brink/core';
import type { WorkerPool } from './pool.js';
import type { ShardOutput } from './shardTask.js';

/** One batch to run: runs `from` ≤ run < `to` of `scenario` with `seed`. */
export interface BatchJob {
  /** A key unique to the scenario (its hash), so workers compile it once. */
  key: string;
  pack: Pack;
  scenario: Scenario;
  seed: number;
  from: number;
  to: number;
  /** Whether the per-run records are wanted (to write them to a file). */
  records: boolean;
  /** Where the runs take the pack's uncertain numbers from; `fixed` when absent. */
  sampling?: Sampling | undefined;
}

/** How to run a list of batches on a pool. */
export interface RunBatchesOptions {
  pool: WorkerPool;
  jobs: readonly BatchJob[];
  /** Runs per task sent to a worker. */
  shardSize: number;
  signal: AbortSignal;
  /** Called with each job's shards strictly in run order (later shards wait for earlier ones). */
  onShard?: (job: number, shard: ShardOutput) => void;
  /** Called whenever a shard finishes, with the runs finished so far over all jobs. */
  onProgress?: (runsDone: number) => void;
}

/** What running the batches gave. */
export interface BatchesResult {
  /** Per job, the merged aggregate of the runs delivered in order. */
  aggregates: Aggregate[];
  /** Per job, the merged trace profile of the runs delivered in order. */
  profiles: TraceProfile[];
  /** Per job, the runs delivered in order: `from` up to this (exclusive). */
  delivered: number[];
  /** Whether the signal stopped it before every run was done. */
  interrupted: boolean;
}

/**
 * Runs batches on a worker pool, shard by shard, keeping every worker busy, and merges each
 * job's aggregates and profiles with core's `mergeAggregates` and `mergeProfiles`. Shards finish in any order; they are handed to
 * `onShard` in run order, buffered until the shards before them are in, so output written from
 * there is the same whatever the number of workers. When `signal` aborts, no shard is started,
 * running ones are abandoned, and what was delivered in order is reported.
 */
export async function runBatches(options: RunBatchesOptions): Promise<BatchesResult> {
  const { pool, jobs, signal } = options;
  const size = Math.max(1, options.shardSize);
  const tasks = jobs.flatMap((job, index) => {
    const shards: { job: number; from: number; to: number }[] = [];
    for (let from = job.from; from < job.to; from += size) {
      shards.push({ job: index, from, to: Math.min(job.to, from + size) });
    }
    return shards;
  });
  const aggregates = jobs.map((job) => emptyAggregate(job.pack));
  const profiles = jobs.map((job) => emptyProfile(job.pack));
  const delivered = jobs.map((job) => job.from);
  const waiting = jobs.map(() => new Map<number, ShardOutput>());
  let done = 0;
  let failure: unknown;

  const deliver = (index: number, shard: ShardOutput) => {
    waiting[index]!.set(shard.from, shard);
    for (;;) {
      const next = waiting[index]!.get(delivered[index]!);
      if (!next) break;
      waiting[index]!.delete(next.from);
      aggregates[index] = mergeAggregates(aggregates[index]!, next.aggregate);
      profiles[index] = mergeProfiles(profiles[index]!, next.profile);
      delivered[index] = next.to;
      options.onShard?.(index, next);
    }
  };

  // Two tasks per worker in flight: each has its next task queued when it finishes one.
  const limit = pool.threads * 2;
  const running = new Set<Promise<void>>();
  for (const task of tasks) {
    if (signal.aborted || failure !== undefined) break;
    const job = jobs[task.job]!;
    const promise: Promise<void> = pool
      .run(
        {
          pack: job.pack.id,
          key: job.key,
          scenario: job.scenario,
          seed: job.seed,
          from: task.from,
          to: task.to,
          records: job.records,
          ...(job.sampling === undefined ? {} : { sampling: job.sampling }),
        },
        signal,
      )
      .then(
        (shard) => {
          if (failure !== undefined) return;
          // A failure to deliver (a full disk) stops the batch like a failed shard does.
          try {
            done += shard.to - shard.from;
            deliver(task.job, shard);
            options.onProgress?.(done);
          } catch (error) {
            failure ??= error;
          }
        },
        (error: unknown) => {
          if (!signal.aborted) failure ??= error;
        },
      )
      .finally(() => running.delete(promise));
    running.add(promise);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure !== undefined && !signal.aborted) throw failure;
  const interrupted = jobs.some((job, index) => delivered[index]! < job.to);
  return { aggregates, profiles, delivered, interrupted };
}

/**
 * Runs per shard: small enough for smooth progress and little lost work on Ctrl-C, at most 64.
 * Each shard's result carries its runs' profile (a count per actor, day and rung), whatever its
 * size: at 16 runs a shard, a 100,000-run batch sent 6,250 of them through the main thread, and
 * their garbage raised its peak memory.
 */
export function shardSizeFor(runs: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(runs / (workers * 16))));
}
