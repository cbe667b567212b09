import { CliError, EXIT } from './errors.js';
import { type Io, processIo } from './io.js';

/**
 * Runs `brink` with the given arguments (without `node` and the script) and returns its exit
 * code. It writes to `io` (the process's stdout and stderr unless given) and never exits the
 * process, so a test can run a command line in its own process. Errors become one `brink: …`
 * line per problem on stderr; `--debug` adds the stack.
 */
export async function main(args: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = args.includes('--debug');
  const command = args.find((arg) => !arg.startsWith('-'));
  if (command === undefined && (args.includes('--version') || args.includes('-V'))) {
    const { versionText } = await import('./version.js');
    io.stdout.write(`${versionText()}\n`);
    return EXIT.ok;
  }
  // Each command loads what it runs on only when it runs (see commands/): the program itself is
  // commander and the commands' options.
  const { createProgram } = await import('./program.js');
  const program = createProgram(io);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    const { CommanderError } = await import('commander');
    return report(io, error, debug, CommanderError);
  }
}

function report(
  io: Io,
  error: unknown,
  debug: boolean,
  CommanderError: typeof import('commander').CommanderError,
): number {
  if (error instanceof CommanderError) {
    // Help and version requests end in a CommanderError with exit code 0.
    if (error.exitCode === 0) return EXIT.ok;
    // `brink` alone prints its help on stderr: a usage error, already explained.
    if (error.code === 'commander.help') return EXIT.usage;
    printError(io, commanderMessage(error.message), debug ? error : undefined);
    return EXIT.usage;
  }
  if (error instanceof CliError) {
    printError(io, error.message, debug ? error : undefined);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  printError(
    io,
    `internal error: ${message}${debug ? '' : ' (run with --debug for details)'}`,
    debug ? error : undefined,
  );
  return EXIT.invalid;
}

function printError(io: Io, message: string, withStack?: unknown): void {
  const lines = message.split('\n').filter((line) => line.trim() !== '');
  io.stderr.write(lines.map((line) => `brink: ${line.trim()}\n`).join(''));
  if (withStack instanceof Error && withStack.stack) io.stderr.write(`${withStack.stack}\n`);
}

/** Commander's "error: …\n(Did you mean …?)" as one line in brink's voice. */
function commanderMessage(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\n/g, ' ');
}
