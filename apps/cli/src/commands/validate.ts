import { Command } from 'commander';
import { createContext } from '../context.js';
import type { Io } from '../io.js';

/** `brink validate`: schema and pack validation of scenario files. */
export function validateCommand(io: Io): Command {
  return new Command('validate')
    .summary('check scenario files against the schema and their pack')
    .description(
      'Validate scenario files (YAML or JSON) against the scenario schema and the pack they name: actor ids, days within the horizon, scripted attacks within ceilings. Each problem is printed as file:line:col path: message, as editors and CI logs read it. Exits 1 if any file is invalid.',
    )
    .argument('<file...>', 'scenario files')
    .addHelpText(
      'after',
      `
Examples:
  brink validate my-scenario.yaml
  brink validate scenarios/*.yaml`,
    )
    .action(async (files: string[], _options: unknown, command: Command) => {
      const { validateAction } = await import('../actions/validate.js');
      await validateAction(files, createContext(io, command.optsWithGlobals()));
    });
}
