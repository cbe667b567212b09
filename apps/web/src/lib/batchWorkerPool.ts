import type { ShardMessage, ShardTask } from './batchShard';

/** The minimal worker a batch needs; tests pass an in-process one. */
export interface BatchWorker {
  onmessage: ((event: MessageEvent<ShardMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(task: ShardTask): void;
  terminate(): void;
}

/**
 * Batch workers kept between batches. A batch takes workers with `acquire` and, when it ends,
 * gives back with `release` those with no shard in flight, and ends with `discard` those still
 * running one (a cancelled or failed batch) or that failed: the next `acquire` starts a new
 * worker in their place.
 */
export interface BatchWorkerPool {
  /** An idle worker if there is one, else a new one; the caller has it to itself until it gives it back. */
  acquire(): BatchWorker;
  /**
   * Gives back a worker with no shard in flight. It is kept for the next batch, unless the pool
   * already keeps `maxIdle` workers, in which case it is terminated.
   */
  release(worker: BatchWorker): void;
  /** Terminates a worker that is running a shard no one wants any more, or that failed. */
  discard(worker: BatchWorker): void;
  /** Terminates every idle worker (busy ones are their batch's to release or discard). */
  clear(): void;
  /** Workers kept idle now. */
  readonly idle: number;
}

export interface BatchWorkerPoolOptions {
  /** Idle workers kept at most; more given back are terminated. 0 keeps none. */
  maxIdle: number;
  /**
   * Milliseconds a worker may stay idle before it is terminated, so a page that stops running
   * batches gives back the workers' memory; never when absent.
   */
  idleMs?: number;
}

/**
 * A pool of batch workers made by `createWorker` (see {@link BatchWorkerPool}). Workers are
 * interchangeable: each shard carries everything it needs, so which worker runs which shard
 * changes no result.
 *
 * @example
 * const pool = createBatchWorkerPool(() => new Worker(url, { type: 'module' }), { maxIdle: 4 });
 * await runBatch(request, { pool });
 */
export function createBatchWorkerPool(
  createWorker: () => BatchWorker,
  options: BatchWorkerPoolOptions,
): BatchWorkerPool {
  const idle: BatchWorker[] = [];
  const timers = new Map<BatchWorker, ReturnType<typeof setTimeout>>();

  const forget = (worker: BatchWorker) => {
    const index = idle.indexOf(worker);
    if (index >= 0) idle.splice(index, 1);
    const timer = timers.get(worker);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(worker);
  };
  const end = (worker: BatchWorker) => {
    forget(worker);
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
  };

  return {
    acquire() {
      const worker = idle.pop();
      if (!worker) return createWorker();
      forget(worker);
      return worker;
    },
    release(worker) {
      if (idle.length >= options.maxIdle) {
        end(worker);
        return;
      }
      // An idle worker that fails (it has no shard, so this is rare) is ended, not handed out.
      worker.onmessage = null;
      worker.onerror = () => end(worker);
      idle.push(worker);
      if (options.idleMs !== undefined) {
        timers.set(
          worker,
          setTimeout(() => end(worker), options.idleMs),
        );
      }
    },
    discard: end,
    clear() {
      for (const worker of [...idle]) end(worker);
    },
    get idle() {
      return idle.length;
    },
  };
}

/** How long the page's pool keeps an idle worker: long enough for a session of batches. */
export const IDLE_WORKER_MS = 5 * 60_000;

let shared: BatchWorkerPool | null = null;

/**
 * The page's one pool of batch workers (module Web Workers running `batch.worker.ts`), made on
 * first use and kept for the life of the tab, across pages of the app: every batch, series,
 * lesson and exploration takes its workers from it. It keeps up to one idle worker per core
 * (at least two, the workers of an exploration), each for {@link IDLE_WORKER_MS} at most.
 */
export function batchWorkerPool(): BatchWorkerPool {
  shared ??= createBatchWorkerPool(moduleWorker, {
    maxIdle: Math.max(2, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2),
    idleMs: IDLE_WORKER_MS,
  });
  return shared;
}

function moduleWorker(): BatchWorker {
  return new Worker(new URL('./batch.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as BatchWorker;
}
