import type { RuleCount, TraceProfile } from './traceProfile.js';

/** A deciding field of a profile with how often it decided. */
export interface FiredField extends RuleCount {
  /** As decisions name it: `ACTOR.ceiling`, `ACTOR.params.reactivity`, `ACTOR.redLines[0]`. */
  field: string;
}

/**
 * The `limit` deciding fields of a profile that decided most rung changes and red-line
 * crossings: most first, ties by field name, so the order is the same however the batch was
 * sharded.
 */
export function rulesFiredMost(profile: TraceProfile, limit: number): FiredField[] {
  return Object.entries(profile.rules)
    .map(([field, count]) => ({ field, fired: count.fired, runs: count.runs }))
    .sort((a, b) => b.fired - a.fired || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0))
    .slice(0, Math.max(0, limit));
}
