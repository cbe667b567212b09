import { formatCount } from './formatCount.js';
import type { Scenario } from './types.js';

/**
 * A scenario's summary as shown under its title: its own `summary` (trimmed), or, for a scenario
 * written without one, a line from what it does, e.g. `90 days on the PACK pack; ACTOR's
 * posture changed; 2 scripted injects.`
 */
export function scenarioSummary(
  scenario: Pick<Scenario, 'summary' | 'horizon' | 'pack' | 'overrides' | 'injects'>,
): string {
  const own = scenario.summary?.trim();
  if (own) return own;
  const changed = Object.keys(scenario.overrides);
  const postures =
    changed.length === 0
      ? 'postures as in the pack'
      : `${changed.map((id) => `${id}'s`).join(', ')} ${changed.length === 1 ? 'posture' : 'postures'} changed`;
  return `${formatCount(scenario.horizon, 'day')} on the ${scenario.pack} pack; ${postures}; ${formatCount(scenario.injects.length, 'scripted inject')}.`;
}
