import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The built binary, run as a user would run it. */
export const BIN = join(here, '..', 'dist', 'bin.js');

/** The short scenario the batch tests run (30 days). */
export const SHORT = join(here, 'fixtures', 'short.yaml');

/** What a finished `brink` process gave. */
export interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of a `brink` process. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** Starts `node dist/bin.js …args` with a clean colour environment (no TTY, so no colour). */
export function start(args: readonly string[], options: RunOptions = {}): ChildProcess {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build first (npx -y pnpm@10 --filter @brink/cli build)`);
  }
  return spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? here,
    env: cliEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The environment `brink` runs in: the tests' own, without colour settings, plus `extra`. */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env };
  // The test runner may force colour; a user's piped output has none.
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.COLUMNS;
  Object.assign(env, extra);
  return env as NodeJS.ProcessEnv;
}

/** Waits for a started process and collects its output. */
export function finish(child: ChildProcess): Promise<Result> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `brink …args` as a process to the end: for what only a process shows. */
export function brinkProcess(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  return finish(start(args, options));
}

/** The built CLI's `main`, loaded once per test file (vitest hands `dist/` to Node untouched). */
let built: Promise<typeof import('../src/main.js')> | undefined;

/**
 * Runs `brink …args` in this process, as the built binary does but without starting one: the
 * built CLI's `main` with streams that collect what it writes (no terminal, so no colour) and the
 * environment a process would get. Relative paths are read from this process's working
 * directory. Signals, a closed or full stdout and Node's own crash output need
 * {@link brinkProcess}.
 */
export async function brink(
  args: readonly string[],
  options: Pick<RunOptions, 'env'> = {},
): Promise<Result> {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build first (npx -y pnpm@10 --filter @brink/cli build)`);
  }
  built ??= import(pathToFileURL(join(here, '..', 'dist', 'main.js')).href);
  const { main } = await built;
  const stdout = collector();
  const stderr = collector();
  const code = await main(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: cliEnv(options.env),
  });
  return { code, signal: null, stdout: stdout.text(), stderr: stderr.text() };
}

/** A stream that keeps what is written to it, as it is written. */
function collector(): { stream: Writable; text(): string } {
  let text = '';
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** A fresh temporary folder for one test file's outputs. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'brink-cli-'));
}
