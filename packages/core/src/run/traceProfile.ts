import { RUNGS } from '../schema/rungs.js';
import type { Pack } from '../schema/types.js';

/** How often one rule decided: rung changes and red lines it was the deciding field of. */
export interface RuleCount {
  /** Decisions and red-line crossings it decided, over all runs. */
  fired: number;
  /** Runs in which it decided at least once. */
  runs: number;
}

/** A span of a run's days, both ends inclusive (day 0 is the run's first day). */
export interface DayWindow {
  fromDay: number;
  toDay: number;
}

/**
 * Each run's peak in each of a few windows of days: the highest rung each actor stood at on any
 * day of the window, counted over runs. Recorded when the profile recorder is given windows.
 */
export interface WindowPeaks {
  /** The windows, in the order the counts follow. */
  windows: DayWindow[];
  /**
   * counts[actor][window][rungIndex]: runs whose highest rung over the window's days was that
   * rung. A run that ends before a window starts is not counted in it.
   */
  counts: Record<string, number[][]>;
}

/**
 * A mergeable profile of a batch's runs, for what their records do not keep: how many runs had
 * each actor at each rung on each day (fan charts), and which rules decided the moves. Recorded
 * from every run by `createProfileRecorder`; shards merge with `mergeProfiles`.
 */
export interface TraceProfile {
  runs: number;
  /** rungDays[actor][day][rungIndex]: runs in which the actor stood at that rung on that day. */
  rungDays: Record<string, number[][]>;
  /**
   * By deciding field, as decisions name it (`actor.ceiling`, `actor.params.reactivity`,
   * `actor.redLines[0]`): the first field of each decision's and red line's provenance.
   */
  rules: Record<string, RuleCount>;
  /** Each run's peak rung per window of days, when the recorder was given windows. */
  peaks?: WindowPeaks;
}

/** A profile of no runs, for the pack's actors. */
export function emptyProfile(pack: Pack): TraceProfile {
  return {
    runs: 0,
    rungDays: Object.fromEntries(pack.actors.map((actor) => [actor.id, []])),
    rules: {},
  };
}

/** Two profiles as one; associative and commutative, so any sharding gives the same result. */
export function mergeProfiles(a: TraceProfile, b: TraceProfile): TraceProfile {
  const actors = [...new Set([...Object.keys(a.rungDays), ...Object.keys(b.rungDays)])];
  const rungDays = Object.fromEntries(
    actors.map((id) => {
      const x = a.rungDays[id] ?? [];
      const y = b.rungDays[id] ?? [];
      const days = Array.from({ length: Math.max(x.length, y.length) }, (_, d) =>
        RUNGS.map((_, r) => (x[d]?.[r] ?? 0) + (y[d]?.[r] ?? 0)),
      );
      return [id, days];
    }),
  );
  const fields = [...new Set([...Object.keys(a.rules), ...Object.keys(b.rules)])].sort();
  const rules = Object.fromEntries(
    fields.map((field) => [
      field,
      {
        fired: (a.rules[field]?.fired ?? 0) + (b.rules[field]?.fired ?? 0),
        runs: (a.rules[field]?.runs ?? 0) + (b.rules[field]?.runs ?? 0),
      },
    ]),
  );
  const peaks = mergePeaks(a, b);
  return { runs: a.runs + b.runs, rungDays, rules, ...(peaks ? { peaks } : {}) };
}

/**
 * The window peaks of two merged profiles: their sum when both have them (over the same windows,
 * else a `RangeError`), those of the one that has them when the other has no runs, otherwise none
 * (peaks that miss some runs would mislead).
 */
function mergePeaks(a: TraceProfile, b: TraceProfile): WindowPeaks | undefined {
  if (!a.peaks || !b.peaks) {
    if (b.runs === 0) return a.peaks;
    if (a.runs === 0) return b.peaks;
    return undefined;
  }
  const x = a.peaks;
  const y = b.peaks;
  const same =
    x.windows.length === y.windows.length &&
    x.windows.every(
      (w, i) => w.fromDay === y.windows[i]!.fromDay && w.toDay === y.windows[i]!.toDay,
    );
  if (!same) throw new RangeError('cannot merge profiles whose peaks are over different windows');
  const actors = [...new Set([...Object.keys(x.counts), ...Object.keys(y.counts)])];
  const counts = Object.fromEntries(
    actors.map((id) => [
      id,
      x.windows.map((_, w) =>
        RUNGS.map((_, r) => (x.counts[id]?.[w]?.[r] ?? 0) + (y.counts[id]?.[w]?.[r] ?? 0)),
      ),
    ]),
  );
  return { windows: x.windows.map(({ fromDay, toDay }) => ({ fromDay, toDay })), counts };
}

/**
 * The rung index at quantile `q` (0..1) of a histogram over rung indices: the lowest rung at
 * or below which at least `q` of the counted runs stood. Null when it counts none.
 *
 * @example
 * rungQuantile([2, 0, 6, 2, 0, 0, 0], 0.5); // 2
 */
export function rungQuantile(histogram: readonly number[], q: number): number | null {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const target = Math.max(1, Math.ceil(q * total - 1e-9));
  let seen = 0;
  for (let r = 0; r < histogram.length; r++) {
    seen += histogram[r]!;
    if (seen >= target) return r;
  }
  return histogram.length - 1;
}
