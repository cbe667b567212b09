import {
  EXPLORE_METHODS,
  type ExploreMethod,
  exploreSampling,
  type Pack,
  type Sampling,
  type Scenario,
  uncertainParameters,
  ValidationError,
} from '@brink/core';
import { type ParamsContext, readScenarioId, readWhole } from './batchParams';
import { MAX_RUNS } from './runBatch';
import { DEFAULT_SEED, MAX_SEED } from './runParams';

/** An exploration as its address holds it: a link to it gives the same design, runs and result. */
export interface ExploreState {
  scenario: string;
  method: ExploreMethod;
  /** A pack outcome id. */
  outcome: string;
  /** The run budget, as `brink explore --runs` reads it: Sobol uses N·(k + 2) of it, Morris r·(k + 1), PRIM all. */
  runs: number;
  seed: number;
}

/** The fields of the Explore form, which a problem is shown beside. */
export type ExploreField = keyof ExploreState;

/** What is wrong with one field of an exploration, in a sentence. */
export interface FieldProblem {
  field: ExploreField;
  message: string;
}

/** The run budget when the address gives none: `brink explore`'s default. */
export const DEFAULT_EXPLORE_RUNS = 4000;
/** The outcome explored when the address names none, if the pack has it. */
const DEFAULT_OUTCOME = 'hezbollah-near-daily-fire';

/**
 * Reads `/explore?scenario=…&method=sobol|morris|prim&outcome=…&runs=…&seed=…`. Always gives the
 * settings to show in the form (a wrong value is replaced by its default there) and, beside them,
 * the problems of the address, each naming its field: nothing runs until there are none.
 */
export function readExploreParams(
  query: URLSearchParams,
  context: ParamsContext & { pack: Pack },
): { state: ExploreState; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fallbackScenario = context.scenarioIds[0] ?? '';
  const scenario = readScenarioId('scenario', query.get('scenario'), context, fallbackScenario);
  if ('problem' in scenario) problems.push({ field: 'scenario', message: scenario.problem });
  const methodText = query.get('method') || 'sobol';
  const method = (EXPLORE_METHODS as readonly string[]).includes(methodText)
    ? (methodText as ExploreMethod)
    : null;
  if (!method) {
    problems.push({
      field: 'method',
      message: `There is no method "${methodText}"; the methods are ${EXPLORE_METHODS.join(', ')}.`,
    });
  }
  const ids = context.pack.outcomes.map((outcome) => outcome.id);
  const fallbackOutcome = ids.includes(DEFAULT_OUTCOME) ? DEFAULT_OUTCOME : (ids[0] ?? '');
  const outcome = query.get('outcome') || fallbackOutcome;
  if (!ids.includes(outcome)) {
    const nearest = context.nearest?.(outcome, ids);
    problems.push({
      field: 'outcome',
      message: `Pack "${context.pack.id}" has no outcome "${outcome}"${nearest ? ` — did you mean "${nearest}"?` : ''}; its outcomes are ${ids.join(', ')}.`,
    });
  }
  const runs = readWhole(query.get('runs'), DEFAULT_EXPLORE_RUNS, 1, MAX_RUNS);
  if (runs === null) {
    problems.push({
      field: 'runs',
      message: `The number of runs must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en')}, not "${query.get('runs')}".`,
    });
  }
  const seed = readWhole(query.get('seed'), DEFAULT_SEED, 0, MAX_SEED);
  if (seed === null) {
    problems.push({
      field: 'seed',
      message: `The seed must be a whole number from 0 to ${MAX_SEED}, not "${query.get('seed')}".`,
    });
  }
  return {
    state: {
      scenario: 'id' in scenario ? scenario.id : fallbackScenario,
      method: method ?? 'sobol',
      outcome: ids.includes(outcome) ? outcome : fallbackOutcome,
      runs: runs ?? DEFAULT_EXPLORE_RUNS,
      seed: seed ?? DEFAULT_SEED,
    },
    problems,
  };
}

/** The address of an exploration. */
export function exploreHref(state: ExploreState): string {
  const query = new URLSearchParams({
    scenario: state.scenario,
    method: state.method,
    outcome: state.outcome,
    runs: String(state.runs),
    seed: String(state.seed),
  });
  return `/explore?${query.toString()}`;
}

/**
 * Core's check of an exploration (`exploreSampling`: the outcome exists, the scenario leaves
 * ranged fields free, the budget buys a design), as the sampling to run and the runs it makes,
 * or the problems, each beside its field.
 */
export function checkExplore(
  pack: Pack,
  scenario: Scenario,
  state: ExploreState,
): { ok: true; sampling: Sampling; runs: number } | { ok: false; problems: FieldProblem[] } {
  try {
    const sampling = exploreSampling(pack, scenario, state);
    return { ok: true, sampling, runs: designRuns(sampling, state.runs, pack, scenario) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      ok: false,
      problems: error.issues.map((issue) => {
        const first = issue.path[0];
        const field: ExploreField =
          first === 'outcome' || first === 'runs' ? first : ('scenario' as const);
        return { field, message: `${capitalise(issue.message)}.` };
      }),
    };
  }
}

/** How many runs a sampling makes: the whole design (N·(k + 2), r·(k + 1)), or the budget. */
function designRuns(sampling: Sampling, budget: number, pack: Pack, scenario: Scenario): number {
  if (typeof sampling === 'string') return budget;
  const k = uncertainParameters(pack, scenario).length;
  return sampling.method === 'sobol'
    ? sampling.baseSamples * (k + 2)
    : sampling.trajectories * (k + 1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
