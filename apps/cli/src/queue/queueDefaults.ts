/**
 * The queue settings a user can change, and their defaults. Kept apart from the queue code so
 * that the commands can show them in their help without loading BullMQ.
 */

/** Runs per shard by default: about half a second of one core for a 120-day scenario. */
export const DEFAULT_SHARD_SIZE = 100;

/** At most this many shards by default: a flow of more jobs costs Redis more than it gains. */
const MAX_DEFAULT_SHARDS = 10_000;

/** The default shard size for a batch of `runs` runs: 100 runs, more when that makes >10,000 shards. */
export function defaultShardSize(runs: number): number {
  return Math.max(DEFAULT_SHARD_SIZE, Math.ceil(runs / MAX_DEFAULT_SHARDS));
}

/**
 * How long a shard stays locked to a worker that stopped renewing its lock, and how often workers
 * look for such shards: a dead worker's shard is queued again within about 30 to 45 seconds.
 */
export const DEFAULT_LOCK_DURATION_MS = 30_000;
export const DEFAULT_STALLED_INTERVAL_MS = 15_000;
