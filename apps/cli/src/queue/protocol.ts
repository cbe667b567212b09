import type { Sampling, Scenario } from '@brink/core';

/**
 * The layout of Brink's queues in Redis, shared by `brink batch --queue` (the coordinator) and
 * `brink worker`. A queued batch is a BullMQ flow: one parent job in {@link BATCH_QUEUE}, whose
 * children, one per shard, wait in {@link SHARD_QUEUE} for workers. Children keep their results
 * until the coordinator has merged them and removes the flow.
 */

/** The key prefix of every key Brink writes (BullMQ's own default is `bull`). */
export const QUEUE_PREFIX = 'brink';

/** The queue of shard jobs, which `brink worker` processes. */
export const SHARD_QUEUE = 'shards';

/** The queue of batch (parent) jobs; no worker takes them, they hold the batch together. */
export const BATCH_QUEUE = 'batches';

/**
 * The version of the job data below and of a shard's result (`ShardOutput`; since 2 it carries
 * the shard's trace profile). With the engine's version it is stamped on the queue
 * (see `checkQueueStamp`): coordinators and workers of another version refuse the queue.
 */
export const QUEUE_PROTOCOL = 2;

/** The Redis hash that says which engine and protocol a queue was made by. */
export const STAMP_KEY = `${QUEUE_PREFIX}:stamp`;

/** What a shard job carries: everything a worker needs to run its runs, and to check them. */
export interface ShardJobData {
  protocol: number;
  engineVersion: string;
  /** The batch's id (its parent job's id), and this shard's index among its `shards`. */
  batch: string;
  shard: number;
  shards: number;
  pack: string;
  packVersion: string;
  sourceHash: string;
  scenarioHash: string;
  /** The parsed scenario; workers check it against `scenarioHash` before running it. */
  scenario: Scenario;
  seed: number;
  /** Runs `from` ≤ run < `to`. */
  from: number;
  to: number;
  /** Whether to return the per-run records (the coordinator writes them to a file). */
  records: boolean;
  /** Where the runs take the pack's uncertain numbers from; `fixed` when absent. */
  sampling?: Sampling;
}

/** What a batch (parent) job carries: what the batch is, for anyone inspecting the queue. */
export interface BatchJobData {
  protocol: number;
  engineVersion: string;
  scenario: string;
  scenarioHash: string;
  pack: string;
  packVersion: string;
  seed: number;
  from: number;
  to: number;
  shardSize: number;
  shards: number;
  records: boolean;
}
