import { colorEnabled, createPalette, type Palette } from './format/palette.js';
import type { Io, OutputStream } from './io.js';

/** Options every command accepts (set on the program, usable after the command name too). */
export interface GlobalOptions {
  color: boolean;
  debug: boolean;
}

/** Where a command writes, and how: data to stdout, logs and progress to stderr. */
export interface Context {
  /** Writes data to stdout. */
  out(text: string): void;
  /** Writes a log line to stderr (unless quiet). */
  log(text: string): void;
  /** Colours for stdout. */
  color: Palette;
  /** Colours for stderr. */
  errColor: Palette;
  /** Columns to lay text out in: the terminal's width (60 to 100), else 100. */
  width: number;
  /** Whether stdout is a terminal (wrap long lines, draw for a person). */
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (a progress bar makes sense). */
  stderrIsTTY: boolean;
  /** The stream logs go to, for a progress bar to draw on. */
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}

/** The widest layout the CLI draws; wider terminals get this width, narrower ones their own. */
export const MAX_WIDTH = 100;

/** The context of a command writing to `io`, from the global options. */
export function createContext(io: Io, options: GlobalOptions, quiet = false): Context {
  const { stdout, stderr, env } = io;
  // Piped output is usually read on the terminal stderr still shows, so its width is a good
  // guess; a pseudo-terminal may report 0 columns, which means unknown.
  const columns =
    (stdout.isTTY && stdout.columns) ||
    (stderr.isTTY && stderr.columns) ||
    Number(env.COLUMNS) ||
    undefined;
  return {
    out: (text) => {
      stdout.write(text);
    },
    log: (text) => {
      if (!quiet) stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    color: createPalette(colorEnabled(stdout, env, options.color)),
    errColor: createPalette(colorEnabled(stderr, env, options.color)),
    width: Math.max(60, Math.min(MAX_WIDTH, columns ?? MAX_WIDTH)),
    stdoutIsTTY: stdout.isTTY === true,
    stderrIsTTY: stderr.isTTY === true,
    stderr,
    env,
  };
}
