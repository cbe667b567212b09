import { availableParallelism, loadavg } from 'node:os';
import { axisPack, scenarios } from '@brink/data';
import { measureLatency } from './measureLatency.js';
import { measurePeakRss } from './measurePeakRss.js';
import { measureThroughput } from './measureThroughput.js';

/**
 * `pnpm bench`: the batch fast path measured beside the hand-written reference and the naive
 * xstate-actor approach, in one process run. Prints a table, or with --json exactly one JSON
 * object on stdout; progress goes to stderr.
 */
const USAGE = `usage: pnpm -s bench [--json] [--quick]

  --json    print one JSON object on stdout (progress stays on stderr)
  --quick   fewer rounds and runs, and 2,000/20,000-run streaming batches instead of
            10,000/100,000 (about a minute instead of several)`;

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
      small: 2_000,
      large: 20_000,
    }
  : {
      rounds: 7,
      runs: 200,
      slowRuns: 8,
      batchRuns: 5000,
      batchRounds: 3,
      small: 10_000,
      large: 100_000,
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
let fastSum = 0;
let referenceSum = 0;
let naiveSum = 0;
for (const [id, scenario] of Object.entries(scenarios)) {
  log(`latency: ${id}`);
  const latency = measureLatency(scenario, { ...settings, seed: SEED });
  fastSum += latency.fast;
  referenceSum += latency.reference;
  naiveSum += latency.naive;
  latencyUs[id] = {
    fast: round(latency.fast, 1),
    reference: round(latency.reference, 1),
    naive: round(latency.naive, 1),
    trace: round(latency.trace, 1),
    fastVsReference: round(latency.fast / latency.reference),
    fastVsNaive: round(latency.naive / latency.fast, 1),
  };
}

// 2. Batch throughput of the fast path (runShard), one worker vs two, alternating rounds.
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

const result = {
  fastVsReference: round(fastSum / referenceSum),
  fastVsNaive: round(naiveSum / fastSum, 1),
  workerScaling: round(throughput.twoWorkers / throughput.oneWorker),
  machineScaling: round(throughput.machineScaling),
  peakRssMb: round(large.peakRssMb, 1),
  peakRssMbTwoWorkers: round(largeTwo.peakRssMb, 1),
  runsPerSecond: Math.round(throughput.oneWorker),
  actorDaysPerSecond: Math.round(throughput.oneWorker * actorDays),
  runsPerSecondTwoWorkers: Math.round(throughput.twoWorkers),
  actorDaysPerSecondTwoWorkers: Math.round(throughput.twoWorkers * actorDays),
  latencyUs,
  streaming: [small, large, largeTwo].map(streamed),
  rssGrowthMb: round(large.peakRssMb - small.peakRssMb, 1),
  throughputRounds: throughput.rounds.map((r) => ({
    oneWorker: Math.round(r.oneWorker),
    twoWorkers: Math.round(r.twoWorkers),
  })),
  targets: {
    fastVsReference: '<= 3',
    fastVsNaive: '>= 20',
    workerScaling: '>= 1.8',
    peakRssMb: '< 300',
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
  fastVsReference: result.fastVsReference <= 3,
  fastVsNaive: result.fastVsNaive >= 20,
  workerScaling: result.workerScaling >= 1.8,
  peakRssMb: result.peakRssMb < 300,
};

if (json) {
  process.stdout.write(`${JSON.stringify({ ...result, met })}\n`);
} else {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `Brink benchmark (${quick ? 'quick' : 'full'}; seed ${SEED}; ${result.machine.cores} cores, load ${startLoad.join(' ')} → ${result.machine.loadAfter.join(' ')})`,
    '',
    'Single run, µs (median of rounds)   fast  reference      naive      trace  fast÷ref  naive÷fast',
    ...Object.entries(latencyUs).map(
      ([id, l]) =>
        `  ${id.padEnd(24)} ${pad(l.fast!, 11)} ${pad(l.reference!, 10)} ${pad(l.naive!, 10)} ${pad(l.trace!, 10)} ${pad(l.fastVsReference!, 9)} ${pad(l.fastVsNaive!, 11)}`,
    ),
    '',
    `Batch (${BATCH_SCENARIO}, runShard)      runs/s   actor-days/s`,
    `  1 worker                   ${pad(result.runsPerSecond, 9)} ${pad(result.actorDaysPerSecond, 14)}`,
    `  2 workers                  ${pad(result.runsPerSecondTwoWorkers, 9)} ${pad(result.actorDaysPerSecondTwoWorkers, 14)}`,
    '',
    `Streaming CLI batch (brink batch ${BATCH_SCENARIO} --out runs.ndjson)`,
    ...[small, large, largeTwo].map(
      (b) =>
        `  ${pad(b.runs, 7)} runs, ${b.workers} worker${b.workers === 1 ? ' ' : 's'}   peak RSS ${pad(b.peakRssMb.toFixed(1), 6)} MB   ${pad(b.seconds.toFixed(1), 6)} s   ${pad(Math.round(b.runsPerSecond), 6)} runs/s   file ${b.fileMb.toFixed(1)} MB`,
    ),
    '',
    'Targets',
    `  fastVsReference  ${pad(result.fastVsReference, 6)}   ≤ 3     ${mark(met.fastVsReference)}`,
    `  fastVsNaive      ${pad(result.fastVsNaive, 6)}   ≥ 20    ${mark(met.fastVsNaive)}`,
    `  workerScaling    ${pad(result.workerScaling, 6)}   ≥ 1.8   ${mark(met.workerScaling)}  (the machine's own, an integer loop on 2 threads vs 1: ${result.machineScaling})`,
    `  peakRssMb        ${pad(result.peakRssMb, 6)}   < 300   ${mark(met.peakRssMb)}  (${settings.large} runs, 1 worker; ${settings.small} runs: ${round(small.peakRssMb, 1)} MB; 2 workers: ${result.peakRssMbTwoWorkers} MB)`,
    `  runsPerSecond    ${pad(result.runsPerSecond, 6)}   (fast path, 1 worker, ${BATCH_SCENARIO})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
