import { createHash, type Hash } from 'node:crypto';
import {
  emptyProfile,
  mergeProfiles,
  type Pack,
  runShard,
  type Scenario,
  sha256Hex,
  simulate,
  toRunRecord,
  traceDigest,
} from '@brink/core';

/**
 * What the golden test pins for one (scenario, seed, runs): each run's trajectory digest
 * (`traceDigest`), and SHA-256 digests of every run's full `Trace` JSON (explanations
 * included), of every run's `RunRecord` JSON as `simulate` + `toRunRecord` give it and as
 * `runShard` gives it, of the shard's aggregate and of the trace profile over all runs.
 */
export interface Golden {
  scenario: string;
  seed: number;
  runs: number;
  /** Per run, its `traceDigest` (only kept for the main seed; the others keep `traceDigests`). */
  digests?: string[];
  /** SHA-256 of the runs' trace digests, one a line. */
  traceDigests: string;
  /** SHA-256 of the runs' `Trace` JSON, one a line. */
  traces: string;
  /** SHA-256 of `toRunRecord(trace)` JSON, one a line. */
  records: string;
  /** SHA-256 of `runShard`'s records JSON, one a line. */
  shardRecords: string;
  /** SHA-256 of `runShard`'s aggregate JSON. */
  aggregate: string;
  /**
   * SHA-256 of the trace profile over all runs (`runShard`'s), as JSON, its rules in field order.
   * Captured before the kernel from the runs' traces (the deciding field of each decision and
   * red line, as its explanation names it first).
   */
  profile: string;
}

/**
 * SHA-256 of lines of text, one a line, fed as they come: a run's trace is megabytes of JSON, so
 * the lines are neither kept nor joined (Node's SHA-256, the digest core's `sha256Hex` gives).
 */
class Lines {
  private readonly hash: Hash = createHash('sha256');
  private first = true;
  add(line: string): void {
    if (!this.first) this.hash.update('\n');
    this.hash.update(line, 'utf8');
    this.first = false;
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}
const lines = (items: readonly unknown[]) => {
  const all = new Lines();
  for (const item of items) all.add(typeof item === 'string' ? item : JSON.stringify(item));
  return all.digest();
};

/** The golden digests of `runs` runs of one scenario seeded with `seed`. */
export function goldenOf(
  pack: Pack,
  scenario: Scenario,
  seed: number,
  runs: number,
  keepDigests: boolean,
): Golden {
  const digests: string[] = [];
  const traces = new Lines();
  const records = new Lines();
  for (let run = 0; run < runs; run++) {
    const trace = simulate(pack, scenario, { seed, run });
    digests.push(traceDigest(trace, pack));
    traces.add(JSON.stringify(trace));
    records.add(JSON.stringify(toRunRecord(trace, pack)));
  }
  const shard = runShard(pack, scenario, { seed, from: 0, to: runs });
  return {
    scenario: scenario.id,
    seed,
    runs,
    ...(keepDigests ? { digests } : {}),
    traceDigests: lines(digests),
    traces: traces.digest(),
    records: records.digest(),
    shardRecords: lines(shard.records),
    aggregate: sha256Hex(JSON.stringify(shard.aggregate)),
    profile: sha256Hex(JSON.stringify(mergeProfiles(emptyProfile(pack), shard.profile))),
  };
}

/** The main seed, run RUNS times per scenario; each other seed, OTHER_RUNS times. */
export const SEED = 2023;
export const RUNS = 200;
export const OTHER_SEEDS = [1, 42, 987_654_321] as const;
export const OTHER_RUNS = 50;
