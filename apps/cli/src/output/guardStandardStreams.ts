import { writeSync } from 'node:fs';
import { describeFsError } from '../errors.js';

let stderrFailed = false;

/**
 * Makes a failed write to stdout or stderr a plain failure instead of a crash with a stack trace.
 * stdout: a closed pipe (`brink run baseline | head`) stops quietly with exit 0; any other error
 * (`> /dev/full`: no space left on device) prints one `brink: cannot write to stdout: …` line on
 * stderr and exits 1. stderr: nothing more can be said there, so the command goes on (its files
 * are still written whole) and exits 1 (see {@link exitCodeAfterStreams}).
 */
export function guardStandardStreams(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    try {
      writeSync(2, `brink: cannot write to stdout: ${describeFsError(error)}\n`);
    } catch {
      // stderr is gone too: the exit code says it.
    }
    process.exit(1);
  });
  process.stderr.on('error', () => {
    stderrFailed = true;
    if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = 1;
  });
}

/** A command's exit code, made 1 when it succeeded but could not write to stderr. */
export function exitCodeAfterStreams(code: number): number {
  return code === 0 && stderrFailed ? 1 : code;
}
