import type { Context } from './context.js';
import { createPool } from './pool.js';
import { createProgress } from './progress.js';
import { type BatchesResult, type BatchJob, runBatches, shardSizeFor } from './runBatches.js';
import type { ShardOutput } from './shardTask.js';
import { onInterrupt } from './signals.js';

/** How a command runs its batches. */
export interface ExecuteOptions {
  workers: number;
  /** Shown before the progress bar, e.g. the scenario id. */
  label: string;
  /** Whether to show a progress bar (on a terminal only, and never with --quiet). */
  progress: boolean;
  /** Runs already done before these jobs (a resumed batch), for the progress bar. */
  initial?: number;
  onShard?: (job: number, shard: ShardOutput) => void;
}

/** What the batches gave, and how long they took. */
export interface Executed extends BatchesResult {
  /** Runs computed by this command (not counting a resumed file's earlier runs). */
  runs: number;
  seconds: number;
  workers: number;
  /** The signal that stopped them, when one did. */
  signal?: NodeJS.Signals;
}

/**
 * Runs batch jobs on a pool of worker threads with a progress bar on stderr, stopping cleanly on
 * Ctrl-C or SIGTERM (the result then says `interrupted`); the pool is always shut down.
 */
export async function executeBatches(
  ctx: Context,
  jobs: readonly BatchJob[],
  options: ExecuteOptions,
): Promise<Executed> {
  const runs = jobs.reduce((sum, job) => sum + (job.to - job.from), 0);
  const initial = options.initial ?? 0;
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  if (runs === 0) {
    return {
      aggregates: [],
      profiles: [],
      delivered: jobs.map((job) => job.to),
      interrupted: false,
      runs,
      seconds: 0,
      workers: 0,
    };
  }
  const shardSize = shardSizeFor(runs, options.workers);
  // No more threads than there are shards to give them.
  const workers = Math.min(options.workers, Math.ceil(runs / shardSize));
  const pool = await createPool(workers);
  const progress = createProgress({
    stream: ctx.stderr,
    total: runs + initial,
    initial,
    enabled: options.progress && ctx.stderrIsTTY,
    label: ctx.errColor.bold(options.label),
  });
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const removeHandlers = onInterrupt((signal) => {
    stoppedBy = signal;
    progress.stop();
    ctx.log(ctx.errColor.yellow(`brink: ${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping…`));
    controller.abort();
  });
  try {
    const result = await runBatches({
      pool,
      jobs,
      shardSize,
      signal: controller.signal,
      onProgress: (done) => progress.update(initial + done),
      ...(options.onShard ? { onShard: options.onShard } : {}),
    });
    return {
      ...result,
      runs,
      seconds: seconds(),
      workers,
      ...(stoppedBy ? { signal: stoppedBy, interrupted: true } : {}),
    };
  } finally {
    progress.stop();
    removeHandlers();
    await pool.destroy();
  }
}
