import {
  type Aggregate,
  type BatchHeader,
  csvCodec,
  type DayWindow,
  emptyAggregate,
  emptyProfile,
  mergeAggregates,
  mergeProfiles,
  type Pack,
  type Sampling,
  type Scenario,
  type Summary,
  summaryOf,
  type TraceProfile,
} from '@brink/core';
import { axisPack } from '@brink/data';
import { type ExploredRun, type ShardKeep, type ShardMessage, sampledNames } from './batchShard';
import {
  type BatchWorker,
  type BatchWorkerPool,
  batchWorkerPool,
  createBatchWorkerPool,
} from './batchWorkerPool';

/** The largest batch the page runs. */
export const MAX_RUNS = 100_000;
/** Performance marks at the start and the end (done, failed or cancelled) of every batch. */
export const BATCH_START_MARK = 'brink:batch-start';
export const BATCH_END_MARK = 'brink:batch-end';

export interface BatchRequest {
  scenario: Scenario;
  runs: number;
  seed: number;
  /**
   * The pack's values (`fixed`, the default), draws from its ranges (`sampled`), or a Sobol or
   * Morris design, whose runs are its rows (core's `Sampling`).
   */
  sampling?: Sampling;
  /**
   * What to keep of each run: its CSV row (`csv`, the default, for the batch's export), or what an
   * exploration's analysis reads, into `result.runs`, with no trace profile (see `ShardKeep`).
   */
  keep?: ShardKeep;
  /**
   * Windows of days over which the profile also counts each run's peak rung per actor (core's
   * `TraceProfile.peaks`): the hindcast page passes its record's months. None by default.
   */
  windows?: readonly DayWindow[];
  /** Web Workers to use; the browser's `navigator.hardwareConcurrency` by default. */
  workers?: number;
}

export interface BatchOptions {
  /** Called as runs finish, with the runs done and the batch's total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Aborting rejects with an `AbortError` and terminates the workers still running a shard (their
   * pool starts new ones when next asked); idle workers go back to their pool.
   */
  signal?: AbortSignal;
  /** The pack the scenario runs on; the built-in pack by default. */
  pack?: Pack;
  /** Runs per shard; by default small enough that every worker gets several. */
  shardSize?: number;
  /**
   * Where the batch takes its workers and gives them back: the page's pool of module Web Workers
   * running `batch.worker.ts` (`batchWorkerPool()`) by default.
   */
  pool?: BatchWorkerPool;
  /**
   * Makes a worker for this batch alone, terminated when the batch ends (tests pass an
   * in-process one); ignored when `pool` is given.
   */
  createWorker?: () => BatchWorker;
}

/** A finished batch: the engine's summary, the merged aggregate and what the charts need. */
export interface BatchResult {
  /** Core's `Summary`: what `summarize` and `brink batch --json` give for the same batch. */
  summary: Summary;
  /** The merged aggregate of every run (counts behind the summary's shares). */
  aggregate: Aggregate;
  /** Per-day rungs and deciding rules of every run (core's `runShard` profiles each shard). */
  profile: TraceProfile;
  pack: Pack;
  scenario: Scenario;
  seed: number;
  runs: number;
  workers: number;
  /** Wall time from start to the last shard, in milliseconds. */
  elapsedMs: number;
  /**
   * Every run as the CLI's `--out runs.csv` writes it: header, then one row per run in order
   * (the header only when the request kept records).
   */
  csv(): string;
  /** Every run as an exploration reads it, in run order, when the request kept them; otherwise empty. */
  explored: ExploredRun[];
}

/** The error a batch rejects with when its signal aborts it. */
export function abortError(): DOMException {
  return new DOMException('The batch was cancelled', 'AbortError');
}

/**
 * Runs a seeded Monte Carlo batch in Web Workers: the runs are cut into shards, each worker runs
 * core's `runShard` on one shard at a time, and the shards' aggregates are merged with core's
 * `mergeAggregates` in shard order, so the summary equals `summarize` and `brink batch --json`
 * for the same scenario, seed and runs, whatever the number of workers. The workers come from a
 * pool (`options.pool`) and go back to it when the batch ends, so the next batch starts on
 * workers that have loaded the engine already.
 *
 * @example
 * const { summary } = await runBatch({ scenario, runs: 1000, seed: 42 }, { onProgress });
 */
