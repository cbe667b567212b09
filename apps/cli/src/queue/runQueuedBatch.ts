import { setTimeout as sleep } from 'node:timers/promises';
import {
  type Aggregate,
  type BatchHeader,
  ENGINE_VERSION,
  emptyAggregate,
  emptyProfile,
  formatCount,
  mergeAggregates,
  mergeProfiles,
  type TraceProfile,
} from '@brink/core';
import { FlowProducer, Job, Queue } from 'bullmq';
import type { Context } from '../context.js';
import { CliError, inputError } from '../errors.js';
import type { Executed } from '../executeBatches.js';
import { createProgress, type Progress } from '../progress.js';
import type { BatchJob } from '../runBatches.js';
import type { ShardOutput } from '../shardTask.js';
import { onInterrupt } from '../signals.js';
import { CONNECT_TIMEOUT_MS, checkQueue } from './checkQueue.js';
import { type RedisTarget, redisOptions } from './parseRedisUrl.js';
import { type QueuedBatchPlan, shardJobId } from './planQueuedBatch.js';
import {
  BATCH_QUEUE,
  type BatchJobData,
  QUEUE_PREFIX,
  QUEUE_PROTOCOL,
  SHARD_QUEUE,
  type ShardJobData,
} from './protocol.js';

/** How `brink batch --queue` runs its batch. */
export interface QueuedBatchOptions {
  target: RedisTarget;
  /** The batch's shards and id, as `planQueuedBatch` gives them for `job`. */
  plan: QueuedBatchPlan;
  /** Shown before the progress bar, e.g. the scenario id. */
  label: string;
  /** Whether to show a progress bar (on a terminal only, and never with --quiet). */
  progress: boolean;
  /** Called with the shards strictly in run order. */
  onShard?: (shard: ShardOutput) => void;
  /** How often to look at the queue, in milliseconds. */
  pollMs?: number;
}

/** What a queued batch gave: as a local one, with the batch's id and shards. */
export interface QueuedExecuted extends Executed {
  batch: string;
  shards: number;
  /**
   * When the batch was left unfinished: how many workers were connected to its queue as the
   * coordinator stopped (from BullMQ's worker list), or `undefined` when Redis could not be asked.
   */
  workersConnected?: number | undefined;
}

/**
 * Runs a batch through the queue at `options.target`: submits it as a BullMQ flow (one batch
 * job, one child per shard) unless a batch with the same id is already there — a coordinator
 * restarted after Ctrl-C or a crash picks up its batch rather than submitting it again — then
 * waits for `brink worker`s to run the shards, hands each shard's result to `onShard` in run
 * order, and merges the aggregates and profiles. Once every shard is in, the flow is removed from the queue.
 * On Ctrl-C or SIGTERM it stops waiting (the result says `interrupted`) and leaves the batch
 * queued: workers go on with it, and the same command collects it later.
 */
