import { MAX_SEED } from '@brink/core';

/** The chart shown beside the timeline. */
export const VIEWS = ['ladder', 'network', 'machine'] as const;
export type View = (typeof VIEWS)[number];

/** The panel on the right: the why panel or the scenario editor. */
export const PANELS = ['why', 'edit'] as const;
export type Panel = (typeof PANELS)[number];

/** Everything that defines what the runner shows; all of it lives in the URL. */
export interface RunState {
  scenario: string;
  seed: number;
  day: number;
  actor: string;
  view: View;
  panel: Panel;
  /** The edits to the scenario, encoded by `encodeEdit`; null for the scenario as built in. */
  edit: string | null;
}

export const DEFAULT_SEED = 42;
/** Core's one seed domain, 0 to 2^53 − 1: the CLI's too, so any CLI batch replays here. */
export { MAX_SEED };

export interface RunParamsContext {
  scenarioIds: readonly string[];
  actorIds: readonly string[];
  /** The nearest known id to a mistyped one, if any. */
  nearest?: (id: string, ids: readonly string[]) => string | undefined;
}

/** The state a URL asks for, or the problems that keep it from being shown. */
export type ReadRunParams =
  | { ok: true; state: RunState }
  | { ok: false; problems: string[]; scenario: string | null };

const WHOLE = /^\d+$/;

/**
 * Reads the runner's state from its URL query. Missing values take their defaults (the first
 * scenario, seed 42, day 0, the first actor); values that are present but wrong are problems,
 * each named so the page can say what to fix.
 */
export function readRunParams(query: URLSearchParams, context: RunParamsContext): ReadRunParams {
  const problems: string[] = [];
  const { scenarioIds, actorIds } = context;

  const scenario = query.get('scenario') ?? scenarioIds[0] ?? '';
  if (!scenarioIds.includes(scenario)) {
    const nearest = context.nearest?.(scenario, scenarioIds);
    problems.push(
      `There is no built-in scenario "${scenario}"${nearest ? ` — did you mean "${nearest}"?` : '.'}`,
    );
  }

  const seed = wholeNumber(query.get('seed'), DEFAULT_SEED);
  if (seed === null || seed > MAX_SEED) {
    problems.push(
      `The seed must be a whole number from 0 to ${MAX_SEED}, not "${query.get('seed')}".`,
    );
  }

  const day = wholeNumber(query.get('day'), 0);
  if (day === null)
    problems.push(`The day must be a whole number from 0, not "${query.get('day')}".`);

  const actor = query.get('actor') ?? actorIds[0] ?? '';
  if (!actorIds.includes(actor)) {
    problems.push(`There is no actor "${actor}"; the actors are ${actorIds.join(', ')}.`);
  }

  const view = oneOf(query.get('view'), VIEWS);
  if (view === null)
    problems.push(`There is no view "${query.get('view')}"; try ${VIEWS.join(', ')}.`);
  const panel = oneOf(query.get('panel'), PANELS);
  if (panel === null)
    problems.push(`There is no panel "${query.get('panel')}"; try ${PANELS.join(', ')}.`);

  if (problems.length > 0 || seed === null || day === null || view === null || panel === null) {
    return { ok: false, problems, scenario: scenarioIds.includes(scenario) ? scenario : null };
  }
  return {
    ok: true,
    state: { scenario, seed, day, actor, view, panel, edit: query.get('edit') || null },
  };
}

/** The query string of a state, leaving out the values that are defaults. */
export function runQuery(state: RunState): string {
  const query = new URLSearchParams();
  query.set('scenario', state.scenario);
  query.set('seed', String(state.seed));
  if (state.day !== 0) query.set('day', String(state.day));
  query.set('actor', state.actor);
  if (state.view !== 'ladder') query.set('view', state.view);
  if (state.panel !== 'why') query.set('panel', state.panel);
  if (state.edit) query.set('edit', state.edit);
  return query.toString();
}

/** The runner's address for a scenario, with optional further state. */
export function runHref(scenario: string, rest: Partial<Omit<RunState, 'scenario'>> = {}): string {
  const query = new URLSearchParams({ scenario, seed: String(rest.seed ?? DEFAULT_SEED) });
  if (rest.day) query.set('day', String(rest.day));
  if (rest.actor) query.set('actor', rest.actor);
  if (rest.view && rest.view !== 'ladder') query.set('view', rest.view);
  if (rest.panel && rest.panel !== 'why') query.set('panel', rest.panel);
  if (rest.edit) query.set('edit', rest.edit);
  return `/run?${query.toString()}`;
}

function wholeNumber(text: string | null, fallback: number): number | null {
  if (text === null || text === '') return fallback;
  return WHOLE.test(text) ? Number(text) : null;
}

function oneOf<T extends string>(text: string | null, values: readonly T[]): T | null {
  if (text === null || text === '') return values[0]!;
  return (values as readonly string[]).includes(text) ? (text as T) : null;
}
