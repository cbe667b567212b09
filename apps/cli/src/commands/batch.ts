import { Command, Option } from 'commander';
import type { BatchOptions } from '../actions/batch.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { DEFAULT_SEED } from '../options.js';
import { addRecordedRunOptions } from './addRecordedRunOptions.js';

/** The runs `batch` makes when `--runs` is not given. */
export const DEFAULT_RUNS = 1000;

/** `brink batch`: a Monte Carlo batch with a summary, and optionally its per-run records. */
export function batchCommand(io: Io): Command {
  const command = new Command('batch')
    .summary('many seeded runs: how likely is each rung and outcome?')
    .description(
      'Run a scenario many times (run i draws from the stream of (seed, i)) on worker threads and summarise: per actor, the share of runs reaching each rung and the median first day; per outcome, its share with a 95% Wilson interval. The results are the same whatever --workers is. With --out, every run’s record is streamed to an NDJSON or CSV file, in run order, beside FILE.manifest.json; Ctrl-C stops cleanly and --resume continues the file.',
    )
    .argument('<scenario>', 'a built-in scenario id (see brink list) or a .yaml/.json file');
  return addRecordedRunOptions(command, {
    runs: { help: 'how many runs', default: DEFAULT_RUNS },
    seed: 'the batch seed',
    out: 'write one record per run to FILE (.ndjson, .jsonl or .csv)',
    resume: 'continue a partial --out FILE up to --runs, without repeating a run',
    json: 'print the summary as JSON on stdout, and nothing else',
    shardSize: ', more for batches of over a million runs',
  })
    .addOption(
      new Option(
        '--sampling <mode>',
        'fixed: every run uses the pack’s values; sampled: run i draws every ranged number from its range on the stream of (seed, i)',
      )
        .choices(['fixed', 'sampled'])
        .default('fixed'),
    )
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
        createContext(io, command.optsWithGlobals(), options.quiet),
      );
    });
}
