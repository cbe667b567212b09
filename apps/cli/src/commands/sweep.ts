import { Command } from 'commander';
import type { SweepOptions } from '../actions/sweep.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { collect, DEFAULT_SEED, defaultWorkers, parse } from '../options.js';

const DEFAULT_SWEEP_RUNS = 200;

/** `brink sweep`: outcome shares over a grid of posture overrides. */
export function sweepCommand(io: Io): Command {
  return new Command('sweep')
    .summary('outcome shares over a grid of posture changes')
    .description(
      'Run a batch at every point of a grid of posture overrides and compare the outcome shares. Each --param varies one field of one actor; the grid is every combination. Every point uses the same seed, so differences between points come from the parameters, not the draws.',
    )
    .argument('<scenario>', 'a built-in scenario id (see brink list) or a .yaml/.json file')
    .requiredOption(
      '-p, --param <path=values>',
      'ACTOR.FIELD=FROM:TO:STEP or =A,B,C; FIELD is ceiling, start, floor, power or params.NAME (repeatable)',
      collect,
    )
    .option('-n, --runs <n>', 'runs at each grid point', parse.runs, DEFAULT_SWEEP_RUNS)
    .option('-s, --seed <n>', 'the seed of every point’s batch', parse.seed, DEFAULT_SEED)
    .option('-w, --workers <k>', `worker threads (default: ${defaultWorkers()})`, parse.workers)
    .option('--json', 'print the sweep as JSON on stdout, and nothing else')
    .option(
      '-o, --out <file>',
      'write one row per grid point to FILE (.csv, .ndjson, .jsonl; .json as --json)',
    )
    .option('--force', 'replace an existing --out FILE (and its manifest)')
    .option('-q, --quiet', 'no progress bar or log lines on stderr')
    .addHelpText(
      'after',
      `
Examples:
  brink sweep baseline --param iran.params.riskAversion=0:2:0.5 --runs 200
  brink sweep strike-on-iran --param iran.ceiling=indirect,limited,direct
  brink sweep baseline --param us.power=0.5,0.75,1 --param hezbollah.params.obedience=0:1:0.5
  brink sweep baseline --param iran.ceiling=indirect:war --out sweep.csv

Parameters: ${'ACTOR'}.params.{reactivity, solidarity, deterrence, riskAversion, obedience, decay,
mobilisationDelay} (numbers ≥ 0), ACTOR.power (0 to 1), ACTOR.ceiling|start|floor (rungs:
dormant, political, material, indirect, limited, direct, war; FROM:TO takes every rung between).`,
    )
    .action(async (scenarioArg: string, options: SweepOptions, command: Command) => {
      const { sweepAction } = await import('../actions/sweep.js');
      await sweepAction(
        scenarioArg,
        options,
        createContext(io, command.optsWithGlobals(), options.quiet),
      );
    });
}
