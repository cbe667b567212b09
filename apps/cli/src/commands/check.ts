import { Command } from 'commander';
import type { CheckOptions } from '../actions/check.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';
import { DEFAULT_PACK } from '../options.js';

/** `brink check`: the model check of a pack's posture machines. */
export function checkCommand(io: Io): Command {
  return new Command('check')
    .summary('prove on each posture machine that its ceiling holds')
    .description(
      'Model-check every actor’s posture machine on its graph (xstate/graph): which rungs it can reach with no red line, which only behind a red line, and proof that every rung above its ceiling is entered only through a red-line-guarded transition. Exits 1 if any machine contradicts its posture.',
    )
    .option('--pack <id>', 'the pack to check', DEFAULT_PACK)
    .option('--json', 'print the checks as JSON')
    .addHelpText(
      'after',
      `
Examples:
  brink check
  brink check --json | jq '.[] | select(.actor == "iran")'`,
    )
    .action(async (options: CheckOptions, command: Command) => {
      const { checkAction } = await import('../actions/check.js');
      await checkAction(options, createContext(io, command.optsWithGlobals()));
    });
}
