import { createBatchRunner, createTraceHasher } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { createReferenceRunner } from '../src/createReferenceRunner.js';

/** A run on which an engine disagrees with the fast path. */
export interface Mismatch {
  run: number;
  engine: 'xstate' | 'reference';
  fast: string;
  other: string;
}

/** What `compareRuns` found over a range of runs. */
export interface ComparisonReport {
  scenario: string;
  from: number;
  to: number;
  /** Runs compared. */
  compared: number;
  /** Distinct trajectory digests among them: the digest tells runs apart. */
  distinctDigests: number;
  /** Runs on which the digests or records differ (the first few). */
  mismatches: Mismatch[];
  mismatchCount: number;
}

/**
 * Runs `from` ≤ run < `to` of a built-in scenario's batch (seed `seed`) three ways and compares
 * them run by run:
 * - the fast path: `createBatchRunner` (compiled transition tables applied in place);
 * - the same days with every posture machine stepped by xstate's own `transition`
 *   (`machines: 'xstate'`: a fresh event object per step, xstate snapshots kept);
 * - the benchmark's hand-written reference (`createReferenceRunner`).
 * What is compared, for each run: the `RunRecord` as JSON text (highest rung and first day at
 * each rung per actor, every outcome, the attack count; key order included, since batch files
 * are compared as bytes), and the `traceDigest`-style fingerprint of the whole trajectory: every
 * day's rungs of every actor and every event (attack with attacker, target, means, target
 * class, exact severity bits and rung; support and channel; restraint; statement; injects).
 */
export function compareRuns(
  scenarioId: string,
  seed: number,
  from: number,
  to: number,
): ComparisonReport {
  const scenario = getScenario(scenarioId);
  const fast = createBatchRunner(axisPack, scenario);
  const xstate = createBatchRunner(axisPack, scenario, { machines: 'xstate' });
  const reference = createReferenceRunner(axisPack, scenario);
  const hashers = {
    fast: createTraceHasher(),
    xstate: createTraceHasher(),
    reference: createTraceHasher(),
  };
  const digests = new Set<string>();
  const mismatches: Mismatch[] = [];
  let mismatchCount = 0;
  for (let run = from; run < to; run++) {
    const fastRecord = JSON.stringify(fast.run(seed, run, hashers.fast));
    const fastDigest = hashers.fast.digest();
    digests.add(fastDigest);
    const others = {
      xstate: JSON.stringify(xstate.run(seed, run, hashers.xstate)) + hashers.xstate.digest(),
      reference:
        JSON.stringify(reference.run(seed, run, hashers.reference)) + hashers.reference.digest(),
    };
    for (const engine of ['xstate', 'reference'] as const) {
      if (others[engine] === fastRecord + fastDigest) continue;
      mismatchCount++;
      if (mismatches.length < 5)
        mismatches.push({ run, engine, fast: fastRecord + fastDigest, other: others[engine] });
    }
  }
  return {
    scenario: scenarioId,
    from,
    to,
    compared: to - from,
    distinctDigests: digests.size,
    mismatches,
    mismatchCount,
  };
}
