import { usageError } from '../errors.js';
import type { RedisTarget } from '../queue/parseRedisUrl.js';

/** The options `brink batch` and `brink explore` share about where runs go and are written. */
export interface RecordedRunOptions {
  workers?: number;
  out?: string;
  resume?: boolean;
  force?: boolean;
  queue?: RedisTarget;
  shardSize?: number;
}

/**
 * Throws a usage error for options that do not go together: --resume or --force without --out,
 * both at once, --resume, --workers with --queue, --shard-size without it. `what` names the
 * command's work in the messages: `{ one: 'batch', many: 'batches' }`.
 */
export function checkRecordedRunOptions(
  options: RecordedRunOptions,
  what: { one: string; many: string },
): void {
  if (options.resume && !options.out) {
    throw usageError('--resume needs --out FILE: the partial output to continue');
  }
  if (options.force && !options.out)
    throw usageError('--force needs --out FILE: the file to replace');
  if (options.force && options.resume) {
    throw usageError('--force replaces --out FILE and --resume continues it: give one of them');
  }
  if (options.queue) {
    if (options.resume) {
      throw usageError(
        `--resume continues a local ${what.one}; a queued ${what.one} is continued by running the same command again, without --resume`,
      );
    }
    if (options.workers !== undefined) {
      throw usageError(
        '--workers sets local threads; with --queue the shards run on brink workers (brink worker --concurrency K)',
      );
    }
  } else if (options.shardSize !== undefined) {
    throw usageError(
      `--shard-size applies to queued ${what.many}: give --queue redis://HOST:PORT too`,
    );
  }
}
