import type { Rung } from '../schema/rungs.js';
import type { Pack, Trace } from '../schema/types.js';
import { combineObservers } from './combineObservers.js';
import { createOutcomeTracker } from './createOutcomeTracker.js';
import { createRecordRecorder } from './createRecordRecorder.js';
import { replayTrace } from './replayTrace.js';

/** One run of a batch as a flat record: what a batch file stores per run. */
export interface RunRecord {
  run: number;
  /** Per actor, the highest rung it stood at. */
  highest: Record<string, Rung>;
  /** Per actor, the first day it stood at each rung or higher (rungs it never reached are absent). */
  firstDay: Record<string, Partial<Record<Rung, number>>>;
  /** Per pack outcome, whether it held. */
  outcomes: Record<string, boolean>;
  /** Attacks made during the run, scripted ones included. */
  attacks: number;
  /**
   * The parameter values the run drew, by field name (`ACTOR.params.solidarity`), in a sampled
   * batch or a designed experiment; absent in a fixed batch.
   */
  parameters?: Record<string, number>;
}

/** The flat record of one run's trace: the trace replayed into a record recorder. */
export function toRunRecord(trace: Trace, pack: Pack): RunRecord {
  const ids = pack.actors.map((actor) => actor.id);
  const outcomes = createOutcomeTracker(pack.outcomes, ids);
  const records = createRecordRecorder(ids, outcomes);
  replayTrace(trace, ids, combineObservers(records, outcomes));
  return records.record();
}
