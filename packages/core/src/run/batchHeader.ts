import type { Pack, Scenario, Summary } from '../schema/types.js';
import { ENGINE_VERSION } from '../schema/version.js';
import { compileModel } from './compileModel.js';

/** What every batch output records about its inputs (DESIGN §6). */
export type BatchHeader = Omit<Summary, 'sampling' | 'runs' | 'actors' | 'outcomes'>;

/** The header of a batch of `scenario` on `pack` with `seed`; validates the scenario against the pack. */
export function batchHeader(pack: Pack, scenario: Scenario, seed: number): BatchHeader {
  const model = compileModel(pack, scenario);
  return {
    scenario: scenario.id,
    scenarioHash: model.scenarioHash,
    pack: pack.id,
    packVersion: pack.version,
    sourceHash: model.sourceHash,
    engineVersion: ENGINE_VERSION,
    seed,
    horizon: scenario.horizon,
  };
}