export async function runQueuedBatch(
  ctx: Context,
  job: BatchJob,
  header: BatchHeader,
  options: QueuedBatchOptions,
): Promise<QueuedExecuted> {
  const { target } = options;
  await checkQueue(target);
  const { plan } = options;
  const total = job.to - job.from;
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;

  // Commands give up after a few reconnection attempts, so a Redis that goes away mid-batch
  // ends the command with an error instead of leaving it waiting forever.
  const connection = redisOptions(target, {
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 3,
    retryStrategy: (times: number) => (times > 10 ? null : Math.min(times * 250, 2000)),
  });
  const batches = new Queue(BATCH_QUEUE, { connection, prefix: QUEUE_PREFIX });
  const shards = new Queue(SHARD_QUEUE, { connection, prefix: QUEUE_PREFIX });
  const flows = new FlowProducer({ connection, prefix: QUEUE_PREFIX });
  let lost: unknown;
  const onError = (error: unknown) => {
    lost ??= error;
  };
  batches.on('error', onError);
  shards.on('error', onError);
  flows.on('error', onError);
  const redis = async <T>(operation: Promise<T>): Promise<T> => {
    try {
      return await operation;
    } catch (error) {
      if (error instanceof CliError) throw error;
      const cause = (lost ?? error) as Error;
      throw inputError(`lost Redis at ${target.display}: ${cause.message ?? cause}`, error);
    }
  };

  // Started once the log lines about the batch are out, so they do not cut through the bar.
  let progress: Progress | undefined;
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const removeHandlers = onInterrupt((signal) => {
    stoppedBy = signal;
    progress?.stop();
    ctx.log(ctx.errColor.yellow(`brink: ${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping…`));
    controller.abort();
  });

  let aggregate: Aggregate = emptyAggregate(job.pack);
  let profile: TraceProfile = emptyProfile(job.pack);
  let next = 0; // the next shard to deliver, in run order
  let deliveredRuns = 0;
  const processedBy = new Set<string>();
  try {
    let parent = await redis(Job.fromId<BatchJobData>(batches, plan.id));
    if (parent) {
      if ((await redis(parent.getState())) === 'failed' || parent.deferredFailure) {
        const reason = await redis(failureOf(plan.id, batches, shards));
        await redis(removeFailed(parent));
        throw inputError(
          `batch ${plan.id} failed in the queue at ${target.display}: ${reason}; ` +
            'it was removed, so the same command submits it again',
        );
      }
      const { processed = 0 } = await redis(parent.getDependenciesCount({ processed: true }));
      ctx.log(
        `brink: picked up batch ${plan.id} from ${target.display}: ${processed} of ${plan.shards.length} shards done`,
      );
    } else {
      parent = (
        await redis(
          flows.add({
            name: 'batch',
            queueName: BATCH_QUEUE,
            data: {
              protocol: QUEUE_PROTOCOL,
              engineVersion: ENGINE_VERSION,
              scenario: header.scenario,
              scenarioHash: header.scenarioHash,
              pack: header.pack,
              packVersion: header.packVersion,
              seed: header.seed,
              from: job.from,
              to: job.to,
              shardSize: plan.shardSize,
              shards: plan.shards.length,
              records: job.records,
            } satisfies BatchJobData,
            opts: { jobId: plan.id },
            children: plan.shards.map((shard) => ({
              name: 'shard',
              queueName: SHARD_QUEUE,
              data: {
                protocol: QUEUE_PROTOCOL,
                engineVersion: ENGINE_VERSION,
                batch: plan.id,
                shard: shard.index,
                shards: plan.shards.length,
                pack: header.pack,
                packVersion: header.packVersion,
                sourceHash: header.sourceHash,
                scenarioHash: header.scenarioHash,
                scenario: job.scenario,
                seed: header.seed,
                from: shard.from,
                to: shard.to,
                records: job.records,
                ...(job.sampling === undefined ? {} : { sampling: job.sampling }),
              } satisfies ShardJobData,
              // Results stay until the coordinator has merged them; a shard that fails (a worker
              // that cannot run it) fails the batch, which the coordinator reports.
              opts: {
                jobId: shardJobId(plan.id, shard.index),
                failParentOnFailure: true,
                removeOnComplete: false,
                removeOnFail: false,
              },
            })),
          }),
        )
      ).job as Job<BatchJobData>;
      ctx.log(
        `brink: queued batch ${plan.id} at ${target.display}: ${formatCount(plan.shards.length, 'shard')} of up to ${formatCount(plan.shardSize, 'run')}`,
      );
    }
    // CLIENT LIST covers the whole server: count only the workers of this database.
    const listening = (await redis(shards.getWorkers())).filter(
      (worker) => Number(worker.db) === target.db,
    );
    if (listening.length === 0) {
      ctx.log(
        `brink: no worker is connected yet; start some with: brink worker --queue ${target.display}`,
      );
    }

    progress = createProgress({
      stream: ctx.stderr,
      total,
      initial: 0,
      enabled: options.progress && ctx.stderrIsTTY,
      label: ctx.errColor.bold(options.label),
    });
    let seen = -1;
    while (next < plan.shards.length && !controller.signal.aborted) {
      const [{ processed = 0 }, state, current] = await Promise.all([
        redis(parent.getDependenciesCount({ processed: true })),
        redis(parent.getState()),
        redis(Job.fromId<BatchJobData>(batches, plan.id)),
      ]);
      // A failed shard does not fail its batch job at once: BullMQ marks the batch with a
      // deferred failure, to be settled by a worker of the batch queue, which nobody runs. So the
      // coordinator settles it, or it would wait forever.
      if (state === 'failed' || current?.deferredFailure) {
        const reason = await redis(failureOf(plan.id, batches, shards));
        await redis(removeFailed(parent));
        throw inputError(
          `batch ${plan.id} failed: ${reason}; it was removed from the queue, so the same command submits it again`,
        );
      }
      if (state === 'unknown') {
        throw inputError(
          `batch ${plan.id} is no longer in the queue at ${target.display} (another brink collected or removed it)`,
        );
      }
      if (processed !== seen) {
        seen = processed;
        while (next < plan.shards.length) {
          const child = await redis(Job.fromId(shards, shardJobId(plan.id, next)));
          if (!child) {
            throw inputError(
              `batch ${plan.id} lost shard ${next + 1}: it is no longer in the queue at ${target.display}`,
            );
          }
          // The job as read: a shard that finished since has its result next time round. (Asking
          // its state after reading it could say "completed" of a copy read just before.)
          const shard = child.returnvalue as ShardOutput | null | undefined;
          if (!child.finishedOn || child.failedReason || !shard) break;
          const expected = plan.shards[next]!;
          if (shard.from !== expected.from || shard.to !== expected.to) {
            throw inputError(
              `batch ${plan.id}: shard ${next + 1} came back with runs ${shard.from}–${shard.to}, not ${expected.from}–${expected.to}`,
            );
          }
          aggregate = mergeAggregates(aggregate, shard.aggregate);
          profile = mergeProfiles(profile, shard.profile);
          if (child.processedBy) processedBy.add(child.processedBy);
          options.onShard?.(shard);
          deliveredRuns += shard.to - shard.from;
          next += 1;
        }
        const pending = Math.max(0, processed - next) * plan.shardSize;
        progress.update(Math.min(total, deliveredRuns + pending));
      }
      if (next < plan.shards.length) {
        await sleep(options.pollMs ?? 200, undefined, { signal: controller.signal }).catch(
          () => {},
        );
      }
    }
    const complete = next === plan.shards.length;
    // Whoever is told the batch stays queued is told whether anyone is there to take it.
    const workersConnected = complete
      ? undefined
      : await shards
          .getWorkers()
          .then((list) => list.filter((worker) => Number(worker.db) === target.db).length)
          .catch(() => undefined);
    // Timed from the batch's submission, so a picked-up batch is not credited with earlier work.
    const elapsed = (Date.now() - parent.timestamp) / 1000;
    if (complete) await redis(parent.remove());
    return {
      aggregates: [aggregate],
      profiles: [profile],
      delivered: [job.from + deliveredRuns],
      interrupted: !complete,
      runs: total,
      seconds: complete ? elapsed : seconds(),
      workers: processedBy.size,
      batch: plan.id,
      shards: plan.shards.length,
      ...(complete ? {} : { workersConnected }),
      ...(stoppedBy ? { signal: stoppedBy } : {}),
    };
  } finally {
    progress?.stop();
    removeHandlers();
    await closeAll([flows, batches, shards]);
  }
}

