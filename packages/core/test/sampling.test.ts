import { describe, expect, it } from 'vitest';
import {
  combineObservers,
  compileModel,
  createKernel,
  createOutcomeTracker,
  createRecordRecorder,
  createValueApplier,
  type Pack,
  packJsonSchema,
  parsePack,
  runShard,
  samplingPlan,
  uncertainParameters,
  ValidationError,
  withValues,
} from '../src/index.js';
import { fixturePackInput, fixtureScenario, type PackInput } from './fixtures.js';

type Field = { value: unknown; provenance: unknown; range?: unknown };

/** The fixture pack with ranges on a world number and on three of the proxy's fields. */
function rangedInput(): PackInput {
  const input = fixturePackInput();
  (input.world.noise as Field).range = { kind: 'uniform', low: 0.02, high: 0.1, reason: 'a guess' };
  const proxy = input.actors[1]!;
  (proxy.power as Field).range = {
    kind: 'pert',
    low: 0.1,
    mode: 0.3,
    high: 0.6,
    reason: 'a guess',
  };
  const params = proxy.posture.params as Record<string, Field>;
  params.reactivity!.range = { kind: 'triangular', low: 1, mode: 2, high: 3, reason: 'a guess' };
  params.mobilisationDelay!.range = {
    kind: 'triangular',
    low: 0,
    mode: 1,
    high: 4,
    reason: 'a guess',
  };
  return input;
}
const pack: Pack = parsePack(rangedInput());
const scenario = { ...fixtureScenario, overrides: {} };

