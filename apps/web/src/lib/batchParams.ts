import type { BatchState } from './batchHref';
import { MAX_RUNS } from './runBatch';
import { DEFAULT_SEED, MAX_SEED } from './runParams';

export { type BatchState, batchHref } from './batchHref';

export const DEFAULT_RUNS = 1000;

export interface ParamsContext {
  scenarioIds: readonly string[];
  /** The nearest known id to a mistyped one, if any. */
  nearest?: (id: string, ids: readonly string[]) => string | undefined;
}

/** What an address asks for, or the problems that keep it from being run. */
export type Read<T> = { ok: true; state: T } | { ok: false; problems: string[] };

const WHOLE = /^\d+$/;

/** A whole number in a query value, the fallback when absent, null when malformed or out of range. */
export function readWhole(
  text: string | null,
  fallback: number,
  min: number,
  max: number,
): number | null {
  if (text === null || text === '') return fallback;
  if (!WHOLE.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** A built-in scenario id from a query value, or the problem with it. */
export function readScenarioId(
  name: string,
  text: string | null,
  context: ParamsContext,
  fallback: string | null,
): { id: string } | { problem: string } {
  const id = text ?? fallback;
  if (id === null || id === '') return { problem: `Say which scenario to run (${name}=baseline).` };
  if (context.scenarioIds.includes(id)) return { id };
  const nearest = context.nearest?.(id, context.scenarioIds);
  return {
    problem: `There is no built-in scenario "${id}"${nearest ? ` — did you mean "${nearest}"?` : ''}; the scenarios are ${context.scenarioIds.join(', ')}.`,
  };
}

/** Reads the runs and seed of a batch address, adding a problem for each that is wrong. */
export function readRunsAndSeed(
  query: URLSearchParams,
  problems: string[],
  defaultRuns = DEFAULT_RUNS,
  maxRuns = MAX_RUNS,
): { runs: number; seed: number } {
  const runs = readWhole(query.get('runs'), defaultRuns, 1, maxRuns);
  if (runs === null) {
    problems.push(
      `The number of runs must be a whole number from 1 to ${maxRuns.toLocaleString('en')}, not "${query.get('runs')}".`,
    );
  }
  const seed = readWhole(query.get('seed'), DEFAULT_SEED, 0, MAX_SEED);
  if (seed === null) {
    problems.push(
      `The seed must be a whole number from 0 to ${MAX_SEED}, not "${query.get('seed')}".`,
    );
  }
  return { runs: runs ?? defaultRuns, seed: seed ?? DEFAULT_SEED };
}

/**
 * Reads `/batch?scenario=…&runs=…&seed=…&edit=…`: missing values take their defaults
 * (baseline's place: the first scenario; 1,000 runs; seed 42), wrong ones are named problems.
 */
export function readBatchParams(query: URLSearchParams, context: ParamsContext): Read<BatchState> {
  const problems: string[] = [];
  const scenario = readScenarioId(
    'scenario',
    query.get('scenario'),
    context,
    context.scenarioIds[0] ?? null,
  );
  if ('problem' in scenario) problems.push(scenario.problem);
  const { runs, seed } = readRunsAndSeed(query, problems);
  const sampling = query.get('sampling') ?? 'fixed';
  if (sampling !== 'fixed' && sampling !== 'sampled') {
    problems.push(`The sampling must be "fixed" or "sampled", not "${sampling}".`);
  }
  if (problems.length > 0 || 'problem' in scenario) return { ok: false, problems };
  return {
    ok: true,
    state: {
      scenario: scenario.id,
      runs,
      seed,
      edit: query.get('edit') || null,
      ...(sampling === 'sampled' ? { sampling } : {}),
    },
  };
}
