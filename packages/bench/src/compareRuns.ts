import {
  combineObservers,
  createKernel,
  createOutcomeTracker,
  createRecordRecorder,
  createTrajectoryHash,
  toRunRecord,
  traceDigest,
} from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { createReferenceRunner } from './createReferenceRunner.js';
import { referenceOutcomes } from './referenceOutcomes.js';

/** A run on which the reference disagrees with the kernel. */
export interface Mismatch {
  run: number;
  kernel: string;
  reference: string;
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
 * Runs `from` ≤ run < `to` of a built-in scenario's batch (seed `seed`) on the kernel and on the
 * reference written from MODEL.md (`createReferenceRunner`), and compares them run by run: the
 * `RunRecord` as JSON text (the kernel's record recorder against the record of the reference's
 * trajectory, its outcomes decided by `referenceOutcomes`; key order included, since batch files
 * are compared as bytes), and the fingerprint
 * of the whole trajectory — every day's rungs of every actor and every event (attack with
 * attacker, target, means, target class, exact severity bits and rung; support and channel;
 * restraint; statement; injects).
 */
export function compareRuns(
  scenarioId: string,
  seed: number,
  from: number,
  to: number,
): ComparisonReport {
  const scenario = getScenario(scenarioId);
  const kernel = createKernel(axisPack, scenario);
  const ids = kernel.model.actors.map((actor) => actor.id);
  const outcomes = createOutcomeTracker(axisPack.outcomes, ids);
  const records = createRecordRecorder(ids, outcomes);
  const hash = createTrajectoryHash();
  const observer = combineObservers(records, outcomes, hash);
  const reference = createReferenceRunner(axisPack, scenario);
  const digests = new Set<string>();
  const mismatches: Mismatch[] = [];
  let mismatchCount = 0;
  for (let run = from; run < to; run++) {
    kernel.run(seed, run, observer);
    const digest = hash.digest();
    digests.add(digest);
    const ours = JSON.stringify(records.record()) + digest;
    const trajectory = reference.run(seed, run);
    // The reference's outcomes are its own too, decided from MODEL.md's prose over its trajectory.
    const record = {
      ...toRunRecord(trajectory, axisPack),
      outcomes: referenceOutcomes(trajectory, axisPack),
    };
    const theirs = JSON.stringify(record) + traceDigest(trajectory, axisPack);
    if (ours === theirs) continue;
    mismatchCount++;
    if (mismatches.length < 5) mismatches.push({ run, kernel: ours, reference: theirs });
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
