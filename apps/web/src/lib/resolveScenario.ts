import type { Pack, Scenario } from '@brink/core';
import { formatIssue } from '@brink/core';
import { checkScenarioInput, decodeEdit, mergeEdit } from './scenarioEdit';

/** A built-in scenario, possibly with the runner's edits laid over it, ready to run. */
export type ResolvedScenario =
  | { ok: true; scenario: Scenario; base: Scenario; edited: boolean }
  | { ok: false; base: Scenario; problems: string[] };

/**
 * The scenario an address names: the built-in one, or, with an `edit` (as the runner's editor
 * puts in its links), that scenario with the edit merged and validated against the pack.
 */
export function resolveScenario(base: Scenario, edit: string | null, pack: Pack): ResolvedScenario {
  if (!edit) return { ok: true, scenario: base, base, edited: false };
  const decoded = decodeEdit(edit);
  if ('error' in decoded)
    return { ok: false, base, problems: [`In the address, ${decoded.error}.`] };
  const checked = checkScenarioInput(mergeEdit(base, decoded.edit), pack);
  if (!checked.ok) {
    return {
      ok: false,
      base,
      problems: checked.issues.map((issue) => `The edited scenario: ${formatIssue(issue)}`),
    };
  }
  return { ok: true, scenario: checked.scenario, base, edited: true };
}
