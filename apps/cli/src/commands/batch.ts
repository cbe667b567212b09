import { Command, Option } from 'commander';
import type { BatchOptions } from '../actions/batch.js';
import { createContext } from '../context.js';
import { DEFAULT_SEED, defaultWorkers, parse } from '../options.js';
import { parseRedisUrl } from '../queue/parseRedisUrl.js';
import { DEFAULT_SHARD_SIZE } from '../queue/queueDefaults.js';

/** The runs `batch` makes when `--runs` is not given. */
export const DEFAULT_RUNS = 1000;

/** `brink batch`: a Monte Carlo batch with a summary, and optionally its per-run records. */
export function batchCommand(): Command {
  return new Command('batch')
    .summary('many seeded runs: how likely is each rung and outcome?')
    .description(
      'Run a scenario many times (run i draws from the stream of (seed, i)) on worker threads and summarise: per actor, the share of runs reaching each rung and the median first day; per outcome, its share with a 95% Wilson interval. The results are the same whatever --workers is. With --out, every run’s record is streamed to an NDJSON or CSV file, in run order, beside FILE.manifest.json; Ctrl-C stops cleanly and --resume continues the file.',
    )
    .argument('<scenario>', 'a built-in scenario id (see brink list) or a .yaml/.json file')
    .option('-n, --runs <n>', 'how many runs', parse.runs, DEFAULT_RUNS)
    .option('-s, --seed <n>', 'the batch seed', parse.seed, DEFAULT_SEED)
    .option(
      '-w, --workers <k>',
      `worker threads (default: ${defaultWorkers()}, one per core up to 8)`,
      parse.workers,
    )
    .addOption(
      new Option(
        '--sampling <mode>',
        'fixed: every run uses the pack’s values; sampled: run i draws every ranged number from its range on the stream of (seed, i)',
      )
        .choices(['fixed', 'sampled'])
        .default('fixed'),
    )
    .option('-o, --out <file>', 'write one record per run to FILE (.ndjson, .jsonl or .csv)')
    .option('--resume', 'continue a partial --out FILE up to --runs, without repeating a run')
    .option('--force', 'replace an existing --out FILE (and its manifest)')
    .option('--json', 'print the summary as JSON on stdout, and nothing else')
    .option(
      '--queue <url>',
      'run the shards on brink workers through the Redis at URL (redis://HOST:PORT[/DB])',
      parseRedisUrl,
    )
    .option(
      '--shard-size <n>',
      `runs per queued shard (default: ${DEFAULT_SHARD_SIZE}, more for batches of over a million runs)`,
      parse.shardSize,
    )
    .option('-q, --quiet', 'no progress bar or log lines on stderr')
    .addHelpText(
      'after',
      `
Examples:
  brink batch baseline                                  ${DEFAULT_RUNS} runs, seed ${DEFAULT_SEED}
  brink batch strike-on-iran --runs 5000 --seed 7 --workers 2
  brink batch baseline --runs 10000 --out runs.ndjson   records + runs.ndjson.manifest.json
  brink batch baseline --runs 10000 --out runs.ndjson --resume    after Ctrl-C
  brink batch baseline --runs 2000 --out runs.csv --quiet
  brink batch my-scenario.yaml --json | jq .outcomes
  brink batch baseline --runs 100000 --queue redis://127.0.0.1:6379 --out runs.ndjson
  brink batch baseline --sampling sampled --out runs.csv   the pack's assumptions as ranges

Records (--out): core's RunRecord per run: its index, the highest rung of each actor, the first
day each actor stood at each rung or higher, which outcomes held, and the number of attacks.
CSV flattens it: run, attacks, outcome.<id> (0/1), <actor>.highest, <actor>.first.<rung>.
Interrupted (exit 130), the manifest says "complete": false and how many runs are in the file.
Sampled (--sampling sampled): each record also keeps the values its run drew (NDJSON
"parameters", CSV param.<field> columns); the summary and manifest say "sampling": "sampled".

Queued (--queue): the batch goes to Redis as shards that \`brink worker --queue URL\` processes, on
as many machines as there are; the records, manifest and summary are those of a local batch. A
batch is known by its inputs: after Ctrl-C, the same command collects it from the queue.`,
    )
    .action(async (scenarioArg: string, options: BatchOptions, command: Command) => {
      const { batchAction } = await import('../actions/batch.js');
      await batchAction(
        scenarioArg,
        options,
        createContext(command.optsWithGlobals(), options.quiet),
      );
    });
}
