import type { Aggregate, RunRecord, Sampling, Scenario, TraceProfile } from '@brink/core';

/** What the main thread sends a worker: a range of runs of one scenario's batch. */
export interface ShardTask {
  /** The pack's id; workers load packs themselves rather than receive them. */
  pack: string;
  /** Identifies the scenario across tasks, so a worker compiles each scenario once. */
  key: string;
  scenario: Scenario;
  seed: number;
  from: number;
  to: number;
  /** Whether to send the per-run records back (only when they are written to a file). */
  records: boolean;
  /** Where the runs take the pack's uncertain numbers from; `fixed` when absent. */
  sampling?: Sampling | undefined;
}

/** What a worker sends back: core's `ShardResult` (records empty unless asked for). */
export interface ShardOutput {
  from: number;
  to: number;
  aggregate: Aggregate;
  /** The trace profile of every run of the shard (rung by day, deciding rules). */
  profile: TraceProfile;
  records: RunRecord[];
}
