import { Command } from 'commander';
import type { ExplainOptions } from '../actions/explain.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { DEFAULT_SEED, parse } from '../options.js';

/** `brink explain`: why an actor stands where it does on a day of a run. */
export function explainCommand(io: Io): Command {
  return new Command('explain')
    .summary('why an actor is where it is: its chain of decisions')
    .description(
      'Run one scenario and explain where one actor stands on a day: where it started and why, then every rung change (the machine guard that fired, the values it compared and the threshold, in words) and every red line crossed, each with the article quote or the assumption it rests on.',
    )
    .argument('<scenario>', 'a built-in scenario id (see brink list) or a .yaml/.json file')
    .requiredOption('-a, --actor <id>', 'the actor to explain (e.g. iran)')
    .option('-s, --seed <n>', 'the seed of the run', parse.seed, DEFAULT_SEED)
    .option('-d, --day <d>', 'the day to explain (default: the last)', parse.day)
    .option('--json', 'print the explanation as JSON')
    .addHelpText(
      'after',
      `
Examples:
  brink explain baseline --actor iran
  brink explain strike-on-iran --actor iran --seed 7 --day 40
  brink explain baseline --actor hezbollah --json | jq '.chain[].decision.why'`,
    )
    .action(async (scenarioArg: string, options: ExplainOptions, command: Command) => {
      const { explainAction } = await import('../actions/explain.js');
      await explainAction(scenarioArg, options, createContext(io, command.optsWithGlobals()));
    });
}
