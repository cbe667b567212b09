import type { Scenario } from '@brink/core';
import { lookupId } from '@brink/core/lookupId';
import { nearestId } from '@brink/core/nearestId';
import { SCENARIO_YAML, SCENARIOS } from './generated/content.js';

/**
 * The built-in scenarios, by id, each checked by core's `parseScenario` against the `axis-2023`
 * pack when the package was built.
 */
export const scenarios: Readonly<Record<string, Scenario>> = SCENARIOS;

/** The YAML text of a built-in scenario, as shipped. */
export function scenarioSource(id: string): string | undefined {
  return lookupId(SCENARIO_YAML, id);
}

/**
 * The built-in scenario with this id. Throws an error naming the known ids, and the nearest one
 * when the id looks like a typo.
 */
export function getScenario(id: string): Scenario {
  const scenario = lookupId(scenarios, id);
  if (scenario) return scenario;
  const ids = Object.keys(scenarios);
  const nearest = nearestId(id, ids);
  throw new Error(
    `unknown scenario "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; built-in: ${ids.join(', ')}`,
  );
}

/** The id closest to `id` by edit distance, if it is close enough to be a typo (core's). */
export { nearestId };
