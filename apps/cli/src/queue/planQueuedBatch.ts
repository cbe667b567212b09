import { type BatchHeader, hashOf, type Sampling } from '@brink/core';
import { QUEUE_PROTOCOL } from './protocol.js';

/** A batch cut into shards for the queue, with the id that names it there. */
export interface QueuedBatchPlan {
  /** `batch-` and 24 hex digits: the same for the same batch, whoever submits it. */
  id: string;
  shardSize: number;
  /** Shard i holds runs `from` ≤ run < `to`; together they cover the batch in order. */
  shards: { index: number; from: number; to: number }[];
}

/**
 * Plans runs `from` ≤ run < `to` of the batch `header` describes as shards of `shardSize` runs.
 * The id is a hash of everything that decides the shards' results (scenario, pack, source,
 * engine, seed, the run range, the shard size, whether records are kept) and of the queue
 * protocol, so the same command finds its batch again in the queue instead of submitting it twice.
 */
export function planQueuedBatch(
  header: BatchHeader,
  options: {
    from: number;
    to: number;
    shardSize: number;
    records: boolean;
    /** With its parameters' ranges (a digest), for anything but a fixed batch. */
    sampling?: { sampling: Sampling; ranges: string } | undefined;
  },
): QueuedBatchPlan {
  const { from, to, shardSize, records } = options;
  const identity = {
    protocol: QUEUE_PROTOCOL,
    engineVersion: header.engineVersion,
    pack: header.pack,
    packVersion: header.packVersion,
    sourceHash: header.sourceHash,
    scenarioHash: header.scenarioHash,
    seed: header.seed,
    from,
    to,
    shardSize,
    records,
    // Absent for a fixed batch, so its id is what it always was.
    ...(options.sampling ? { sampling: options.sampling } : {}),
  };
  const shards: QueuedBatchPlan['shards'] = [];
  for (let start = from; start < to; start += shardSize) {
    shards.push({ index: shards.length, from: start, to: Math.min(to, start + shardSize) });
  }
  return { id: `batch-${hashOf(identity).slice(0, 24)}`, shardSize, shards };
}

/** The job id of shard `index` of batch `id` (BullMQ ids must not hold a colon). */
export function shardJobId(batch: string, index: number): string {
  return `${batch}-${index}`;
}
