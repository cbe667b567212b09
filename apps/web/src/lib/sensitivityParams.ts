import {
  formatIssue,
  type Pack,
  parseSweepParam,
  type SweepParam,
  ValidationError,
} from '@brink/core';
import { type ParamsContext, type Read, readRunsAndSeed, readScenarioId } from './batchParams';

/** A sensitivity study as its address holds it. */
export interface SensitivityState {
  scenario: string;
  /** The swept field and its values, as `brink sweep --param` reads them. */
  param: SweepParam;
  /** The values as written: `0:2:0.25`, `indirect:war`, `0.2,0.5`. */
  values: string;
  /** Runs per point. */
  runs: number;
  seed: number;
  /** The outcome the tornado chart measures. */
  outcome: string;
  /** Whether the tornado chart was asked for (`tornado=1`), so a reload or a link draws it too. */
  tornado: boolean;
  /**
   * How far the tornado moves each field (`swing=`): to half and one and a half times its value
   * (`fraction`, the default), or to the low and high ends of its range in the pack (`range`).
   */
  swing: TornadoSwing;
}

/** The two swings a tornado offers: ± half the value, or the ends of the field's range. */
export const TORNADO_SWINGS = ['fraction', 'range'] as const;
export type TornadoSwing = (typeof TORNADO_SWINGS)[number];

export const DEFAULT_POINT_RUNS = 100;
export const DEFAULT_VALUES = '0:3:0.25';
export const MAX_POINT_RUNS = 10_000;
/** Points a curve may have: each is a batch. */
export const MAX_POINTS = 25;

/**
 * Reads `/sensitivity?scenario=…&param=ACTOR.FIELD&values=…&runs=…&seed=…&outcome=…`; the
 * parameter and values are checked as `brink sweep --param PATH=VALUES` checks them.
 */
export function readSensitivityParams(
  query: URLSearchParams,
  context: ParamsContext & { pack: Pack },
): Read<SensitivityState> {
  const problems: string[] = [];
  const scenario = readScenarioId(
    'scenario',
    query.get('scenario'),
    context,
    context.scenarioIds[0] ?? null,
  );
  if ('problem' in scenario) problems.push(scenario.problem);
  const path = query.get('param') ?? `${context.pack.actors[0]?.id}.params.riskAversion`;
  const values = query.get('values') ?? DEFAULT_VALUES;
  let param: SweepParam | null = null;
  try {
    // Each point is a batch: the page's own limit, checked (and worded) where core checks its own.
    param = parseSweepParam(`${path}=${values}`, context.pack, { maxValues: MAX_POINTS });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...error.issues.map((issue) => `The parameter: ${formatIssue(issue)}`));
  }
  const { runs, seed } = readRunsAndSeed(query, problems, DEFAULT_POINT_RUNS, MAX_POINT_RUNS);
  const outcomeIds = context.pack.outcomes.map((outcome) => outcome.id);
  const outcome = query.get('outcome') || outcomeIds[0] || '';
  if (!outcomeIds.includes(outcome)) {
    problems.push(`There is no outcome "${outcome}"; the outcomes are ${outcomeIds.join(', ')}.`);
  }
  const tornado = query.get('tornado') ?? '';
  if (tornado !== '' && tornado !== '1') {
    problems.push(`tornado=1 asks for the tornado chart; "${tornado}" means nothing.`);
  }
  const swing = query.get('swing') || 'fraction';
  if (!(TORNADO_SWINGS as readonly string[]).includes(swing)) {
    problems.push(
      `swing=range moves each field across its range and swing=fraction to half and one and a half times it; "${swing}" means nothing.`,
    );
  }
  if (problems.length > 0 || 'problem' in scenario || !param) return { ok: false, problems };
  return {
    ok: true,
    state: {
      scenario: scenario.id,
      param,
      values,
      runs,
      seed,
      outcome,
      tornado: tornado === '1',
      swing: swing as TornadoSwing,
    },
  };
}

/** The address of a sensitivity study; without `tornado`, that of its curve alone. */
export function sensitivityHref(
  state: Omit<SensitivityState, 'param' | 'tornado' | 'swing'> & {
    path: string;
    tornado?: boolean;
    swing?: TornadoSwing;
  },
): string {
  const query = new URLSearchParams({
    scenario: state.scenario,
    param: state.path,
    values: state.values,
    runs: String(state.runs),
    seed: String(state.seed),
    outcome: state.outcome,
  });
  if (state.tornado) query.set('tornado', '1');
  if (state.tornado && state.swing === 'range') query.set('swing', 'range');
  return `/sensitivity?${query.toString()}`;
}
