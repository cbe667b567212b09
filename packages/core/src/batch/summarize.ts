import type { BatchHeader } from '../run/batchHeader.js';
import type { Pack, Summary, Trace } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import { type Aggregate, addTrace, aggregateShares, emptyAggregate } from './aggregate.js';

/**
 * The batch summary of runs of one scenario: per actor, the share of runs reaching each rung and
 * the median first day; per pack outcome, the share of runs in which it held.
 *
 * @example
 * const traces = Array.from({ length: 500 }, (_, run) => simulate(pack, scenario, { seed: 42, run }));
 * summarize(traces, pack).outcomes['regional-war'];
 */
export function summarize(traces: readonly Trace[], pack: Pack): Summary {
  const first = traces[0];
  if (!first) throw new ValidationError('batch', [{ path: [], message: 'no runs to summarize' }]);
  const mixed = traces.findIndex(
    (trace) => trace.scenarioHash !== first.scenarioHash || trace.seed !== first.seed,
  );
  if (mixed >= 0) {
    throw new ValidationError('batch', [
      { path: [mixed], message: 'every run of a summary must share its scenario and seed' },
    ]);
  }
  const aggregate = emptyAggregate(pack);
  for (const trace of traces) addTrace(aggregate, trace, pack);
  return summaryOf(aggregate, {
    scenario: first.scenario,
    scenarioHash: first.scenarioHash,
    pack: first.pack,
    packVersion: first.packVersion,
    sourceHash: first.sourceHash,
    engineVersion: first.engineVersion,
    seed: first.seed,
    horizon: first.horizon,
  });
}

/**
 * The summary of a batch from its (merged) aggregate and its header; `sampling` says where its
 * runs took the pack's uncertain numbers from (`fixed` by default).
 */
export function summaryOf(
  aggregate: Aggregate,
  header: BatchHeader,
  sampling: Summary['sampling'] = 'fixed',
): Summary {
  const { horizon, ...rest } = header;
  return { ...rest, sampling, runs: aggregate.runs, horizon, ...aggregateShares(aggregate) };
}
