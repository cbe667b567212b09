import { type Pack, type Scenario, scenarioSummary, type Trace } from '@brink/core';
import type { Palette } from './palette.js';
import { joinWrapped, wrap } from './text.js';

/**
 * The lines that open a single run's story: the title, then what makes it reproducible (scenario,
 * seed, days, pack, engine, scenario hash), then the scenario's summary.
 */
export function renderRunHeader(
  trace: Trace,
  pack: Pack,
  scenario: Scenario,
  options: { color: Palette; width: number },
): string[] {
  const { color } = options;
  const facts = [
    scenario.id,
    `seed ${trace.seed}`,
    `${trace.horizon} days`,
    `pack ${pack.id} ${pack.version}`,
    `engine ${trace.engineVersion}`,
    `scenario hash ${trace.scenarioHash.slice(0, 12)}`,
  ];
  return [
    color.bold(scenario.title),
    ...joinWrapped(facts, ' · ', options.width).map((line) => color.dim(line)),
    ...wrap(scenarioSummary(scenario), options.width).map((line) => color.dim(line)),
  ];
}
