import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Runs `brink …args` to the end. */
export function brink(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  return finish(start(args, options));
}

/** A fresh temporary folder for one test file's outputs. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'brink-cli-'));
}
