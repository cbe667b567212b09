import { type ChildProcess, spawn } from 'node:child_process';

/** A long-lived process started for a test, which dies with the test runner. */
export interface Tethered {
  /** The process's own id (to send it signals). */
  pid: number;
  /** What it wrote so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with its exit code (128 + n when signal n ended it) once it has exited. */
  exited: Promise<number>;
  /** Resolves when `pattern` matches its stderr (rejects if it exits first or after `ms`). */
  waitForStderr(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
  /** Kills it (SIGKILL) and waits for it to be gone. */
  kill(): Promise<void>;
}

// bash starts the command, reports its pid on fd 3, and kills it as soon as its own stdin reaches
// end of file: when the test closes it, or when the test runner dies, however it dies. So no
// server or worker outlives the tests, even when a test fails or the runner is killed.
const TETHER = `
exec 4<&0
"$@" </dev/null 3>&- 4<&- &
pid=$!
echo "$pid" >&3
exec 3>&-
( read -r _ <&4; kill -KILL "$pid" 2>/dev/null ) 4<&4 &
watcher=$!
exec 4<&-
wait "$pid"
code=$?
kill "$watcher" 2>/dev/null
exit "$code"
`;

const all = new Set<Tethered>();

/** Starts `command …args` tethered to the test runner (see {@link Tethered}). */
export async function startTethered(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Tethered> {
  const child: ChildProcess = spawn('bash', ['-c', TETHER, 'tether', command, ...args], {
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    ...(options.env ? { env: options.env } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const listener of listeners) listener();
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const listener of listeners) listener();
      resolve(code ?? 128 + (signal === 'SIGKILL' ? 9 : 15));
    });
  });
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const pid = await new Promise<number>((resolve, reject) => {
    let text = '';
    const fd3 = child.stdio[3] as NodeJS.ReadableStream;
    fd3.setEncoding('utf8');
    fd3.on('data', (chunk: string) => {
      text += chunk;
      const match = /^(\d+)\n/.exec(text);
      if (match) resolve(Number(match[1]));
    });
    child.on('close', () => reject(new Error(`${command} did not start: ${stderr}`)));
  });
  const tethered: Tethered = {
    pid,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitForStderr(pattern, ms = 240_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(stderr);
          if (match) {
            done();
            resolve(match);
          } else if (gone) {
            done();
            reject(new Error(`exited before writing ${pattern}; stderr:\n${stderr}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${pattern} after ${ms} ms; stderr:\n${stderr}`));
        }, ms);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async kill() {
      child.stdin!.end();
      await exited;
    },
  };
  all.add(tethered);
  void exited.then(() => all.delete(tethered));
  return tethered;
}

/** Kills every tethered process still running and waits for them. */
export async function killAllTethered(): Promise<void> {
  await Promise.all([...all].map((tethered) => tethered.kill()));
}
