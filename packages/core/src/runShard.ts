import { type Aggregate, addRecord, emptyAggregate } from './aggregate.js';
import { type RunRecord, toRunRecord } from './runRecord.js';
import { simulate } from './simulate.js';
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
 * (seed, run), so a batch gives the same records and summary however it is sharded.
 */
export function runShard(pack: Pack, scenario: Scenario, options: ShardOptions): ShardResult {
  const aggregate = emptyAggregate(pack);
  const records: RunRecord[] = [];
  for (let run = options.from; run < options.to; run++) {
    const record = toRunRecord(simulate(pack, scenario, { seed: options.seed, run }), pack);
    addRecord(aggregate, record);
    records.push(record);
    options.onRecord?.(record);
  }
  return { from: options.from, to: options.to, aggregate, records };
}
