import { availableParallelism, loadavg } from 'node:os';
import { axisPack, scenarios } from '@brink/data';
import { compareRuns } from './compareRuns.js';
import { measureLatency } from './measureLatency.js';
import { measurePeakRss } from './measurePeakRss.js';
import { measureSampling } from './measureSampling.js';
import { measureThroughput } from './measureThroughput.js';

/**
 * `pnpm bench`: the simulation kernel measured beside the RNG floor, `simulate`, the reference
 * written from MODEL.md and the naive xstate-actor approach, in one process run; then the
 * kernel checked against the reference on 10,000 runs of every built-in scenario (1,000 with
 * --quick). Prints a table, or with --json exactly one JSON object on stdout; progress goes to
 * stderr. Exits 1 if the kernel and the reference disagree on any run.
 */
const USAGE = `usage: pnpm -s bench [--json] [--quick]

  --json    print one JSON object on stdout (progress stays on stderr)
  --quick   fewer rounds and runs, 1,000 compared runs per scenario instead of 10,000, and
            2,000/20,000-run streaming batches instead of 10,000/100,000`;

const args = process.argv.slice(2);
for (const arg of args) {
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (arg !== '--json' && arg !== '--quick') {
    console.error(`bench: unknown option ${arg}\n${USAGE}`);
    process.exit(2);
  }
}
const json = args.includes('--json');
const quick = args.includes('--quick');
const settings = quick
  ? {
      rounds: 3,
      runs: 60,
      slowRuns: 3,
      batchRuns: 1500,
      batchRounds: 2,
      samplingRuns: 1000,
      samplingRounds: 3,
      small: 2_000,
      large: 20_000,
      compared: 1_000,
    }
  : {
      rounds: 7,
      runs: 200,
      slowRuns: 8,
      batchRuns: 5000,
      batchRounds: 3,
      samplingRuns: 3000,
      samplingRounds: 5,
      small: 10_000,
      large: 100_000,
      compared: 10_000,
    };
const SEED = 2023;
const BATCH_SCENARIO = 'baseline';
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const load = () => loadavg().map((x) => Number(x.toFixed(2)));
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

const startLoad = load();
log(
  `${availableParallelism()} cores, load ${startLoad.join(' ')}; ${quick ? 'quick' : 'full'} settings`,
);

// 1. Single-run latency of every built-in scenario, engines interleaved round by round.
const latencyUs: Record<string, Record<string, number>> = {};
const sums = { kernel: 0, batch: 0, reference: 0, naive: 0, trace: 0, floor: 0 };
for (const [id, scenario] of Object.entries(scenarios)) {
  log(`latency: ${id}`);
  const latency = measureLatency(scenario, { ...settings, seed: SEED });
  for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += latency[key];
  latencyUs[id] = {
    kernel: round(latency.kernel, 1),
    batch: round(latency.batch, 1),
    trace: round(latency.trace, 1),
    reference: round(latency.reference, 1),
    naive: round(latency.naive, 1),
    floor: round(latency.floor, 1),
    kernelVsFloor: round(latency.kernel / latency.floor),
    traceVsKernel: round(latency.trace / latency.kernel),
    batchVsNaive: round(latency.naive / latency.batch, 1),
  };
}

// 2. Batch throughput of runShard, one worker vs two, alternating rounds.
log(
  `throughput: ${BATCH_SCENARIO}, ${settings.batchRuns} runs × ${settings.batchRounds} rounds, 1 and 2 workers`,
);
const throughput = await measureThroughput(
  BATCH_SCENARIO,
  settings.batchRuns,
  settings.batchRounds,
  SEED,
);
const baseline = scenarios[BATCH_SCENARIO]!;

// 2b. The cost of sampling: fixed, drawn and Sobol-design runs of one batch, side by side.
log(
  `sampling: ${BATCH_SCENARIO}, ${settings.samplingRuns} runs × ${settings.samplingRounds} rounds, fixed, sampled and Sobol`,
);
const sampling = measureSampling(
  BATCH_SCENARIO,
  settings.samplingRuns,
  settings.samplingRounds,
  SEED,
);
const actorDays = axisPack.actors.length * baseline.horizon;

