import { parseScenario, type Scenario } from '@brink/core';
import { axisPack } from './axisPack.js';
import { SCENARIO_YAML } from './generated/content.js';

/** The built-in scenarios, by id, each validated against the `axis-2023` pack when loaded. */
export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(
  Object.entries(SCENARIO_YAML).map(([id, text]) => {
    const scenario = parseScenario(text, { pack: axisPack });
    if (scenario.id !== id) throw new Error(`scenarios/${id}.yaml declares id "${scenario.id}"`);
    return [id, scenario];
  }),
);

/** The YAML text of a built-in scenario, as shipped. */
export function scenarioSource(id: string): string | undefined {
  return SCENARIO_YAML[id];
}

/**
 * The built-in scenario with this id. Throws an error naming the known ids, and the nearest one
 * when the id looks like a typo.
 */
export function getScenario(id: string): Scenario {
  const scenario = scenarios[id];
  if (scenario) return scenario;
  const ids = Object.keys(scenarios);
  const nearest = nearestId(id, ids);
  throw new Error(
    `unknown scenario "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; built-in: ${ids.join(', ')}`,
  );
}

/** The id closest to `id` by edit distance, if it is close enough to be a typo. */
export function nearestId(id: string, ids: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of ids) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
