import { describe, expect, it } from 'vitest';
import {
  combineObservers,
  createKernel,
  createMachineStepper,
  createOutcomeTracker,
  createRecordRecorder,
  createTraceRecorder,
  createTrajectoryHash,
  parseScenario,
  type RunObserver,
  runShard,
  simulate,
  toRunRecord,
  traceDigest,
} from '../src/index.js';
import { fixturePack, fixtureScenario, fixtureScenarioInput } from './fixtures.js';

// The fixture scenario with every other kind of inject too, so each branch of the kernel's
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
const ids = fixturePack.actors.map((actor) => actor.id);

/** Observers recording one run of `kernel` three ways at once. */
const recorders = (kernel: ReturnType<typeof createKernel>) => {
  const outcomes = createOutcomeTracker(fixturePack.outcomes, ids);
  const records = createRecordRecorder(ids, outcomes);
  const hash = createTrajectoryHash();
  const traces = createTraceRecorder(kernel);
  return { records, hash, traces, all: combineObservers(records, outcomes, hash, traces) };
};

describe('createKernel', () => {
  it('tells its observers one run: the record and digest of the trace recorded beside them', () => {
    for (const scenario of [fixtureScenario, everyInject]) {
      const kernel = createKernel(fixturePack, scenario);
      const { records, hash, traces, all } = recorders(kernel);
      for (let run = 0; run < 200; run++) {
        kernel.run(11, run, all);
        const trace = traces.trace();
        // As text: batch files hold records as JSON, so key order must match too.
        expect(JSON.stringify(records.record())).toBe(
          JSON.stringify(toRunRecord(trace, fixturePack)),
        );
        expect(hash.digest()).toBe(traceDigest(trace, fixturePack));
        expect(trace).toEqual(simulate(fixturePack, scenario, { seed: 11, run }));
      }
    }
  });

  it('walks the same days with no observer, one observer, or several', () => {
    const kernel = createKernel(fixturePack, everyInject);
    const calls: string[] = [];
    const counting: RunObserver = {
      startRun: () => calls.push('start'),
      endDay: () => calls.push('day'),
      endRun: () => calls.push('end'),
    };
    const hash = createTrajectoryHash();
    kernel.run(5, 3);
    kernel.run(5, 3, combineObservers(counting, hash));
    const digest = hash.digest();
    kernel.run(5, 4);
    kernel.run(5, 3, hash);
    expect(hash.digest()).toBe(digest);
    expect(calls).toEqual(['start', ...Array.from({ length: kernel.horizon }, () => 'day'), 'end']);
  });

  it('decides the same with the machines stepped by xstate', () => {
    const fast = createKernel(fixturePack, everyInject);
    const slow = createKernel(fixturePack, everyInject, { stepper: createMachineStepper });
    const [a, b] = [recorders(fast), recorders(slow)];
    for (let run = 0; run < 60; run++) {
      fast.run(4, run, a.all);
      slow.run(4, run, b.all);
      expect(b.traces.trace()).toEqual(a.traces.trace());
    }
  });

  it('stops at a shorter horizon, as simulate does', () => {
    const kernel = createKernel(fixturePack, fixtureScenario, { horizon: 12 });
    expect(kernel.horizon).toBe(12);
    const { records, all } = recorders(kernel);
    kernel.run(3, 5, all);
    const trace = simulate(fixturePack, fixtureScenario, { seed: 3, run: 5, horizon: 12 });
    expect(trace.days).toHaveLength(12);
    expect(records.record()).toEqual(toRunRecord(trace, fixturePack));
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