const issuesOf = (input: unknown) => {
  try {
    parsePack(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('ranges in a pack', () => {
  it('rejects low above high, a mode outside the range and an unknown kind, at the field', () => {
    const input = rangedInput();
    const params = input.actors[1]!.posture.params as Record<string, Field>;
    params.reactivity!.range = { kind: 'uniform', low: 3, high: 1, reason: 'x' };
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({
        path: ['actors', 1, 'posture', 'params', 'reactivity', 'range', 'high'],
        message: expect.stringContaining('must be at least low (3)'),
      }),
    ]);
    params.reactivity!.range = { kind: 'pert', low: 1, mode: 5, high: 3, reason: 'x' };
    expect(issuesOf(input)[0]?.path).toEqual([
      'actors',
      1,
      'posture',
      'params',
      'reactivity',
      'range',
      'mode',
    ]);
    params.reactivity!.range = { kind: 'normal', low: 1, high: 3, reason: 'x' };
    expect(issuesOf(input)[0]?.path.slice(0, 6)).toEqual([
      'actors',
      1,
      'posture',
      'params',
      'reactivity',
      'range',
    ]);
  });

  it('rejects a value outside its range, a bound the field does not take, and a range on a stated or non-numeric field', () => {
    const input = rangedInput();
    const params = input.actors[1]!.posture.params as Record<string, Field>;
    params.reactivity!.range = { kind: 'uniform', low: 2.5, high: 3, reason: 'x' };
    expect(issuesOf(input)[0]?.message).toMatch(/the value 2 lies outside its range \[2.5, 3\]/);
    params.reactivity!.range = { kind: 'uniform', low: 1, high: 11, reason: 'x' };
    expect(issuesOf(input)[0]?.path.at(-1)).toBe('high');
    params.mobilisationDelay!.range = { kind: 'uniform', low: 0.5, high: 2, reason: 'x' };
    expect(issuesOf(input).some((issue) => issue.path.at(-1) === 'low')).toBe(true);

    const stated = rangedInput();
    (stated.world.noise as Field).provenance = {
      kind: 'stated',
      paragraph: 1,
      quote: 'The Sponsor backs the Proxy',
    };
    expect(issuesOf(stated)[0]?.message).toMatch(/a stated value has no range/);
    const rung = rangedInput();
    (rung.actors[0]!.posture.ceiling as Field).range = {
      kind: 'uniform',
      low: 0,
      high: 1,
      reason: 'x',
    };
    expect(issuesOf(rung)[0]?.message).toMatch(/only a number can have a range/);
  });

  it('lists the ranged fields by name, less those the scenario overrides', () => {
    expect(uncertainParameters(pack, scenario).map((parameter) => parameter.name)).toEqual([
      'world.noise',
      'proxy.power',
      'proxy.params.reactivity',
      'proxy.params.mobilisationDelay',
    ]);
    const overriding = { ...scenario, overrides: { proxy: { params: { reactivity: 1.5 } } } };
    expect(uncertainParameters(pack, overriding).map((parameter) => parameter.name)).not.toContain(
      'proxy.params.reactivity',
    );
  });

  it('puts ranges in the JSON Schema of packs', () => {
    expect(JSON.stringify(packJsonSchema())).toContain('"pert"');
  });
});

describe('sampled batches', () => {
  const seed = 11;
  it('gives the same records however the batch is sharded, and keeps the drawn values', () => {
    const whole = runShard(pack, scenario, { seed, from: 0, to: 24, sampling: 'sampled' });
    const parts = [0, 5, 13, 24].slice(1).map((to, i, ends) =>
      runShard(pack, scenario, {
        seed,
        from: i === 0 ? 0 : ends[i - 1]!,
        to,
        sampling: 'sampled',
      }),
    );
    expect(parts.flatMap((part) => part.records)).toEqual(whole.records);
    const drawn = whole.records.map((record) => record.parameters!['proxy.params.reactivity']!);
    expect(new Set(drawn).size).toBe(24);
    for (const value of drawn) expect(value).toBeGreaterThanOrEqual(1);
    for (const record of whole.records) {
      expect(Number.isInteger(record.parameters!['proxy.params.mobilisationDelay'])).toBe(true);
    }
  });

  it('draws the parameters on their own stream: run i draws the same values whatever the seed of its noise', () => {
    const plan = samplingPlan(pack, scenario, 'sampled', seed);
    expect(plan.valuesAt(3)).toEqual(samplingPlan(pack, scenario, 'sampled', seed).valuesAt(3));
    expect(plan.valuesAt(3)).not.toEqual(plan.valuesAt(4));
  });

  it('leaves fixed batches as they were: no parameters in their records', () => {
    const fixed = runShard(pack, scenario, { seed, from: 0, to: 5 });
    expect(fixed.records.every((record) => record.parameters === undefined)).toBe(true);
  });

  it('runs a model given the pack values through withValues exactly as the compiled model', () => {
    const base = compileModel(pack, scenario);
    const values = new Map(
      uncertainParameters(pack, scenario).map((parameter) => [parameter.name, parameter.value]),
    );
    const recordsOf = (model = base) => {
      const kernel = createKernel(pack, scenario, { model });
      const ids = model.actors.map((actor) => actor.id);
      const outcomes = createOutcomeTracker(pack.outcomes, ids);
      const recorder = createRecordRecorder(ids, outcomes);
      return Array.from({ length: 8 }, (_, run) => {
        kernel.run(seed, run, combineObservers(recorder, outcomes));
        return recorder.record();
      });
    };
    expect(recordsOf(withValues(base, values))).toEqual(recordsOf());
    // A rebuilt machine (a changed delay) decides with the new delay.
    const slower = withValues(base, new Map([['proxy.params.mobilisationDelay', 4]]));
    expect(slower.actors[1]!.rules.mobilisationDelay).toBe(4);
    expect(base.actors[1]!.rules.mobilisationDelay).toBe(1);
  });

  it('runs a drawn model loaded into a kernel (use) as a kernel made for it, and back', () => {
    const base = compileModel(pack, scenario);
    const plan = samplingPlan(pack, scenario, 'sampled', seed);
    const drawnAt = (run: number) => {
      const values = plan.valuesAt(run)!;
      return withValues(base, new Map(plan.parameters.map((p, i) => [p.name, values[i]!])));
    };
    const ids = base.actors.map((actor) => actor.id);
    const outcomes = createOutcomeTracker(pack.outcomes, ids);
    const recorder = createRecordRecorder(ids, outcomes);
    const observer = combineObservers(recorder, outcomes);
    const recordOf = (kernel: ReturnType<typeof createKernel>, run: number) => {
      kernel.run(seed, run, observer);
      return recorder.record();
    };
    const shared = createKernel(pack, scenario);
    for (let run = 0; run < 12; run++) {
      const drawn = drawnAt(run);
      shared.use(drawn);
      expect(recordOf(shared, run)).toEqual(
        recordOf(createKernel(pack, scenario, { model: drawn }), run),
      );
    }
    shared.use(base);
    expect(recordOf(shared, 3)).toEqual(recordOf(createKernel(pack, scenario), 3));
  });

  it('applies a run of vectors as each alone, keeping an actor none of whose numbers changed', () => {
    const base = compileModel(pack, scenario);
    const names = ['sponsor.power', 'proxy.power', 'proxy.params.reactivity', 'world.noise'];
    const apply = createValueApplier(base, names);
    const first = apply([0.7, 0.2, 1.5, 0.05]);
    const second = apply([0.7, 0.4, 1.5, 0.06]);
    const third = apply([0.7, 0.4, 1.5, 0.06]);
    const back = apply([0.7, 0.2, 1.5, 0.05]);
    // Only the proxy's power changed: the sponsor (and the adversary, never drawn) are kept.
    expect(second.actors[0]).toBe(first.actors[0]);
    expect(second.actors[2]).toBe(base.actors[2]);
    expect(second.actors[1]).not.toBe(first.actors[1]);
    expect(third.actors[1]).toBe(second.actors[1]);
    expect(third).not.toBe(second);
    for (const [model, power, noise] of [
      [first, 0.2, 0.05],
      [second, 0.4, 0.06],
      [back, 0.2, 0.05],
    ] as const) {
      expect(model.noise).toBe(noise);
      const proxy = model.actors[1]!;
      expect(proxy.power).toBe(power);
      expect(proxy.reactivity).toBe(1.5);
      expect(proxy.actor.power).toEqual({
        value: power,
        provenance: { kind: 'assumption', why: `drawn from the range of proxy.power: ${power}` },
      });
      expect(proxy.posture.params.reactivity.provenance).toEqual({
        kind: 'assumption',
        why: 'drawn from the range of proxy.params.reactivity: 1.5',
      });
      // The drawn actor's parts are there for a spread and for JSON, as a compiled actor's are.
      expect({ ...proxy }.posture).toBe(proxy.posture);
      expect(JSON.stringify(proxy.actor)).toContain('drawn from the range of proxy.power');
    }
    expect(first.actors[0]!.power).toBe(0.7);
    expect(base.actors[1]!.power).toBe(pack.actors[1]!.power.value);
    expect(JSON.stringify(base.actors[1]!.actor)).not.toContain('drawn');
  });

  it('refuses a field it cannot set, and a pack with nothing to sample', () => {
    const base = compileModel(pack, scenario);
    expect(() => withValues(base, new Map([['proxy.ceiling', 2]]))).toThrow(ValidationError);
    expect(() => samplingPlan(parsePack(fixturePackInput()), scenario, 'sampled', seed)).toThrow(
      /gives no ranges/,
    );
  });
});
