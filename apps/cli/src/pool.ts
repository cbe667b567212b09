import type { ShardOutput, ShardTask } from './shardTask.js';

/** Runs shards of batches: on worker threads, or on the main thread when there is one worker. */
export interface WorkerPool {
  readonly threads: number;
  run(task: ShardTask, signal: AbortSignal): Promise<ShardOutput>;
  /** Stops every worker; tasks still queued or running are rejected. */
  destroy(): Promise<void>;
}

/**
 * The pool for `--workers threads`. With two or more, a piscina pool of exactly that many worker
 * threads running the built `worker.js`. With one, the same task function runs on the main
 * thread, one shard per turn of the event loop: a thread would only add its start-up (loading
 * the engine and the pack again) and results cannot differ, since run i depends on (seed, i) only.
 */
/** Old-space cap of each worker thread, in MB: room for a shard's records many times over. */
const WORKER_OLD_SPACE_MB = 64;

export async function createPool(threads: number): Promise<WorkerPool> {
  if (threads <= 1) return inlinePool();
  // Loaded only here: a one-worker batch never starts a thread.
  const { Piscina } = await import('piscina');
  const piscina = new Piscina<ShardTask, ShardOutput>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // A shard's live heap is a few MB (the engine, the pack, one shard's records); without a
    // cap V8 lets each thread's heap grow far past that before collecting, and a long batch's
    // RSS climbs with every thread. Capped, a 100,000-run batch stays flat.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: 8 },
  });
  return {
    threads,
    run: (task, signal) => piscina.run(task, { signal }),
    destroy: () => piscina.destroy(),
  };
}

async function inlinePool(): Promise<WorkerPool> {
  const { default: runTask } = await import('./worker.js');
  return {
    threads: 1,
    // setImmediate lets signals, progress and writes in between shards: a Ctrl-C waits for at
    // most the shard under way.
    run: (task, signal) =>
      new Promise((resolve, reject) => {
        setImmediate(() => {
          if (signal.aborted) {
            reject(signal.reason);
            return;
          }
          try {
            resolve(runTask(task));
          } catch (error) {
            reject(error);
          }
        });
      }),
    destroy: async () => {},
  };
}
