import {
  type Aggregate,
  type BatchHeader,
  batchHeader,
  csvCodec,
  type DayWindow,
  type Pack,
  type RunRecord,
  runShard,
  type Sampling,
  type Scenario,
  type TraceProfile,
  uncertainParameters,
} from '@brink/core';

/** One shard of a batch, as the page sends it to a worker. */
export interface ShardTask {
  id: number;
  pack: Pack;
  scenario: Scenario;
  seed: number;
  /** First run (inclusive) and end (exclusive). */
  from: number;
  to: number;
  /**
   * The pack's values (`fixed`, when absent), draws from its ranges (`sampled`), or a Sobol or
   * Morris design (core's `Sampling`).
   */
  sampling?: Sampling;
  /** What to send back of each run (`csv` when absent): see {@link ShardKeep}. */
  keep?: ShardKeep;
  /** Windows of days for the profile's per-run peaks (core's `runShard` option); none when absent. */
  windows?: readonly DayWindow[];
}

/**
 * What a shard sends back of each run: its CSV row (`csv`: the batch page's export), or for an
 * exploration's analysis only what it reads — the run, whether `outcome` held, and, with
 * `values`, the values the run drew (PRIM reads them; a Sobol or Morris design holds its own) —
 * and then no trace profile: a few bytes a run to copy between threads instead of a record.
 */
export type ShardKeep = 'csv' | { outcome: string; values: boolean };

/** One run as an exploration's analysis reads it (core's `exploreAnalysis`). */
export type ExploredRun = Pick<RunRecord, 'run' | 'outcomes' | 'parameters'>;

/** What a worker sends back: progress while the shard runs, then its result or its error. */
export type ShardMessage =
  | { type: 'progress'; id: number; done: number }
  | {
      type: 'done';
      id: number;
      from: number;
      to: number;
      aggregate: Aggregate;
      /** The shard's trace profile; null when `keep` asks for an exploration's runs. */
      profile: TraceProfile | null;
      /** The batch's header (scenario hash, versions…), computed here to spare the page the work. */
      header: BatchHeader;
      /** The shard's runs as CSV rows, the CLI's format, in run order (empty when `keep` is `records`). */
      csv: string;
      /** The shard's runs in run order as an exploration reads them; empty when `keep` is `csv`. */
      runs: ExploredRun[];
    }
  | { type: 'error'; id: number; message: string };

/** Runs between two progress messages: often enough for a smooth bar, rarely enough to be cheap. */
const PROGRESS_EVERY = 20;

/**
 * Runs one shard with core's `runShard` (records, aggregate and the trace profile of every run)
 * and keeps of each run what `task.keep` asks (its CSV row by default); `post` receives progress
 * and the result. The worker calls it; tests call it directly.
 */
export function runBatchShard(task: ShardTask, post: (message: ShardMessage) => void): void {
  try {
    const header = batchHeader(task.pack, task.scenario, task.seed);
    const sampling = task.sampling ?? 'fixed';
    const keep = task.keep ?? 'csv';
    const codec =
      keep !== 'csv' ? null : csvCodec(task.pack, sampledNames(task.pack, task.scenario, sampling));
    const rows: string[] = [];
    let done = 0;
    const shard = runShard(task.pack, task.scenario, {
      seed: task.seed,
      from: task.from,
      to: task.to,
      sampling,
      windows: task.windows,
      onRecord: (record: RunRecord) => {
        if (codec) rows.push(codec.encode(record));
        done += 1;
        if (done % PROGRESS_EVERY === 0) post({ type: 'progress', id: task.id, done });
      },
    });
    post({
      type: 'done',
      id: task.id,
      from: task.from,
      to: task.to,
      aggregate: shard.aggregate,
      profile: keep === 'csv' ? shard.profile : null,
      header,
      csv: rows.join(''),
      runs:
        keep === 'csv'
          ? []
          : shard.records.map((record) => ({
              run: record.run,
              outcomes: { [keep.outcome]: record.outcomes[keep.outcome] ?? false },
              ...(keep.values && record.parameters ? { parameters: record.parameters } : {}),
            })),
    });
  } catch (error) {
    post({
      type: 'error',
      id: task.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The names of the fields a batch under `sampling` varies: its CSV's `param.` columns. */
export function sampledNames(pack: Pack, scenario: Scenario, sampling: Sampling): string[] {
  return sampling === 'fixed'
    ? []
    : uncertainParameters(pack, scenario).map((parameter) => parameter.name);
}
