/** The exit codes of every command (README, "CLI"). */
export const EXIT = {
  ok: 0,
  /** The command line is well formed, but what it points at is not: a file, a scenario, a check. */
  invalid: 1,
  /** The command line itself is wrong: an unknown option, a malformed or out-of-range value. */
  usage: 2,
  /** Stopped by Ctrl-C or SIGTERM. */
  interrupted: 130,
} as const;

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error the user can act on: its message is printed as `brink: <message>` (one line per line
 * of the message, no stack unless `--debug`) and the process exits with `exitCode`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/** A malformed command line: exit 2. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** Input that cannot be used (a missing file, an unknown scenario, an invalid document): exit 1. */
export function inputError(message: string, cause?: unknown): CliError {
  return new CliError(message, EXIT.invalid, { cause });
}

/** The words a Node file-system error code stands for, e.g. `ENOENT` → "no such file or directory". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of it is not a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
