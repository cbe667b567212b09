import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compareKernels, type KernelRatio } from './compareKernels.js';
import { loadBuild } from './loadBuild.js';

/**
 * `pnpm -s bench:kernels <checkout>`: this checkout's kernel against the kernel of another
 * checkout of the repository (for example the commit before a model change, added with `git
 * worktree add` and built), side by side in one process (`compareKernels`). Prints a table, or
 * with --json one JSON object on stdout; exits 2 on bad arguments or an absent build.
 */
const USAGE = `usage: pnpm -s bench:kernels <checkout> [--rounds N] [--runs N] [--seed N] [--scenario ID]... [--json]

  <checkout>      root of another checkout of this repository, with core and data built
  --rounds N      rounds, the two builds' order alternating (default 7)
  --runs N        runs per scenario, build and round (default 200)
  --seed N        the batch seed (default 2023)
  --scenario ID   compare only this scenario (repeatable; default: every scenario both have)
  --json          print one JSON object on stdout`;

function fail(message: string): never {
  process.stderr.write(`bench:kernels: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let previousRoot: string | undefined;
const settings = { rounds: 7, runs: 200, seed: 2023 };
const only: string[] = [];
let json = false;
for (let k = 0; k < args.length; k++) {
  const arg = args[k]!;
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === '--json') json = true;
  else if (arg === '--rounds' || arg === '--runs' || arg === '--seed') {
    const value = Number(args[++k]);
    const least = arg === '--seed' ? 0 : 1;
    if (!Number.isSafeInteger(value) || value < least)
      fail(`${arg} needs an integer of at least ${least}, got ${args[k] ?? 'nothing'}\n${USAGE}`);
    settings[arg.slice(2) as keyof typeof settings] = value;
  } else if (arg === '--scenario') {
    const id = args[++k];
    if (!id) fail(`--scenario needs a scenario id\n${USAGE}`);
    only.push(id);
  } else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
  else if (previousRoot === undefined) previousRoot = arg;
  else fail(`one checkout only, got ${previousRoot} and ${arg}\n${USAGE}`);
}
if (previousRoot === undefined) fail(`give the checkout to compare with\n${USAGE}`);

const load = () => loadavg().map((x) => Number(x.toFixed(2)));
const startLoad = load();
const here = fileURLToPath(new URL('../../..', import.meta.url));
let comparison: ReturnType<typeof compareKernels>;
let roots: { next: string; previous: string };
try {
  const next = await loadBuild(here);
  const previous = await loadBuild(previousRoot);
  roots = { next: next.root, previous: previous.root };
  process.stderr.write(
    `bench:kernels: ${roots.next} against ${roots.previous}; ${settings.rounds} rounds of ${settings.runs} runs, seed ${settings.seed}; load ${startLoad.join(' ')}\n`,
  );
  comparison = compareKernels(next, previous, {
    ...settings,
    scenarios: only.length > 0 ? only : undefined,
  });
} catch (error) {
  fail((error as Error).message);
}
const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const rounded = (r: KernelRatio) => ({
  newUs: round(r.newUs, 1),
  oldUs: round(r.oldUs, 1),
  ratio: round(r.ratio),
  min: round(r.min),
  max: round(r.max),
});
const result = {
  kernelRatio: round(comparison.kernelOverall.ratio),
  shardRatio: round(comparison.shardOverall.ratio),
  kernelOverall: rounded(comparison.kernelOverall),
  shardOverall: rounded(comparison.shardOverall),
  kernel: Object.fromEntries(Object.entries(comparison.kernel).map(([id, r]) => [id, rounded(r)])),
  shard: Object.fromEntries(Object.entries(comparison.shard).map(([id, r]) => [id, rounded(r)])),
  scenarios: comparison.scenarios,
  onlyNew: comparison.onlyNew,
  onlyOld: comparison.onlyOld,
  builds: roots,
  settings,
  machine: {
    cores: availableParallelism(),
    node: process.version,
    loadBefore: startLoad,
    loadAfter: load(),
  },
};
if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const row = (id: string, k: KernelRatio, s: KernelRatio) => {
    const a = rounded(k);
    const b = rounded(s);
    return `  ${id.padEnd(24)} ${pad(a.newUs, 9)} ${pad(a.oldUs, 9)} ${pad(a.ratio, 6)} ${pad(`${a.min}–${a.max}`, 11)}   ${pad(b.newUs, 9)} ${pad(b.oldUs, 9)} ${pad(b.ratio, 6)} ${pad(`${b.min}–${b.max}`, 11)}`;
  };
  const lines = [
    `Kernel cost per run, this checkout (new) against ${roots.previous} (old); ${settings.rounds} rounds × ${settings.runs} runs, seed ${settings.seed}; ${result.machine.cores} cores, load ${startLoad.join(' ')} → ${result.machine.loadAfter.join(' ')}`,
    '',
    '  µs per run (medians)        kernel: new       old  new÷old  (rounds)      runShard: new      old  new÷old  (rounds)',
    ...comparison.scenarios.map((id) => row(id, comparison.kernel[id]!, comparison.shard[id]!)),
    row('all (sum of times)', comparison.kernelOverall, comparison.shardOverall),
    '',
    `Scenarios in both: ${comparison.scenarios.join(', ')}${comparison.onlyNew.length > 0 ? `; only new: ${comparison.onlyNew.join(', ')}` : ''}${comparison.onlyOld.length > 0 ? `; only old: ${comparison.onlyOld.join(', ')}` : ''}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