// 3. Peak memory of the real CLI streaming batches to a file: two sizes on one worker (the
// configuration of runsPerSecond), and the large one again on two worker threads.
const streamingBatch = (runs: number, workers: number) => {
  log(`streaming: brink batch ${BATCH_SCENARIO} --runs ${runs} --workers ${workers} --out …`);
  return measurePeakRss(BATCH_SCENARIO, runs, workers, SEED);
};
const small = await streamingBatch(settings.small, 1);
const large = await streamingBatch(settings.large, 1);
const largeTwo = await streamingBatch(settings.large, 2);
const streamed = (b: typeof small) => ({
  ...b,
  peakRssMb: round(b.peakRssMb, 1),
  seconds: round(b.seconds, 1),
  runsPerSecond: Math.round(b.runsPerSecond),
  fileMb: round(b.fileMb, 1),
});

// 4. The kernel against the reference written from MODEL.md, run by run.
const compared: Record<string, { runs: number; mismatches: number; distinctDigests: number }> = {};
for (const id of Object.keys(scenarios)) {
  log(`reference: ${id}, ${settings.compared} runs`);
  const report = compareRuns(id, SEED, 0, settings.compared);
  compared[id] = {
    runs: report.compared,
    mismatches: report.mismatchCount,
    distinctDigests: report.distinctDigests,
  };
  for (const mismatch of report.mismatches)
    log(
      `MISMATCH ${id} run ${mismatch.run}\n  kernel    ${mismatch.kernel}\n  reference ${mismatch.reference}`,
    );
}
const mismatches = Object.values(compared).reduce((sum, c) => sum + c.mismatches, 0);

const result = {
  kernelVsFloor: round(sums.kernel / sums.floor),
  traceVsKernel: round(sums.trace / sums.kernel),
  batchVsKernel: round(sums.batch / sums.kernel),
  kernelVsReference: round(sums.kernel / sums.reference),
  batchVsNaive: round(sums.naive / sums.batch, 1),
  workerScaling: round(throughput.twoWorkers / throughput.oneWorker),
  machineScaling: round(throughput.machineScaling),
  samplingOverhead: round(sampling.sampledOverhead),
  sobolOverhead: round(sampling.sobolOverhead),
  sampling: {
    ...sampling,
    fixed: Math.round(sampling.fixed),
    sampled: Math.round(sampling.sampled),
    sobol: Math.round(sampling.sobol),
    sampledOverhead: round(sampling.sampledOverhead),
    sobolOverhead: round(sampling.sobolOverhead),
    pathOverhead: round(sampling.pathOverhead),
    sobolPathOverhead: round(sampling.sobolPathOverhead),
    attacksVsFixed: {
      sampled: round(sampling.attacksVsFixed.sampled),
      sobol: round(sampling.attacksVsFixed.sobol),
    },
    drawVsRun: round(sampling.drawVsRun, 3),
    applyVsRun: round(sampling.applyVsRun, 3),
    sobolApplyVsRun: round(sampling.sobolApplyVsRun, 3),
  },
  peakRssMb: round(large.peakRssMb, 1),
  peakRssMbTwoWorkers: round(largeTwo.peakRssMb, 1),
  runsPerSecond: Math.round(throughput.oneWorker),
  actorDaysPerSecond: Math.round(throughput.oneWorker * actorDays),
  runsPerSecondTwoWorkers: Math.round(throughput.twoWorkers),
  actorDaysPerSecondTwoWorkers: Math.round(throughput.twoWorkers * actorDays),
  latencyUs,
  compared,
  mismatches,
  streaming: [small, large, largeTwo].map(streamed),
  rssGrowthMb: round(large.peakRssMb - small.peakRssMb, 1),
  throughputRounds: throughput.rounds.map((r) => ({
    oneWorker: Math.round(r.oneWorker),
    twoWorkers: Math.round(r.twoWorkers),
  })),
  targets: {
    kernelVsFloor: '<= 4',
    traceVsKernel: '<= 3',
    batchVsNaive: '>= 20',
    workerScaling: '>= 1.8',
    peakRssMbTwoWorkers: '<= 247',
    samplingOverhead: '<= 0.1',
    mismatches: '0',
  },
  settings: { ...settings, seed: SEED, batchScenario: BATCH_SCENARIO, quick },
  machine: {
    cores: availableParallelism(),
    node: process.version,
    loadBefore: startLoad,
    loadAfter: load(),
  },
};
const met = {
  kernelVsFloor: result.kernelVsFloor <= 4,
  traceVsKernel: result.traceVsKernel <= 3,
  batchVsNaive: result.batchVsNaive >= 20,
  workerScaling: result.workerScaling >= 1.8,
  peakRssMbTwoWorkers: result.peakRssMbTwoWorkers <= 247,
  samplingOverhead: result.samplingOverhead <= 0.1,
  mismatches: mismatches === 0,
};

