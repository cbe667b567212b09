import { createKernel, runShard } from '@brink/core';
import { describe, expect, it } from 'vitest';
import { axisPack, getScenario } from '../src/index.js';
import { AXIS_BESIDES_HAMAS, share } from './articleClaims.js';

// Coercion, deterrence before the fighting and restraint (MODEL.md), measured on the axis pack:
// statistical claims over RUNS seeded runs of the kernel.
const RUNS = 500;
const SEED = 2023;

describe('with nothing scripted (no 7 October)', () => {
  it('opens no front in at least 80% of runs: the standing postures of 2023 deter', () => {
    const baseline = getScenario('baseline');
    const quiet = { ...baseline, id: 'nothing-scripted', injects: [] };
    const kernel = createKernel(axisPack, quiet);
    const axis = new Set(AXIS_BESIDES_HAMAS.map((id) => kernel.model.byId.get(id)!));
    let opened = false;
    let quietRuns = 0;
    for (let run = 0; run < RUNS; run++) {
      opened = false;
      kernel.run(SEED, run, {
        attack: (from) => {
          if (axis.has(from)) opened = true;
        },
      });
      if (!opened) quietRuns++;
    }
    expect(quietRuns / RUNS).toBeGreaterThanOrEqual(0.8);
  });
});

describe('us-casualties: restraint that works', () => {
  const pauseOnUs = (id: string) =>
    share(
      runShard(axisPack, getScenario(id), { seed: SEED, from: 0, to: RUNS }).records,
      (record) => record.outcomes['militias-pause-on-us']!,
    );

  it('makes the Iraqi militias pause their fire at US forces far more often than the baseline', () => {
    const casualties = pauseOnUs('us-casualties');
    expect(casualties).toBeGreaterThanOrEqual(0.4);
    expect(casualties).toBeGreaterThan(pauseOnUs('baseline') + 0.2);
  });
});
