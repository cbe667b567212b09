import { describe, expect, it } from 'vitest';
import {
  createBatchRunner,
  createTraceHasher,
  parseScenario,
  runShard,
  simulate,
  toRunRecord,
  traceDigest,
} from '../src/index.js';
import { fixturePack, fixtureScenario, fixtureScenarioInput } from './fixtures.js';

// The fixture scenario with every other kind of inject too, so each branch of the runner's
// inject handling is walked.
const everyInject = parseScenario(
  {
    ...fixtureScenarioInput(),
    id: 'fixture-every-inject',
    injects: [
      ...(fixtureScenarioInput().injects ?? []),
      { day: 2, type: 'support', from: 'sponsor', to: 'proxy', channel: 'material' },
      { day: 3, type: 'restrain', from: 'sponsor', to: 'proxy' },
      { day: 4, type: 'statement', from: 'adversary', stance: 'we will respond' },
      { day: 8, type: 'ceasefire', parties: ['proxy', 'adversary', 'sponsor'], days: 3 },
    ],
  },
  { pack: fixturePack },
);

describe('createBatchRunner', () => {
  it("gives each run the record of simulate's trace, and walks the same days (trace digest)", () => {
    for (const scenario of [fixtureScenario, everyInject]) {
      const runner = createBatchRunner(fixturePack, scenario);
      const hasher = createTraceHasher();
      for (let run = 0; run < 300; run++) {
        const record = runner.run(11, run, hasher);
        const trace = simulate(fixturePack, scenario, { seed: 11, run });
        // As text: batch files hold records as JSON, so key order must match too.
        expect(JSON.stringify(record)).toBe(JSON.stringify(toRunRecord(trace, fixturePack)));
        expect(hasher.digest()).toBe(traceDigest(trace, fixturePack));
      }
    }
  });

  it('decides the same with the machines stepped by xstate or by live actors', () => {
    const fast = createBatchRunner(fixturePack, everyInject);
    for (const machines of ['xstate', 'actors'] as const) {
      const slow = createBatchRunner(fixturePack, everyInject, { machines });
      const [a, b] = [createTraceHasher(), createTraceHasher()];
      for (let run = 0; run < 60; run++) {
        expect(slow.run(4, run, b)).toEqual(fast.run(4, run, a));
        expect(b.digest()).toBe(a.digest());
      }
    }
  });

  it('stops at a shorter horizon, as simulate does', () => {
    const runner = createBatchRunner(fixturePack, fixtureScenario, { horizon: 12 });
    expect(runner.horizon).toBe(12);
    const trace = simulate(fixturePack, fixtureScenario, { seed: 3, run: 5, horizon: 12 });
    expect(runner.run(3, 5)).toEqual(toRunRecord(trace, fixturePack));
  });

  it('is what runShard runs: the same records whatever the sharding', () => {
    const whole = runShard(fixturePack, fixtureScenario, { seed: 8, from: 0, to: 30 });
    const parts = [0, 7, 19, 30]
      .slice(1)
      .map((to, k, ends) =>
        runShard(fixturePack, fixtureScenario, { seed: 8, from: k === 0 ? 0 : ends[k - 1]!, to }),
      );
    expect(parts.flatMap((part) => part.records)).toEqual(whole.records);
    expect(whole.records[17]).toEqual(
      toRunRecord(simulate(fixturePack, fixtureScenario, { seed: 8, run: 17 }), fixturePack),
    );
  });
});

describe('traceDigest', () => {
  it('changes with any rung or event of any day, and only then', () => {
    const trace = simulate(fixturePack, fixtureScenario, { seed: 1 });
    const digest = traceDigest(trace, fixturePack);
    expect(traceDigest(structuredClone(trace), fixturePack)).toBe(digest);
    const attackDay = trace.days.findIndex((day) => day.events.some((e) => e.type === 'attack'));
    const changed = structuredClone(trace);
    const attack = changed.days[attackDay]!.events.find((e) => e.type === 'attack')!;
    if (attack.type === 'attack') attack.severity += 0.001;
    expect(traceDigest(changed, fixturePack)).not.toBe(digest);
    const moved = structuredClone(trace);
    const day = moved.days[10]!;
    const actor = Object.keys(day.rungs)[0]!;
    day.rungs[actor] = day.rungs[actor] === 'war' ? 'direct' : 'war';
    expect(traceDigest(moved, fixturePack)).not.toBe(digest);
    expect(traceDigest(simulate(fixturePack, fixtureScenario, { seed: 2 }), fixturePack)).not.toBe(
      digest,
    );
  });
});