if (json) {
  process.stdout.write(`${JSON.stringify({ ...result, met })}\n`);
} else {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `Brink benchmark (${quick ? 'quick' : 'full'}; seed ${SEED}; ${result.machine.cores} cores, load ${startLoad.join(' ')} → ${result.machine.loadAfter.join(' ')})`,
    '',
    'Single run, µs (median of rounds)   kernel    batch    trace  reference     naive    floor  kernel÷floor  trace÷kernel',
    ...Object.entries(latencyUs).map(
      ([id, l]) =>
        `  ${id.padEnd(24)} ${pad(l.kernel!, 11)} ${pad(l.batch!, 8)} ${pad(l.trace!, 8)} ${pad(l.reference!, 10)} ${pad(l.naive!, 9)} ${pad(l.floor!, 8)} ${pad(l.kernelVsFloor!, 13)} ${pad(l.traceVsKernel!, 13)}`,
    ),
    '',
    `Kernel vs reference written from MODEL.md (${settings.compared} runs per scenario): ${mismatches} mismatching runs`,
    '',
    `Batch (${BATCH_SCENARIO}, runShard)      runs/s   actor-days/s`,
    `  1 worker                   ${pad(result.runsPerSecond, 9)} ${pad(result.actorDaysPerSecond, 14)}`,
    `  2 workers                  ${pad(result.runsPerSecondTwoWorkers, 9)} ${pad(result.actorDaysPerSecondTwoWorkers, 14)}`,
    `  sampling (1 worker)        fixed ${Math.round(sampling.fixed)}, sampled ${Math.round(sampling.sampled)}, Sobol design ${Math.round(sampling.sobol)} runs per CPU second (${sampling.parameters} parameters); per run, drawing ${round(sampling.drawVsRun, 3)} and applying ${round(sampling.applyVsRun, 3)} (a Sobol row ${round(sampling.sobolApplyVsRun, 3)}) of a fixed run's time`,
    '',
    `Streaming CLI batch (brink batch ${BATCH_SCENARIO} --out runs.ndjson)`,
    ...[small, large, largeTwo].map(
      (b) =>
        `  ${pad(b.runs, 7)} runs, ${b.workers} worker${b.workers === 1 ? ' ' : 's'}   peak RSS ${pad(b.peakRssMb.toFixed(1), 6)} MB   ${pad(b.seconds.toFixed(1), 6)} s   ${pad(Math.round(b.runsPerSecond), 6)} runs/s   file ${b.fileMb.toFixed(1)} MB`,
    ),
    '',
    'Targets',
    `  kernelVsFloor    ${pad(result.kernelVsFloor, 6)}   ≤ 4     ${mark(met.kernelVsFloor)}`,
    `  traceVsKernel    ${pad(result.traceVsKernel, 6)}   ≤ 3     ${mark(met.traceVsKernel)}`,
    `  batchVsNaive     ${pad(result.batchVsNaive, 6)}   ≥ 20    ${mark(met.batchVsNaive)}`,
    `  mismatches       ${pad(mismatches, 6)}   0       ${mark(met.mismatches)}`,
    `  workerScaling    ${pad(result.workerScaling, 6)}   ≥ 1.8   ${mark(met.workerScaling)}  (the machine's own, an integer loop on 2 threads vs 1: ${result.machineScaling})`,
    `  peakRssMb2w      ${pad(result.peakRssMbTwoWorkers, 6)}   ≤ 247   ${mark(met.peakRssMbTwoWorkers)}  (${settings.large} runs, 2 workers; 1 worker: ${result.peakRssMb} MB; ${settings.small} runs: ${round(small.peakRssMb, 1)} MB)`,
    `  samplingOverhead ${pad(result.samplingOverhead, 6)}   ≤ 0.1   ${mark(met.samplingOverhead)}  (sampled ÷ fixed time per run, less 1; a Sobol design's rows: ${result.sobolOverhead}; of which the runs' own paths: ${round(sampling.pathOverhead)}, Sobol ${round(sampling.sobolPathOverhead)})`,
    `  runsPerSecond    ${pad(result.runsPerSecond, 6)}   (runShard, 1 worker, ${BATCH_SCENARIO})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
if (mismatches > 0) process.exitCode = 1;
