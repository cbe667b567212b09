/** A stream a command writes text to: the process's stdout or stderr, or a test's stand-in. */
export type OutputStream = NodeJS.WritableStream & {
  /** Whether it is a terminal (colour, a progress bar, wrapping for a person). */
  isTTY?: boolean;
  /** The terminal's width in columns, when it is one. */
  columns?: number;
};

/**
 * What one `brink` command line reads and writes besides files: its stdout and stderr and its
 * environment. The process's own for the `brink` binary; a test may run a command line in its
 * own process with streams that collect the text (see `main`).
 */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}

/** The running process's stdout, stderr and environment. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