export function runBatch(request: BatchRequest, options: BatchOptions = {}): Promise<BatchResult> {
  const pack = options.pack ?? axisPack;
  const { scenario, runs, seed } = request;
  const sampling = request.sampling ?? 'fixed';
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    return Promise.reject(
      new RangeError(`runs must be a whole number from 1 to ${MAX_RUNS}, not ${runs}`),
    );
  }
  if (!Number.isInteger(seed) || seed < 0) {
    return Promise.reject(new RangeError(`seed must be a whole number from 0, not ${seed}`));
  }
  if (options.signal?.aborted) return Promise.reject(abortError());

  const available =
    request.workers ??
    (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined) ??
    2;
  const shardSize = options.shardSize ?? defaultShardSize(runs, available);
  const shards: [number, number][] = [];
  for (let from = 0; from < runs; from += shardSize) {
    shards.push([from, Math.min(runs, from + shardSize)]);
  }
  const workerCount = Math.max(1, Math.min(available, shards.length));
  const pool =
    options.pool ??
    (options.createWorker
      ? createBatchWorkerPool(options.createWorker, { maxIdle: 0 })
      : batchWorkerPool());
  const started = performance.now();
  // Marks let a profiler (and the long-task test) tell the batch's span from the page's load.
  performance.mark(BATCH_START_MARK);

  return new Promise<BatchResult>((resolve, reject) => {
    const workers: BatchWorker[] = [];
    // The workers with a shard in flight: a batch that ends early must stop them.
    const busy = new Set<BatchWorker>();
    const doneBy = new Map<number, number>();
    const rows: string[] = new Array(shards.length);
    const kept: ExploredRun[][] = new Array(shards.length);
    // Finished shards wait here until every shard before them is merged: the merge runs in shard
    // order, whatever order the workers finish in.
    const waiting = new Map<number, { aggregate: Aggregate; profile: TraceProfile | null }>();
    let merged = 0;
    // The header (scenario hash, versions) comes from the workers: computing it compiles the
    // scenario, work the page's main thread is spared.
    let header: BatchHeader | null = null;
    let aggregate = emptyAggregate(pack);
    let profile = emptyProfile(pack);
    let next = 0;
    let finished = 0;
    let completedRuns = 0;
    let settled = false;

    const stop = () => {
      settled = true;
      performance.mark(BATCH_END_MARK);
      for (const worker of workers) {
        if (busy.has(worker)) pool.discard(worker);
        else pool.release(worker);
      }
      options.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown) => {
      if (settled) return;
      stop();
      reject(error);
    };
    const onAbort = () => fail(abortError());
    options.signal?.addEventListener('abort', onAbort);

    const progress = () => {
      let inFlight = 0;
      for (const done of doneBy.values()) inFlight += done;
      options.onProgress?.(completedRuns + inFlight, runs);
    };
    const send = (worker: BatchWorker) => {
      const shard = next++;
      busy.add(worker);
      const [from, to] = shards[shard]!;
      worker.postMessage({
        id: shard,
        pack,
        scenario,
        seed,
        from,
        to,
        sampling,
        keep: request.keep ?? 'csv',
        ...(request.windows ? { windows: request.windows } : {}),
      });
    };
    const onMessage = (worker: BatchWorker, message: ShardMessage) => {
      if (settled) return;
      if (message.type === 'progress') {
        doneBy.set(message.id, message.done);
        progress();
        return;
      }
      busy.delete(worker);
      if (message.type === 'error') {
        fail(new Error(`a batch worker failed on shard ${message.id}: ${message.message}`));
        return;
      }
      doneBy.delete(message.id);
      waiting.set(message.id, { aggregate: message.aggregate, profile: message.profile });
      for (let ready = waiting.get(merged); ready; ready = waiting.get(merged)) {
        waiting.delete(merged);
        merged += 1;
        aggregate = mergeAggregates(aggregate, ready.aggregate);
        if (ready.profile) profile = mergeProfiles(profile, ready.profile);
      }
      rows[message.id] = message.csv;
      kept[message.id] = message.runs;
      header = message.header;
      completedRuns += message.to - message.from;
      finished += 1;
      progress();
      if (next < shards.length) send(worker);
      else if (finished === shards.length) {
        stop();
        const codec = csvCodec(pack, sampledNames(pack, scenario, sampling));
        resolve({
          summary: summaryOf(
            aggregate,
            header!,
            typeof sampling === 'string' ? sampling : 'sampled',
          ),
          aggregate,
          profile,
          pack,
          scenario,
          seed,
          runs,
          workers: workerCount,
          elapsedMs: performance.now() - started,
          csv: () => codec.header + rows.join(''),
          explored: kept.flat(),
        });
      }
    };

    try {
      for (let i = 0; i < workerCount; i++) {
        const worker = pool.acquire();
        workers.push(worker);
        worker.onmessage = (event) => onMessage(worker, event.data);
        worker.onerror = (event) => {
          // A worker that failed is not given back: the pool starts another in its place.
          busy.add(worker);
          fail(new Error(`a batch worker failed: ${event.message || 'it could not start'}`));
        };
        send(worker);
      }
    } catch (error) {
      fail(error);
    }
  });
}

/** Shards of 25 to 500 runs, at least four per worker, so progress moves and work balances. */
export function defaultShardSize(runs: number, workers: number): number {
  return Math.max(25, Math.min(500, Math.ceil(runs / (Math.max(1, workers) * 4))));
}
