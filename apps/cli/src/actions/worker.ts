import type { Context } from '../context.js';
import { defaultWorkers } from '../options.js';
import type { RedisTarget } from '../queue/parseRedisUrl.js';
import { serveShards } from '../queue/serveShards.js';

/** The options of `brink worker`, as commander parses them. */
export interface WorkerOptions {
  queue: RedisTarget;
  concurrency?: number;
  lockDuration: number;
  stalledInterval: number;
  quiet?: boolean;
}

/** What `brink worker` does: serves the queue until Ctrl-C or SIGTERM, then exits 0. */
export async function workerAction(options: WorkerOptions, ctx: Context): Promise<void> {
  await serveShards(ctx, {
    target: options.queue,
    concurrency: options.concurrency ?? defaultWorkers(),
    lockDuration: options.lockDuration,
    stalledInterval: options.stalledInterval,
  });
}
