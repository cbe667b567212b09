import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  createBatchRunner,
  createTraceHasher,
  simulate,
  toRunRecord,
  traceDigest,
} from '@brink/core';
import { axisPack, scenarios } from '@brink/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonReport } from './compareRuns.js';

/**
 * The differential test of the batch fast path. For every built-in scenario, RUNS runs (10,000
 * unless BRINK_DIFFERENTIAL_RUNS says otherwise, for a quick local check) are compared run by
 * run, as `compareRuns` describes: the fast path against the same days with xstate stepping
 * every machine, and against the hand-written reference — records as JSON text and a digest of
 * every day's rungs and events. Stepping with xstate costs ~10 ms a run, so the runs are split
 * between two child processes (both cores of a CI machine; vitest itself runs one file at a
 * time there). A second test ties the runner to `simulate` itself, on fewer runs: the records
 * and digests of its traces, with the machines stepped by xstate and by live actors.
 */
const RUNS = Number(process.env.BRINK_DIFFERENTIAL_RUNS ?? 10_000);
const SEED = 2023;
const CHILDREN = 2;

const tsx = createRequire(import.meta.url).resolve('tsx');
const childPath = fileURLToPath(new URL('./compareRunsChild.ts', import.meta.url));
let children: ChildProcess[] = [];

const compareIn = (child: ChildProcess, task: object) =>
  new Promise<ComparisonReport>((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`compareRunsChild exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (message: { ok: boolean; report?: ComparisonReport; error?: string }) => {
      child.off('exit', onExit);
      if (message.ok) resolve(message.report!);
      else reject(new Error(message.error));
    });
    child.send(task);
  });

beforeAll(() => {
  children = Array.from({ length: CHILDREN }, () =>
    fork(childPath, [], {
      execArgv: ['--conditions=@brink/source', '--import', tsx],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
});

afterAll(() => {
  for (const child of children) child.kill();
});

describe('the batch fast path', () => {
  for (const id of Object.keys(scenarios)) {
    it(`${id}: ${RUNS} runs equal the same runs stepped by xstate, and the hand-written reference`, async () => {
      const bounds = Array.from({ length: CHILDREN + 1 }, (_, k) =>
        Math.round((k * RUNS) / CHILDREN),
      );
      const reports = await Promise.all(
        children.map((child, k) =>
          compareIn(child, { scenario: id, seed: SEED, from: bounds[k]!, to: bounds[k + 1]! }),
        ),
      );
      expect(reports.flatMap((report) => report.mismatches)).toEqual([]);
      expect(reports.reduce((sum, report) => sum + report.mismatchCount, 0)).toBe(0);
      expect(reports.reduce((sum, report) => sum + report.compared, 0)).toBe(RUNS);
      // The digest separates runs: were it blind to the trajectory, equal digests would prove nothing.
      for (const report of reports)
        expect(report.distinctDigests).toBeGreaterThan(report.compared * 0.99);
    });
  }

  it('walks the days simulate records: equal records and trajectory digests, machines stepped by xstate or by live actors', () => {
    for (const [id, scenario] of Object.entries(scenarios)) {
      const runner = createBatchRunner(axisPack, scenario);
      const hasher = createTraceHasher();
      for (let run = 0; run < 40; run++) {
        const record = runner.run(SEED, run, hasher);
        const machines = run % 4 === 0 ? 'actors' : 'xstate';
        const trace = simulate(axisPack, scenario, { seed: SEED, run, machines });
        expect({ id, run, record: JSON.stringify(record), digest: hasher.digest() }).toEqual({
          id,
          run,
          record: JSON.stringify(toRunRecord(trace, axisPack)),
          digest: traceDigest(trace, axisPack),
        });
      }
    }
  });
});
