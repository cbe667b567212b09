import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type Aggregate,
  batchHeader,
  ENGINE_VERSION,
  emptyAggregate,
  emptyProfile,
  formatCount,
  lookupId,
  mergeAggregates,
  mergeProfiles,
  type RunRecord,
  type TraceProfile,
} from '@brink/core';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Context } from '../context.js';
import { packs } from '../packs.js';
import { createPool } from '../pool.js';
import type { ShardOutput } from '../shardTask.js';
import { onInterrupt } from '../signals.js';
import { CONNECT_TIMEOUT_MS, checkQueue } from './checkQueue.js';
import { type RedisTarget, redisOptions } from './parseRedisUrl.js';
import { QUEUE_PREFIX, QUEUE_PROTOCOL, SHARD_QUEUE, type ShardJobData } from './protocol.js';

/** How `brink worker` serves a queue. */
export interface ServeOptions {
  target: RedisTarget;
  /** Shards run at once, each on its own thread (one: on the main thread). */
  concurrency: number;
  /** How long a shard stays locked to a worker that stops renewing the lock (ms). */
  lockDuration: number;
  /** How often to look for shards whose worker died, to queue them again (ms). */
  stalledInterval: number;
}

/**
 * How often a shard may lose its worker before it fails (and fails its batch): a shard that
 * kills every worker that takes it (one that runs out of memory, say) must not go round forever.
 */
const MAX_STALLED = 3;

/**
 * Each shard is run in slices of about this long (see {@link serveShards}): far below the lock
 * renewal period (half the lock duration, at least 500 ms), long enough that handing a slice to a
 * thread costs next to nothing.
 */
const SLICE_MS = 100;

/** How long a stopping worker waits for Redis once its shards are done. */
const CLOSE_GRACE_MS = 5000;

/**
 * Serves the queue at `options.target` until Ctrl-C or SIGTERM: takes shard jobs, runs them with
 * core's `runShard` on `concurrency` threads and returns their aggregate, profile and records. A shard is
 * run in slices of a few runs, so the main thread stays free between them to renew the job's lock
 * (a shard longer than the lock would otherwise look abandoned and be run twice). On the first
 * signal it finishes the shards under way, then stops; on a second it exits at once, and those
 * shards are run again by another worker once their locks expire.
 */
