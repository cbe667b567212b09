import { type Aggregate, addRecord, emptyAggregate } from './aggregate.js';
import { createBatchRunner } from './createBatchRunner.js';
import type { RunRecord } from './runRecord.js';
import type { Pack, Scenario } from './types.js';

export interface ShardOptions {
  seed: number;
  /** First run of the shard (inclusive). */
  from: number;
  /** End of the shard (exclusive). */
  to: number;
  /** Called with each run's record as soon as it is done, in run order. */
  onRecord?: (record: RunRecord) => void;
}

/** What a shard of a batch produces: a mergeable aggregate and its runs' records. */
export interface ShardResult {
  from: number;
  to: number;
  aggregate: Aggregate;
  records: RunRecord[];
}

/**
 * Runs `from` ≤ run < `to` of the batch seeded with `seed`: the one pure function every executor
 * (worker threads, Web Workers, queue workers) calls. Each run draws from the stream of
 * (seed, run), so a batch gives the same records and summary however it is sharded. Runs go
 * through the batch fast path (`createBatchRunner`): records equal to those of the traces
 * `simulate` gives, without building the traces.
 */
export function runShard(pack: Pack, scenario: Scenario, options: ShardOptions): ShardResult {
  const aggregate = emptyAggregate(pack);
  const records: RunRecord[] = [];
  const runner = createBatchRunner(pack, scenario);
  for (let run = options.from; run < options.to; run++) {
    const record = runner.run(options.seed, run);
    addRecord(aggregate, record);
    records.push(record);
    options.onRecord?.(record);
  }
  return { from: options.from, to: options.to, aggregate, records };
}
