import { RUNGS } from '../schema/rungs.js';
import type { Kernel } from './createKernel.js';
import { decidingField } from './explainDecision.js';
import type { RunObserver } from './RunObserver.js';
import type { DayWindow, RuleCount, TraceProfile } from './traceProfile.js';

/** An observer that profiles every run it observes into one `TraceProfile`. */
export interface ProfileRecorder extends RunObserver {
  /** The profile of all runs observed so far (a fresh object; rules in field order). */
  profile(): TraceProfile;
}

const R = RUNGS.length;

/** What a profile recorder records beyond the per-day rungs and the deciding rules. */
export interface ProfileRecorderOptions {
  /**
   * Windows of days over which to record each run's peak rung per actor (`TraceProfile.peaks`),
   * e.g. a record's calendar months. None by default.
   */
  windows?: readonly DayWindow[] | undefined;
}

/**
 * Profiles the runs of `kernel`: per actor, day and rung how many runs stood there (fan charts),
 * and per deciding field how often it decided a rung change or a red-line crossing. A change's
 * deciding field (`decidingField`) is the first of `decisionProvenance` (what its trace
 * explanation names first), a crossing's the red line itself (`actor.redLines[i]`). Given
 * `windows`, it also counts each run's highest rung per actor within each window
 * (`TraceProfile.peaks`).
 *
 * @example
 * const profile = createProfileRecorder(kernel);
 * for (let run = 0; run < 1000; run++) kernel.run(seed, run, profile);
 * profile.profile().rules; // { 'ACTOR.params.reactivity': { fired: 812, runs: 640 }, … }
 */
export function createProfileRecorder(
  kernel: Kernel,
  options: ProfileRecorderOptions = {},
): ProfileRecorder {
  const { model, horizon } = kernel;
  const ids = model.actors.map((actor) => actor.id);
  const n = ids.length;
  const counts = new Float64Array(n * horizon * R);
  const windows = (options.windows ?? []).map(({ fromDay, toDay }) => ({ fromDay, toDay }));
  const W = windows.length;
  // windowsOf[day]: the windows that hold the day; peakNow[i * W + w]: the run's peak so far (-1: none yet).
  const windowsOf = Array.from({ length: horizon }, (_, day) =>
    windows.flatMap((w, i) => (w.fromDay <= day && day <= w.toDay ? [i] : [])),
  );
  const peakNow = new Int32Array(n * W);
  const peakCounts = new Float64Array(n * W * R);
  const rules = new Map<string, RuleCount & { last: number }>();
  let runs = 0;
  let days = 0;
  const count = (field: string | undefined) => {
    if (field === undefined) return;
    let rule = rules.get(field);
    if (!rule) {
      rule = { fired: 0, runs: 0, last: -1 };
      rules.set(field, rule);
    }
    rule.fired += 1;
    if (rule.last !== runs) {
      rule.last = runs;
      rule.runs += 1;
    }
  };
  return {
    startRun() {
      runs += 1;
      peakNow.fill(-1);
    },
    redLine(actor, line) {
      count(`${ids[actor]}.redLines[${line}]`);
    },
    decision(decision) {
      count(decidingField(model, decision));
    },
    rungs(day, rungs) {
      if (day >= days) days = day + 1;
      for (let i = 0; i < n; i++) counts[(i * horizon + day) * R + rungs[i]!]! += 1;
      if (W === 0) return;
      for (const w of windowsOf[day]!) {
        for (let i = 0; i < n; i++) {
          if (rungs[i]! > peakNow[i * W + w]!) peakNow[i * W + w] = rungs[i]!;
        }
      }
    },
    endRun() {
      for (let k = 0; k < n * W; k++) {
        if (peakNow[k]! >= 0) peakCounts[k * R + peakNow[k]!]! += 1;
      }
    },
    profile() {
      const rungDays = Object.fromEntries(
        ids.map((id, i) => [
          id,
          Array.from({ length: days }, (_, day) =>
            Array.from(counts.subarray((i * horizon + day) * R, (i * horizon + day + 1) * R)),
          ),
        ]),
      );
      const fields = [...rules.keys()].sort();
      const peaks =
        W === 0
          ? undefined
          : {
              windows: windows.map((w) => ({ ...w })),
              counts: Object.fromEntries(
                ids.map((id, i) => [
                  id,
                  windows.map((_, w) =>
                    Array.from(peakCounts.subarray((i * W + w) * R, (i * W + w + 1) * R)),
                  ),
                ]),
              ),
            };
      return {
        runs,
        rungDays,
        rules: Object.fromEntries(
          fields.map((field) => {
            const { fired, runs } = rules.get(field)!;
            return [field, { fired, runs }];
          }),
        ),
        ...(peaks ? { peaks } : {}),
      };
    },
  };
}
