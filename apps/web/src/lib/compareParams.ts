import { type ParamsContext, type Read, readRunsAndSeed, readScenarioId } from './batchParams';

/** Two batches side by side: scenario `a`, and `b` — another scenario, or `a` edited. */
export interface CompareState {
  a: string;
  b: string;
  /** The runner's encoded edit, laid over `b`: the counterfactual. Null for `b` as built in. */
  edit: string | null;
  runs: number;
  seed: number;
}

/**
 * Reads `/compare?a=…&b=…&edit=…&runs=…&seed=…`. `b` defaults to `a`, so `a` with an `edit` is a
 * scenario against its edited counterfactual; the same scenario twice without an edit is a
 * problem, since there would be nothing to compare.
 */
export function readCompareParams(
  query: URLSearchParams,
  context: ParamsContext,
): Read<CompareState> {
  const problems: string[] = [];
  const a = readScenarioId('a', query.get('a'), context, context.scenarioIds[0] ?? null);
  if ('problem' in a) problems.push(`Scenario A: ${a.problem}`);
  const fallbackB = 'id' in a ? a.id : null;
  const b = readScenarioId('b', query.get('b'), context, fallbackB);
  if ('problem' in b) problems.push(`Scenario B: ${b.problem}`);
  const edit = query.get('edit') || null;
  const { runs, seed } = readRunsAndSeed(query, problems);
  if ('id' in a && 'id' in b && a.id === b.id && !edit) {
    problems.push(
      `Scenario A and B are both "${a.id}" and B has no edit: choose another scenario for B, or edit it in the runner and compare from there.`,
    );
  }
  if (problems.length > 0 || !('id' in a) || !('id' in b)) return { ok: false, problems };
  return { ok: true, state: { a: a.id, b: b.id, edit, runs, seed } };
}

/** The address of a comparison. */
export function compareHref(state: CompareState): string {
  const query = new URLSearchParams({
    a: state.a,
    b: state.b,
    runs: String(state.runs),
    seed: String(state.seed),
  });
  if (state.edit) query.set('edit', state.edit);
  return `/compare?${query.toString()}`;
}
