import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** What one streaming CLI batch cost. */
export interface StreamingBatch {
  runs: number;
  workers: number;
  /** The process's peak resident set (all its threads), in MB. */
  peakRssMb: number;
  seconds: number;
  runsPerSecond: number;
  /** Size of the NDJSON file written, in MB. */
  fileMb: number;
}

// Loaded into the CLI's process before it starts: on exit, write the process's peak RSS (kB).
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.BRINK_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

/**
 * Runs `brink batch <scenario> --runs N --out <tmp>/runs.ndjson` — the real CLI, built, streaming
 * one record per run to a file — in a child process, and reports its peak RSS and time.
 */
export async function measurePeakRss(
  scenario: string,
  runs: number,
  workers: number,
  seed: number,
): Promise<StreamingBatch> {
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('@brink/cli/package.json')),
    'dist/bin.js',
  );
  const dir = mkdtempSync(join(tmpdir(), 'brink-bench-'));
  const out = join(dir, 'runs.ndjson');
  const rssFile = join(dir, 'rss');
  try {
    const start = performance.now();
    const args = ['--import', REPORT_RSS, bin, 'batch', scenario, '--runs', String(runs)];
    args.push(
      '--seed',
      String(seed),
      '--workers',
      String(workers),
      '--out',
      out,
      '--quiet',
      '--json',
    );
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, BRINK_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    const seconds = (performance.now() - start) / 1000;
    if (code !== 0) throw new Error(`brink batch exited with ${code}`);
    return {
      runs,
      workers,
      peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
      seconds,
      runsPerSecond: runs / seconds,
      fileMb: statSync(out).size / 1024 / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
