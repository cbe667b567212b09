import type { Pack, Trace } from '../schema/types.js';
import { createTrajectoryHash } from './createTrajectoryHash.js';
import { replayTrace } from './replayTrace.js';

/**
 * The fingerprint of a trace: its trajectory (`createTrajectoryHash`) replayed from the trace.
 * Equal to the digest a trajectory hash observing the same run in the kernel gives.
 *
 * @example
 * traceDigest(simulate(pack, scenario, { seed: 1 }), pack); // '3f2a…'
 */
export function traceDigest(trace: Trace, pack: Pack): string {
  const hash = createTrajectoryHash();
  replayTrace(
    trace,
    pack.actors.map((actor) => actor.id),
    hash,
  );
  return hash.digest();
}
