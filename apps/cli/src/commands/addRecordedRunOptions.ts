import type { Command } from 'commander';
import { DEFAULT_SEED, defaultWorkers, parse } from '../options.js';
import { parseRedisUrl } from '../queue/parseRedisUrl.js';
import { DEFAULT_SHARD_SIZE } from '../queue/queueDefaults.js';

/** What the options {@link addRecordedRunOptions} adds say, where the commands differ. */
export interface RecordedRunTexts {
  /** `--runs`: what the number is, and its default. */
  runs: { help: string; default: number };
  /** `--seed`: what it seeds. */
  seed: string;
  /** `--out`: what is written. */
  out: string;
  /** `--resume`: what it continues. */
  resume: string;
  /** `--json`: what is printed. */
  json: string;
  /** `--shard-size`'s default, as said in its help. */
  shardSize: string;
}

/**
 * Adds the options of a command that runs many seeded runs on worker threads or a queue, with
 * their records in a file (`brink batch`, `brink explore`): --runs, --seed, --workers, --out,
 * --resume, --force, --json, --queue, --shard-size and --quiet, parsed alike; `texts` says what
 * each means for the command.
 */
export function addRecordedRunOptions(command: Command, texts: RecordedRunTexts): Command {
  return command
    .option('-n, --runs <n>', texts.runs.help, parse.runs, texts.runs.default)
    .option('-s, --seed <n>', texts.seed, parse.seed, DEFAULT_SEED)
    .option(
      '-w, --workers <k>',
      `worker threads (default: ${defaultWorkers()}, one per core up to 8)`,
      parse.workers,
    )
    .option('-o, --out <file>', texts.out)
    .option('--resume', texts.resume)
    .option('--force', 'replace an existing --out FILE (and its manifest)')
    .option('--json', texts.json)
    .option(
      '--queue <url>',
      'run the shards on brink workers through the Redis at URL (redis://HOST:PORT[/DB])',
      parseRedisUrl,
    )
    .option(
      '--shard-size <n>',
      `runs per queued shard (default: ${DEFAULT_SHARD_SIZE}${texts.shardSize})`,
      parse.shardSize,
    )
    .option('-q, --quiet', 'no progress bar or log lines on stderr');
}
