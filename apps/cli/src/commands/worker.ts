import { Command } from 'commander';
import type { WorkerOptions } from '../actions/worker.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { defaultWorkers, parse } from '../options.js';
import { parseRedisUrl } from '../queue/parseRedisUrl.js';
import { DEFAULT_LOCK_DURATION_MS, DEFAULT_STALLED_INTERVAL_MS } from '../queue/queueDefaults.js';

/** `brink worker`: runs the shards of queued batches (`brink batch --queue`). */
export function workerCommand(io: Io): Command {
  return new Command('worker')
    .summary('run the shards of queued batches (brink batch --queue)')
    .description(
      'Serve a Redis queue: take the shards of batches submitted with brink batch --queue, run them and return their results, until Ctrl-C or SIGTERM. Start one on every machine that should help; a shard whose worker dies is run again by another.',
    )
    .requiredOption(
      '--queue <url>',
      'the Redis the batches are queued at: redis://HOST:PORT[/DB]',
      parseRedisUrl,
    )
    .option(
      '-c, --concurrency <k>',
      `shards run at once, each on a thread (default: ${defaultWorkers()}, one per core up to 8)`,
      parse.concurrency,
    )
    .option(
      '--lock-duration <ms>',
      'how long a shard stays with a worker that stopped answering',
      parse.lockDuration,
      DEFAULT_LOCK_DURATION_MS,
    )
    .option(
      '--stalled-interval <ms>',
      'how often to look for shards whose worker stopped, to queue them again',
      parse.stalledInterval,
      DEFAULT_STALLED_INTERVAL_MS,
    )
    .option('-q, --quiet', 'no log lines on stderr')
    .addHelpText(
      'after',
      `
Examples:
  brink worker --queue redis://127.0.0.1:6379                  one shard per core
  brink worker --queue redis://queue.example:6379/2 --concurrency 4

Ctrl-C or SIGTERM: the shards under way are finished, then the worker exits 0; a second signal
exits at once (130), and those shards are run again elsewhere once their lock expires.`,
    )
    .action(async (options: WorkerOptions, command: Command) => {
      const { workerAction } = await import('../actions/worker.js');
      await workerAction(options, createContext(io, command.optsWithGlobals(), options.quiet));
    });
}
