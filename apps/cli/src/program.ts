import { Command, Option } from 'commander';
import { batchCommand } from './commands/batch.js';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { explainCommand } from './commands/explain.js';
import { exploreCommand } from './commands/explore.js';
import { hindcastCommand } from './commands/hindcast.js';
import { listCommand } from './commands/list.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { workerCommand } from './commands/worker.js';
import type { Io, OutputStream } from './io.js';

/**
 * The `brink` program with every command, writing to `io`'s streams; it throws instead of exiting
 * (see `main`).
 */
export function createProgram(io: Io): Command {
  const program = new Command('brink')
    .description(
      'Brink: an escalation-dynamics simulator. Run a scenario and read why each actor moved, down to the article sentence behind the rule; run thousands of seeded runs and see how likely each outcome is.',
    )
    // Handled by main() before parsing, so that nothing heavy loads for it; declared for --help.
    .option('-V, --version', 'print the version of brink, its engine and its pack')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--no-color', 'no colour, even on a terminal (NO_COLOR=1 does the same)'))
    .option('--debug', 'show stack traces of errors')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText(
      'after',
      `
Examples:
  brink list                                   the built-in scenarios and packs
  brink run baseline                           one run, told day by day
  brink batch baseline --runs 1000             how likely is each outcome?
  brink batch baseline --runs 10000 --out runs.ndjson
  brink batch baseline --runs 100000 --queue redis://127.0.0.1:6379    on brink workers
  brink sweep baseline --param iran.params.riskAversion=0:2:0.5 --runs 200
  brink compare baseline strike-on-iran --runs 500
  brink explain strike-on-iran --actor iran --seed 7
  brink hindcast --runs 200                    the model scored against the public record
  brink check                                  prove each actor's escalation limits

Exit codes: 0 ok, 1 invalid input or a failed check, 2 usage error, 130 interrupted.
Data goes to stdout, progress and logs to stderr; colour only on a terminal, never with NO_COLOR.`,
    );
  const commands = [
    listCommand(io),
    runCommand(io),
    batchCommand(io),
    workerCommand(io),
    sweepCommand(io),
    exploreCommand(io),
    compareCommand(io),
    hindcastCommand(io),
    explainCommand(io),
    checkCommand(io),
    validateCommand(io),
    schemaCommand(io),
  ];
  for (const command of commands) program.addCommand(command);
  // Every command reports errors the same way: main() turns them into one line and an exit code.
  for (const command of [program, ...commands]) {
    command
      .exitOverride()
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
        outputError: () => {},
        // Commander's own defaults, on these streams: a terminal's width, else undefined, which
        // commander reads as 80 columns (its types say number; its code takes undefined).
        getOutHelpWidth: () => helpWidth(io.stdout),
        getErrHelpWidth: () => helpWidth(io.stderr),
      })
      .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
      .helpOption('-h, --help', 'show help')
      .showSuggestionAfterError(true);
  }
  return program;
}

function helpWidth(stream: OutputStream): number {
  return (stream.isTTY ? stream.columns : undefined) as number;
}
