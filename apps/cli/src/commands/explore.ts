import { Command, Option } from 'commander';
import type { ExploreOptions } from '../actions/explore.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { addRecordedRunOptions } from './addRecordedRunOptions.js';

/** The run budget of `explore` when `--runs` is not given. */
export const DEFAULT_EXPLORE_RUNS = 4000;

/** `brink explore`: which assumptions matter for an outcome, and where it happens. */
export function exploreCommand(io: Io): Command {
  const command = new Command('explore')
    .summary('which assumptions matter for an outcome (Sobol, Morris), and where it happens (PRIM)')
    .description(
      'Treat the pack’s ranged numbers as uncertain and ask about one outcome: Sobol first- and total-order indices with 95% bootstrap intervals (how much of its variance each assumption explains), Morris screening (μ*, σ: cheap ranking of many assumptions), or PRIM scenario discovery (the box of assumption values in which it mostly happens). Runs go to worker threads like a batch; the results are the same whatever --workers is.',
    )
    .argument('<scenario>', 'a built-in scenario id (see brink list) or a .yaml/.json file')
    .addOption(
      new Option('-m, --method <method>', 'sobol, morris or prim')
        .choices(['sobol', 'morris', 'prim'])
        .makeOptionMandatory(),
    )
    .requiredOption('--outcome <id>', 'the pack outcome to explain (see brink list)');
  return addRecordedRunOptions(command, {
    runs: {
      help: 'the run budget: Sobol uses N·(k + 2) of it, Morris r·(k + 1), PRIM all',
      default: DEFAULT_EXPLORE_RUNS,
    },
    seed: 'the seed of the design, the runs and the bootstrap',
    out: 'also write every run’s record, with its drawn values (.ndjson, .jsonl, .csv)',
    resume: 'continue a partial --out FILE, without repeating a run',
    json: 'print the analysis as JSON on stdout, and nothing else',
    shardSize: '',
  })
    .addHelpText(
      'after',
      `
Examples:
  brink explore baseline --method sobol --outcome us-direct --runs 31744 --workers 2
  brink explore baseline --method morris --outcome us-direct --runs 1220
  brink explore baseline --method prim --outcome us-direct --runs 2000 --json
  brink explore baseline --method sobol --outcome us-direct --out runs.ndjson --resume

The parameters are the pack's fields that carry a range (MODEL.md, "Ranges"), less those the
scenario overrides. Run r of a Sobol or Morris design takes row r of Saltelli's or Morris's
design; PRIM runs a sampled batch (brink batch --sampling sampled). An outcome that holds in
every run or in none does not vary with the assumptions: the indices are then undefined, and
brink says so.`,
    )
    .action(async (scenarioArg: string, options: ExploreOptions, command: Command) => {
      const { exploreAction } = await import('../actions/explore.js');
      await exploreAction(
        scenarioArg,
        options,
        createContext(io, command.optsWithGlobals(), options.quiet),
      );
    });
}
