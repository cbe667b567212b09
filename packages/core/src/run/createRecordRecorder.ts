import { RUNGS, type Rung } from '../schema/rungs.js';
import type { OutcomeTracker } from './createOutcomeTracker.js';
import type { RunObserver } from './RunObserver.js';
import type { RunRecord } from './runRecord.js';

/** An observer that records a run's `RunRecord`. */
export interface RecordRecorder extends RunObserver {
  /** The record of the run observed (a fresh object, the caller's to keep). */
  record(): RunRecord;
}

const R = RUNGS.length;

/**
 * Records each run as a flat `RunRecord`: per actor (`ids`, in order) its highest rung and the
 * first day it stood at each rung or higher, the attacks made, and the outcomes `outcomes`
 * decided — a tracker observing the same run (the caller combines the two observers).
 *
 * @example
 * const outcomes = createOutcomeTracker(pack.outcomes, ids);
 * const records = createRecordRecorder(ids, outcomes);
 * kernel.run(seed, run, combineObservers(records, outcomes));
 * records.record();
 */
export function createRecordRecorder(
  ids: readonly string[],
  outcomes: OutcomeTracker,
): RecordRecorder {
  const n = ids.length;
  const highest = new Int32Array(n);
  const firstDay = new Int32Array(n * R).fill(-1);
  let run = 0;
  let attacks = 0;
  return {
    startRun(_seed, runIndex) {
      run = runIndex;
      attacks = 0;
      highest.fill(0);
      firstDay.fill(-1);
    },
    rungs(day, rungs) {
      for (let i = 0; i < n; i++) {
        const rung = rungs[i]!;
        if (rung > highest[i]!) highest[i] = rung;
        for (let r = 0; r <= rung; r++) if (firstDay[i * R + r]! < 0) firstDay[i * R + r] = day;
      }
    },
    attack() {
      attacks++;
    },
    record() {
      // Keys in a fixed order: batch files are compared as bytes.
      const highestById: Record<string, Rung> = {};
      const firstById: Record<string, Partial<Record<Rung, number>>> = {};
      for (let i = 0; i < n; i++) {
        highestById[ids[i]!] = RUNGS[highest[i]!]!;
        const first: Partial<Record<Rung, number>> = {};
        for (let r = 0; r < R; r++)
          if (firstDay[i * R + r]! >= 0) first[RUNGS[r]!] = firstDay[i * R + r]!;
        firstById[ids[i]!] = first;
      }
      return {
        run,
        highest: highestById,
        firstDay: firstById,
        outcomes: outcomes.results(),
        attacks,
      };
    },
  };
}
