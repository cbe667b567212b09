import { Command, Option } from 'commander';
import type { RunOptions } from '../actions/run.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { collect, DEFAULT_SEED, parse } from '../options.js';

/** `brink run`: one run, told as a story with its picture, or its trace as JSON. */
export function runCommand(io: Io): Command {
  return new Command('run')
    .summary('one run, told day by day with the article passage behind each move')
    .description(
      'Simulate one run of a scenario. As text: a picture of every actor’s rung day by day, then the story of each rung change with its reason and the article passage (paragraph and quote) or the modeller’s assumption it rests on. As JSON: the full trace.',
    )
    .argument('<scenario>', 'a built-in scenario id (see brink list) or a .yaml/.json file')
    .option(
      '-s, --seed <n>',
      'the seed; the same seed gives the same run',
      parse.seed,
      DEFAULT_SEED,
    )
    .option('--horizon <days>', 'stop after this many days (at most the scenario’s)', parse.horizon)
    .option('-a, --actor <id...>', 'only these actors in the story and picture', collect, [])
    .addOption(
      new Option('-f, --format <format>', 'text for people, json for the trace')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      `
Examples:
  brink run baseline                      the reference scenario, seed ${DEFAULT_SEED}
  brink run strike-on-iran --seed 7       another seed, another run
  brink run baseline --actor iran,hezbollah
  brink run my-scenario.yaml --horizon 60
  brink run baseline --format json | jq '.days[30].rungs'`,
    )
    .action(async (scenarioArg: string, options: RunOptions, command: Command) => {
      const { runAction } = await import('../actions/run.js');
      await runAction(scenarioArg, options, createContext(io, command.optsWithGlobals()));
    });
}