/** How long a failed batch's removal waits for its shards still running to finish. */
const REMOVE_FAILED_TIMEOUT_MS = 60_000;

/**
 * Removes a failed batch and its shards. BullMQ refuses while one of its shards is still running
 * (locked by its worker), so this tries again until they are done, for at most
 * {@link REMOVE_FAILED_TIMEOUT_MS}; after that it gives up and says so.
 */
async function removeFailed(parent: Job): Promise<void> {
  const deadline = Date.now() + REMOVE_FAILED_TIMEOUT_MS;
  for (;;) {
    try {
      await parent.remove();
      return;
    } catch (error) {
      if (!/locked/.test((error as Error).message ?? '')) throw error;
      if (Date.now() > deadline) {
        throw inputError(
          `batch ${parent.id} failed, and a shard of it is still running after ${REMOVE_FAILED_TIMEOUT_MS / 1000} s, so it is still in the queue; run the same command again to remove it`,
        );
      }
      await sleep(250);
    }
  }
}

/** Why a failed batch failed: the reason its first failed shard gave. */
async function failureOf(id: string, batches: Queue, shards: Queue): Promise<string> {
  const parent = await Job.fromId(batches, id);
  const reason = parent?.failedReason || parent?.deferredFailure || 'no reason given';
  // BullMQ fails the parent with "child <prefix>:<queue>:<id> failed"; the child says why.
  const child = /^child \S+:(\S+) failed$/.exec(reason)?.[1];
  if (!child) return reason;
  const failed = await Job.fromId<ShardJobData>(shards, child);
  if (!failed) return reason;
  return `shard ${failed.data.shard + 1} (runs ${failed.data.from}–${failed.data.to - 1}): ${failed.failedReason}`;
}

/** Closes BullMQ connections, giving up after a few seconds when Redis is gone. */
async function closeAll(closables: readonly { close(): Promise<void> }[]): Promise<void> {
  await Promise.race([
    Promise.allSettled(closables.map((closable) => closable.close())),
    sleep(3000, undefined, { ref: false }),
  ]);
}
