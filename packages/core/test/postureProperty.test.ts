import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePack, parseScenario, simulate } from '../src/index.js';
import { assumption, fixturePackInput, fixtureScenarioInput, type PackInput } from './fixtures.js';

type Params = PackInput['actors'][number]['posture']['params'];

const sourced = <T>(value: T) => ({ value, provenance: assumption() });

/** Each drawn number as a pack parameter with its provenance. */
const asParams = (values: Record<string, number>): Params =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, sourced(v)])) as unknown as Params;

/** Any value of each posture parameter within its schema's range (PARAM_VALUES). */
const params = fc.record({
  reactivity: fc.double({ min: 0, max: 10, noNaN: true }),
  solidarity: fc.double({ min: 0, max: 10, noNaN: true }),
  deterrence: fc.double({ min: 0, max: 10, noNaN: true }),
  riskAversion: fc.double({ min: 0, max: 10, noNaN: true }),
  obedience: fc.double({ min: 0, max: 1, noNaN: true }),
  decay: fc.double({ min: Number.EPSILON, max: 1, noNaN: true }),
  mobilisationDelay: fc.integer({ min: 0, max: 3650 }),
});

/** Any graded, bounded red line within its schema's ranges. */
const redLine = fc.record({
  minSeverity: fc.double({ min: 0, max: 1, noNaN: true }),
  spread: fc.double({ min: 0, max: 1, noNaN: true }),
  answer: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  days: fc.integer({ min: 1, max: 3650 }),
  lift: fc.constantFrom('limited', 'direct', 'war'),
  linked: fc.boolean(),
});

/** Any initiative, defences and sponsor hold within their schema's ranges. */
const mechanics = fc.record({
  leadership: fc.double({ min: 0, max: 1, noNaN: true }),
  preempt: fc.double({ min: 0, max: 1, noNaN: true }),
  intercept: fc.double({ min: 0, max: 1, noNaN: true }),
  holdAt: fc.constantFrom('dormant', 'indirect', 'limited', 'war'),
});

describe('any posture within its schema ranges', () => {
  it('runs without throwing, and every rung stays on the ladder', () => {
    fc.assert(
      fc.property(
        params,
        params,
        redLine,
        mechanics,
        fc.integer({ min: 0, max: 1000 }),
        (a, b, line, mech, seed) => {
          const input = fixturePackInput();
          const proxy = input.actors[1]!;
          proxy.posture.params = asParams(a);
          input.actors[2]!.posture.params = asParams(b);
          const red = proxy.posture.redLines![0]!;
          if ('attack' in red.when) {
            red.when.attack.minSeverity = line.minSeverity;
            red.when.attack.spread = line.spread;
          }
          if (line.answer !== undefined) red.answer = line.answer;
          red.days = line.days;
          red.lift = line.lift;
          if (line.linked)
            proxy.posture.targets![0]!.linkedTo = { ally: 'sponsor', provenance: assumption() };
          // The adversary strikes the proxy on its initiative, held by the sponsor; the proxy's
          // and the adversary's defences intercept.
          const adversary = input.actors[2]!;
          adversary.posture.targets![0]!.initiative = {
            leadership: sourced(mech.leadership),
            preempt: sourced(mech.preempt),
          };
          input.actors[0]!.posture.restrainsInitiative = {
            of: ['adversary'],
            atLeast: mech.holdAt,
            provenance: assumption(),
          };
          for (const actor of [proxy, adversary])
            actor.posture.defences = {
              means: sourced(['rocket', 'drone', 'airstrike']),
              intercept: sourced(mech.intercept),
            };
          const pack = parsePack(input);
          const scenario = parseScenario(fixtureScenarioInput(), { pack });
          const trace = simulate(pack, scenario, { seed, run: 0 });
          expect(trace.days).toHaveLength(scenario.horizon);
          for (const day of trace.days)
            for (const rung of Object.values(day.rungs)) expect(typeof rung).toBe('string');
        },
      ),
      { numRuns: 60, seed: 20261130 },
    );
  });
});
