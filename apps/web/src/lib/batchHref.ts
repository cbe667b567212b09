/** A batch as its address holds it: a link to it reruns the same batch, run for run. */
export interface BatchState {
  scenario: string;
  runs: number;
  seed: number;
  /** The edits to the scenario, as the runner encodes them (`encodeEdit`); null for none. */
  edit: string | null;
  /** The pack's values (`fixed`) or draws from its ranges (`sampled`); `fixed` when absent. */
  sampling?: 'fixed' | 'sampled';
}

/** The address of a batch. */
export function batchHref(state: BatchState): string {
  const query = new URLSearchParams({
    scenario: state.scenario,
    runs: String(state.runs),
    seed: String(state.seed),
  });
  if (state.edit) query.set('edit', state.edit);
  if (state.sampling === 'sampled') query.set('sampling', 'sampled');
  return `/batch?${query.toString()}`;
}