export async function serveShards(ctx: Context, options: ServeOptions): Promise<void> {
  const { target } = options;
  await checkQueue(target);
  const pool = await createPool(options.concurrency);
  const name = `${hostname()}:${process.pid}`;
  // A scenario is checked against its hash once per worker, not once per shard.
  const checked = new Map<string, string | undefined>();
  // A shard is never abandoned half-way by this process: a second signal exits it instead.
  const never = new AbortController().signal;

  // Shards under way, and a way to hear when the last one is done.
  let active = 0;
  let onIdle = () => {};
  const processor = async (job: Job<ShardJobData>): Promise<ShardOutput> => {
    active += 1;
    try {
      return await runJob(job);
    } finally {
      active -= 1;
      if (active === 0) onIdle();
    }
  };

  const runJob = async (job: Job<ShardJobData>): Promise<ShardOutput> => {
    const data = job.data;
    if (data.protocol !== QUEUE_PROTOCOL || data.engineVersion !== ENGINE_VERSION) {
      throw new UnrecoverableError(
        `worker ${name} runs engine ${ENGINE_VERSION} (protocol ${QUEUE_PROTOCOL}), the shard wants engine ${data.engineVersion} (protocol ${data.protocol})`,
      );
    }
    const pack = lookupId(packs, data.pack);
    if (!pack || pack.version !== data.packVersion) {
      throw new UnrecoverableError(
        `worker ${name} has no pack ${data.pack} ${data.packVersion}${pack ? ` (it has ${pack.version})` : ''}`,
      );
    }
    const key = `${data.pack}/${data.scenarioHash}/${data.sourceHash}`;
    if (!checked.has(key)) checked.set(key, checkScenario(data));
    const problem = checked.get(key);
    if (problem) throw new UnrecoverableError(problem);

    const again = job.attemptsStarted > 1 || job.stalledCounter > 0;
    ctx.log(
      `brink: batch ${data.batch} shard ${data.shard + 1}/${data.shards}: runs ${data.from}–${data.to - 1}` +
        (again
          ? ' (again: the lock of the worker that had it lapsed; it stopped, or was too busy to renew it within --lock-duration)'
          : ''),
    );
    let aggregate: Aggregate = emptyAggregate(pack);
    let profile: TraceProfile = emptyProfile(pack);
    const records: RunRecord[] = [];
    // The first slice is one run (the first run of a scenario also compiles it); the next ones
    // are sized from the time the last one took.
    let size = 1;
    for (let from = data.from; from < data.to; ) {
      const to = Math.min(data.to, from + size);
      const began = performance.now();
      const slice = await pool.run(
        {
          pack: data.pack,
          key: data.scenarioHash,
          scenario: data.scenario,
          seed: data.seed,
          from,
          to,
          records: data.records,
          ...(data.sampling === undefined ? {} : { sampling: data.sampling }),
        },
        never,
      );
      const perRun = (performance.now() - began) / (to - from);
      size = Math.max(1, Math.min(256, Math.floor(SLICE_MS / Math.max(perRun, 0.01))));
      aggregate = mergeAggregates(aggregate, slice.aggregate);
      profile = mergeProfiles(profile, slice.profile);
      for (const record of slice.records) records.push(record);
      from = to;
    }
    return { from: data.from, to: data.to, aggregate, profile, records };
  };

  const worker = new Worker<ShardJobData, ShardOutput>(SHARD_QUEUE, processor, {
    connection: redisOptions(target, { connectTimeout: CONNECT_TIMEOUT_MS }),
    prefix: QUEUE_PREFIX,
    name,
    concurrency: options.concurrency,
    lockDuration: options.lockDuration,
    stalledInterval: options.stalledInterval,
    maxStalledCount: MAX_STALLED,
    autorun: false,
  });
  // Redis errors repeat while it is away; say so once per kind, and again after it came back.
  let lastError = '';
  worker.on('error', (error) => {
    if (error.message === lastError) return;
    lastError = error.message;
    ctx.log(`brink: worker ${name}: ${error.message}`);
  });
  worker.on('ready', () => {
    lastError = '';
  });
  worker.on('failed', (job, error) => {
    if (job) {
      ctx.log(
        `brink: batch ${job.data.batch} shard ${job.data.shard + 1}/${job.data.shards} failed: ${error.message}`,
      );
    }
  });
  worker.on('stalled', (jobId) => {
    ctx.log(`brink: shard ${jobId} lost its worker; it is queued again`);
  });

  // The handlers stay: a second signal exits at once (see onInterrupt).
  const stopped = new Promise<NodeJS.Signals>((resolve) => onInterrupt(resolve));
  const running = worker.run().catch((error: Error) => {
    ctx.log(`brink: worker ${name} stopped taking shards: ${error.message}`);
  });
  ctx.log(
    `brink: worker ${name} serving ${target.display} (engine ${ENGINE_VERSION}, ` +
      `${formatCount(options.concurrency, 'shard')} at a time); Ctrl-C stops it`,
  );
  const signal = await stopped;
  ctx.log(
    `brink: ${signal === 'SIGINT' ? 'Ctrl-C' : signal}: finishing the shards under way, then stopping (again to stop now)`,
  );
  const closing = Promise.all([worker.close(), running]);
  if (active > 0) await new Promise<void>((resolve) => (onIdle = resolve));
  // With no shard left, closing only reports to Redis; a Redis that is away would make it wait
  // for ever, so it gets a few seconds, and the process ends even if a connection lingers.
  const closed = await Promise.race([
    closing.then(() => true),
    sleep(CLOSE_GRACE_MS, false, { ref: false }),
  ]);
  await pool.destroy();
  if (!closed) {
    ctx.log(`brink: Redis at ${target.display} does not answer; stopping without it`);
    void worker.disconnect().catch(() => {});
    setTimeout(() => process.exit(), 1000).unref();
  }
}

/** Why a shard's scenario cannot be run here, or undefined when its hashes match this pack's. */
function checkScenario(data: ShardJobData): string | undefined {
  try {
    const header = batchHeader(packs[data.pack]!, data.scenario, data.seed);
    if (header.scenarioHash !== data.scenarioHash || header.sourceHash !== data.sourceHash) {
      return `scenario ${data.scenario.id} hashes to ${header.scenarioHash.slice(0, 12)}… here, not ${data.scenarioHash.slice(0, 12)}…`;
    }
    return undefined;
  } catch (error) {
    return `scenario ${data.scenario?.id ?? '?'} cannot run here: ${(error as Error).message}`;
  }
}
