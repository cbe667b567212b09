import { createMachineStepper, parseScenario, simulate } from '@brink/core';
import { describe, expect, it } from 'vitest';
import { axisPack, getScenario, scenarioSource, scenarios } from '../src/index.js';

const REQUIRED = [
  'baseline',
  'strike-on-iran',
  'us-casualties',
  'hezbollah-opens-front',
  'iran-commits',
  'gaza-ceasefire',
  'early-truce',
  'hindcast-2023-2025',
];

describe('scenarios', () => {
  it('ships the built-in scenarios, each with a title, a summary and teaching notes', () => {
    for (const id of REQUIRED) {
      const scenario = getScenario(id);
      expect(scenario.id).toBe(id);
      expect(scenario.title.length).toBeGreaterThan(5);
      // A user's own scenario may leave it out; a built-in one is documented.
      expect(scenario.summary?.length ?? 0).toBeGreaterThan(20);
      expect(scenario.teachingNotes?.length ?? 0).toBeGreaterThan(50);
      expect(scenario.pack).toBe(axisPack.id);
    }
    expect(Object.keys(scenarios).sort()).toEqual([...REQUIRED].sort());
  });

  it('parses each shipped YAML file to the same scenario', () => {
    for (const id of REQUIRED) {
      expect(parseScenario(scenarioSource(id)!, { pack: axisPack })).toEqual(scenarios[id]);
    }
  });

  it('suggests the nearest id for a typo', () => {
    expect(() => getScenario('baselin')).toThrow(/did you mean "baseline"/);
    expect(() => getScenario('zzz')).toThrow(/unknown scenario "zzz"/);
  });

  it.each(REQUIRED)(
    '%s is deterministic: same seed, same trace; another seed, another trace',
    (id) => {
      const scenario = getScenario(id);
      const a = simulate(axisPack, scenario, { seed: 11 });
      expect(simulate(axisPack, scenario, { seed: 11 })).toEqual(a);
      expect(simulate(axisPack, scenario, { seed: 12 })).not.toEqual(a);
    },
  );

  // Whole traces, explanations included, on a sample: that the compiled machines and xstate give
  // the same runs is proven on 10,000 runs per scenario by the bench's differential test.
  it.each(REQUIRED)('%s: the compiled machines give the same traces as xstate (25 runs)', (id) => {
    const scenario = getScenario(id);
    for (let run = 0; run < 25; run++) {
      expect(simulate(axisPack, scenario, { seed: 31, run })).toEqual(
        simulate(axisPack, scenario, { seed: 31, run, stepper: createMachineStepper }),
      );
    }
  });
});
