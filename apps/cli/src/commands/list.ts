import { Command } from 'commander';
import type { ListOptions } from '../actions/list.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';

/** `brink list`: the built-in scenarios and packs. */
export function listCommand(io: Io): Command {
  return new Command('list')
    .summary('the built-in scenarios and packs')
    .description('List the built-in scenarios (id, horizon, title, summary) and the content packs.')
    .option('--json', 'print them as JSON')
    .addHelpText(
      'after',
      `
Examples:
  brink list
  brink list --json | jq -r '.scenarios[].id'`,
    )
    .action(async (options: ListOptions, command: Command) => {
      const { listAction } = await import('../actions/list.js');
      await listAction(options, createContext(io, command.optsWithGlobals()));
    });
}
