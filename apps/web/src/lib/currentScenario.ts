import { batchHref } from './batchHref';
import { runHref } from './runParams';

/** The scenario a page's address is about: its id, seed, edit and runs, where it names them. */
export interface CurrentScenario {
  scenario: string;
  seed?: number;
  edit?: string;
  runs?: number;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const WHOLE = /^\d{1,16}$/;

/**
 * The scenario named by an address's query — `scenario` (runner, batch, sensitivity), or a
 * comparison's `b` (the scenario compared with its original), else its `a` — with the seed, the
 * edit and the runs; null when it names none. Values are only carried over, never judged: the
 * page they lead to reads and checks them.
 */
export function currentScenario(query: URLSearchParams): CurrentScenario | null {
  const scenario = query.get('scenario') ?? query.get('b') ?? query.get('a');
  if (!scenario || !ID.test(scenario)) return null;
  const seed = query.get('seed');
  const runs = query.get('runs');
  const edit = query.get('edit');
  return {
    scenario,
    ...(seed && WHOLE.test(seed) ? { seed: Number(seed) } : {}),
    ...(runs && WHOLE.test(runs) ? { runs: Number(runs) } : {}),
    ...(edit ? { edit } : {}),
  };
}

/** The header's runner link for the current scenario (the baseline at seed 42 when none). */
export function runLinkFor(current: CurrentScenario | null): string {
  if (!current) return runHref('baseline');
  return runHref(current.scenario, {
    ...(current.seed !== undefined ? { seed: current.seed } : {}),
    ...(current.edit ? { edit: current.edit } : {}),
  });
}

/** The header's batch link for the current scenario: its runs, or 1,000. */
export function batchLinkFor(current: CurrentScenario | null): string {
  return batchHref({
    scenario: current?.scenario ?? 'baseline',
    runs: current?.runs ?? 1000,
    seed: current?.seed ?? 42,
    edit: current?.edit ?? null,
  });
}
