import { ENGINE_VERSION } from '@brink/core';
import { Redis } from 'ioredis';
import { inputError } from '../errors.js';
import { type RedisTarget, redisOptions } from './parseRedisUrl.js';
import { QUEUE_PROTOCOL, STAMP_KEY } from './protocol.js';

/** How long to wait for Redis to accept a connection before saying it cannot be reached. */
export const CONNECT_TIMEOUT_MS = 5000;

/**
 * Checks that the queue at `target` can be used by this brink: connects once, without retrying
 * (an unreachable Redis is an input error, exit 1, within {@link CONNECT_TIMEOUT_MS}), then stamps
 * the queue with this engine's version and queue protocol if it has no stamp yet, and refuses a
 * queue stamped by another engine or protocol: shards computed by two engines must never be merged.
 */
export async function checkQueue(target: RedisTarget): Promise<void> {
  const client = new Redis(
    redisOptions(target, {
      lazyConnect: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    }),
  );
  // The socket's error says why (connect ECONNREFUSED …); connect() itself only rejects with
  // "Connection is closed". Without a listener ioredis would also print every error.
  let cause: unknown;
  client.on('error', (error) => {
    cause ??= error;
  });
  try {
    try {
      await client.connect();
    } catch (error) {
      throw unreachable(target, cause ?? error);
    }
    let stamp: Record<string, string>;
    try {
      // ioredis carries on in database 0 when selecting the URL's database fails; we must not.
      await client.select(target.db);
      const replies = await client
        .multi()
        .hsetnx(STAMP_KEY, 'engine', ENGINE_VERSION)
        .hsetnx(STAMP_KEY, 'protocol', String(QUEUE_PROTOCOL))
        .hgetall(STAMP_KEY)
        .exec();
      const failed = replies?.find(([error]) => error);
      if (!replies || failed) throw failed?.[0] ?? new Error('the transaction was aborted');
      stamp = replies[2]![1] as Record<string, string>;
    } catch (error) {
      throw inputError(
        `cannot use the queue at ${target.display}: ${(error as Error).message}`,
        error,
      );
    }
    if (stamp.engine !== ENGINE_VERSION || stamp.protocol !== String(QUEUE_PROTOCOL)) {
      throw inputError(
        `the queue at ${target.display} was made by brink engine ${stamp.engine ?? '?'} ` +
          `(queue protocol ${stamp.protocol ?? '?'}); this brink runs engine ${ENGINE_VERSION} ` +
          `(protocol ${QUEUE_PROTOCOL}), and shards of two engines must not mix: use another ` +
          `Redis database (…/N in the URL), or empty this one once its batches are done`,
      );
    }
  } finally {
    client.disconnect();
  }
}

/** The one-line error for a Redis that cannot be reached, naming the URL and the cause. */
export function unreachable(target: RedisTarget, error: unknown) {
  let cause = (error as Error | undefined)?.message ?? String(error);
  // ioredis's words for a server that answers in another protocol (an HTTP proxy, say).
  if (cause.startsWith('Protocol error')) cause = 'something answers there, but not as Redis does';
  return inputError(`cannot reach Redis at ${target.display}: ${cause}`, error);
}
