import type { BatchHeader } from '@brink/core';
import type { RedisTarget } from '../queue/parseRedisUrl.js';
import type { QueuedBatchPlan } from '../queue/planQueuedBatch.js';
import { CLI_VERSION } from '../version.js';
import type { Manifest } from './manifest.js';
import type { NewManifest } from './recordFile.js';

/**
 * The manifest of a record file as a command starts it (`brink batch`, `brink explore`): the
 * batch's header, where its numbers came from (`sampling`), the scenario's source, the format, the
 * runs asked for, the local workers, the queue it runs through (if any), and when it started;
 * not yet finished, not complete.
 */
export function newRecordManifest(
  command: Manifest['command'],
  header: BatchHeader,
  run: {
    sampling: string;
    origin: string;
    format: string;
    runsRequested: number;
    workers: number;
    queue?: { target: RedisTarget; plan: QueuedBatchPlan } | undefined;
    started: string;
  },
): NewManifest {
  return {
    command,
    ...header,
    sampling: run.sampling,
    scenarioSource: run.origin,
    format: run.format,
    cliVersion: CLI_VERSION,
    runsRequested: run.runsRequested,
    workers: run.workers,
    ...(run.queue
      ? {
          queue: {
            url: run.queue.target.display,
            batch: run.queue.plan.id,
            shardSize: run.queue.plan.shardSize,
            shards: run.queue.plan.shards.length,
          },
        }
      : {}),
    started: run.started,
    finished: null,
    complete: false,
  };
}
