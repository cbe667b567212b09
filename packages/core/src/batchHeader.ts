import { compileWorld } from './compileWorld.js';
import type { Pack, Scenario, Summary } from './types.js';
import { ENGINE_VERSION } from './version.js';

/** What every batch output records about its inputs (DESIGN §6). */
export type BatchHeader = Omit<Summary, 'runs' | 'actors' | 'outcomes'>;

/** The header of a batch of `scenario` on `pack` with `seed`; validates the scenario against the pack. */
export function batchHeader(pack: Pack, scenario: Scenario, seed: number): BatchHeader {
  const world = compileWorld(pack, scenario);
  return {
    scenario: scenario.id,
    scenarioHash: world.scenarioHash,
    pack: pack.id,
    packVersion: pack.version,
    sourceHash: world.sourceHash,
    engineVersion: ENGINE_VERSION,
    seed,
    horizon: scenario.horizon,
  };
}
