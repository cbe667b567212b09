import { Command } from 'commander';
import type { CompareOptions } from '../actions/compare.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { DEFAULT_SEED, defaultWorkers, parse } from '../options.js';

const DEFAULT_COMPARE_RUNS = 1000;

/** `brink compare`: two scenarios' batches side by side. */
export function compareCommand(io: Io): Command {
  return new Command('compare')
    .summary('two scenarios side by side, differences marked')
    .description(
      'Run the same batch (runs, seed) of two scenarios and set them side by side: what differs in their postures and scripts, each outcome’s share in both with its 95% interval, and which outcomes and rungs differ at the 95% level (Newcombe’s interval for a difference).',
    )
    .argument('<a>', 'the first scenario: a built-in id or a .yaml/.json file')
    .argument('<b>', 'the second scenario, compared with the first')
    .option('-n, --runs <n>', 'runs of each scenario', parse.runs, DEFAULT_COMPARE_RUNS)
    .option('-s, --seed <n>', 'the seed of both batches', parse.seed, DEFAULT_SEED)
    .option('-w, --workers <k>', `worker threads (default: ${defaultWorkers()})`, parse.workers)
    .option('--json', 'print the comparison as JSON on stdout, and nothing else')
    .option('-q, --quiet', 'no progress bar or log lines on stderr')
    .addHelpText(
      'after',
      `
Examples:
  brink compare baseline strike-on-iran --runs 500
  brink compare baseline iran-commits --runs 2000 --seed 7
  brink compare baseline my-variant.yaml --json | jq '.outcomes["regional-war"]'`,
    )
    .action(async (a: string, b: string, options: CompareOptions, command: Command) => {
      const { compareAction } = await import('../actions/compare.js');
      await compareAction(
        a,
        b,
        options,
        createContext(io, command.optsWithGlobals(), options.quiet),
      );
    });
}
