// Measures how fast `brink` starts, as whole processes: `brink --version` and `brink list` against
// bare `node -e 0`, run alternately so that the machine's load falls on both alike. Prints each
// command's median wall time and the median of the per-pair ratios. Reported, never asserted.
//
//   node apps/cli/scripts/measureStartup.mjs [pairs]     (default 30 pairs per command)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const pairs = Number(process.argv[2] ?? 30);
if (!Number.isInteger(pairs) || pairs < 1) {
  process.stderr.write(
    `measureStartup: pairs must be a positive integer, got "${process.argv[2]}"\n`,
  );
  process.exit(2);
}

/** Wall time of one whole process, in milliseconds; fails loudly if the process fails. */
function timeProcess(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const baseline = ['-e', '0'];
for (const [label, args] of [
  ['brink --version', [bin, '--version']],
  ['brink list', [bin, 'list']],
]) {
  // One untimed round of each warms the file system cache.
  timeProcess(baseline);
  timeProcess(args);
  const node = [];
  const brink = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always runs right after the other.
    let n;
    let c;
    if (i % 2 === 0) {
      n = timeProcess(baseline);
      c = timeProcess(args);
    } else {
      c = timeProcess(args);
      n = timeProcess(baseline);
    }
    node.push(n);
    brink.push(c);
    ratios.push(c / n);
  }
  const ms = (value) => `${value.toFixed(0).padStart(5)} ms`;
  process.stdout.write(
    `${label.padEnd(16)} ${ms(median(brink))}   node -e 0 ${ms(median(node))}   ` +
      `ratio ${median(ratios).toFixed(2)}× (median of ${pairs} alternating pairs)\n`,
  );
}
