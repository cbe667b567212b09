import { DEFAULT_RECORD_ID } from '@brink/data';
import { Command } from 'commander';
import type { HindcastOptions } from '../actions/hindcast.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { DEFAULT_SEED, parse } from '../options.js';

/** The runs `hindcast` makes when `--runs` is not given: each is 633 days, simulated in full. */
export const DEFAULT_HINDCAST_RUNS = 100;

/** `brink hindcast`: the model scored against the public record. */
export function hindcastCommand(io: Io): Command {
  return new Command('hindcast')
    .summary('score the model against the public record of Oct 2023 to Jun 2025')
    .description(
      'Run the record’s hindcast scenario (the external shocks of Oct 2023 to Jun 2025 scripted on their real days, everything else left to the model) many seeded times, and score it against the public record: per actor and month, each run’s peak (its highest rung that month) against the record’s rung (the month’s highest): the share of runs within one rung and the mean absolute rung error; then each stylised fact of the record, ✓ or ✗ with its measured share. A measurement: it exits 0 whatever the score.',
    )
    .option('-n, --runs <n>', 'how many runs', parse.runs, DEFAULT_HINDCAST_RUNS)
    .option('-s, --seed <n>', 'the batch seed', parse.seed, DEFAULT_SEED)
    .option('--record <id>', 'the built-in public record to score against', DEFAULT_RECORD_ID)
    .option('--json', 'print the score as JSON on stdout, and nothing else')
    .option('-q, --quiet', 'no progress bar on stderr')
    .addHelpText(
      'after',
      `
Examples:
  brink hindcast                               ${DEFAULT_HINDCAST_RUNS} runs, seed ${DEFAULT_SEED}
  brink hindcast --runs 500 --seed 7
  brink hindcast --json | jq '.actors[] | {actor, withinOne, meanAbsError}'
  brink hindcast --json | jq -r '.facts[] | "\\(.passed) \\(.id) \\(.measured)"'

Reading it: like with like, a run's rung for a month is its peak, the highest rung the actor
reached on any day of it; the record's is the highest of the actor's events that month, or its
last earlier one. The
record, its sources and how events were coded: packages/data/records/ and MODEL.md.`,
    )
    .action(async (options: HindcastOptions, command: Command) => {
      const { hindcastAction } = await import('../actions/hindcast.js');
      hindcastAction(options, createContext(io, command.optsWithGlobals(), options.quiet));
    });
}
