import { describe, expect, it } from 'vitest';
import {
  ENGINE_VERSION,
  parseScenario,
  type Rung,
  rungIndex,
  simulate,
  type Trace,
  ValidationError,
} from '../src/index.js';
import { fixturePack, fixtureScenario, fixtureScenarioInput } from './fixtures.js';

const pack = fixturePack;
const scenario = fixtureScenario;
const run = (seed: number, runIndex = 0, s = scenario) =>
  simulate(pack, s, { seed, run: runIndex });

const attacksBetween = (trace: Trace, a: string, b: string, days: (day: number) => boolean) =>
  trace.days
    .filter((day) => days(day.day))
    .flatMap((day) => day.events)
    .filter(
      (event) =>
        event.type === 'attack' &&
        ((event.from === a && event.to === b) || (event.from === b && event.to === a)),
    );

describe('simulate', () => {
  it('gives a deep-equal trace for the same seed and run', () => {
    expect(run(42, 3)).toEqual(run(42, 3));
  });

  it('gives a different trace for a different seed, and for a different run of one seed', () => {
    expect(run(1)).not.toEqual(run(2));
    expect(run(1, 0).days).not.toEqual(run(1, 1).days);
  });

  it('computes run i alone just as it does after other runs, in any order', () => {
    // A fresh pack and scenario object: nothing compiled or cached is shared with other runs.
    const alone = simulate(structuredClone(pack), structuredClone(scenario), { seed: 9, run: 4 });
    const batch = [7, 4, 0, 2].map((i) => run(9, i));
    const reversed = [2, 0, 4, 7].map((i) => run(9, i));
    expect(batch[1]).toEqual(alone);
    expect(reversed[2]).toEqual(alone);
    expect(batch[0]).toEqual(reversed[3]);
  });

  it('records what DESIGN §6 asks of a trace: scenario, pack, source, engine, seed, horizon, days', () => {
    const trace = run(5, 2);
    expect(Object.keys(trace).sort()).toEqual(
      [
        'scenario',
        'scenarioHash',
        'pack',
        'packVersion',
        'sourceHash',
        'engineVersion',
        'seed',
        'run',
        'horizon',
        'days',
      ].sort(),
    );
    expect(trace).toMatchObject({
      scenario: 'fixture-escalation',
      pack: 'fixture',
      packVersion: '1.2.3',
      sourceHash: pack.sources[0]!.sha256,
      engineVersion: ENGINE_VERSION,
      seed: 5,
      run: 2,
      horizon: 40,
    });
    expect(trace.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    for (const day of trace.days) {
      expect(Object.keys(day).sort()).toEqual(['day', 'decisions', 'events', 'redLines', 'rungs']);
      expect(Object.keys(day.rungs)).toEqual(['sponsor', 'proxy', 'adversary']);
    }
  });

  it('gives the same scenario hash for an equal scenario, and a different one for another', () => {
    const copy = parseScenario(fixtureScenarioInput(), { pack });
    expect(simulate(pack, copy, { seed: 1, horizon: 1 }).scenarioHash).toBe(run(1).scenarioHash);
    const other = parseScenario({ ...fixtureScenarioInput(), horizon: 41 }, { pack });
    expect(simulate(pack, other, { seed: 1, horizon: 1 }).scenarioHash).not.toBe(
      run(1).scenarioHash,
    );
  });

  it('has one day per day of the horizon, numbered from 0, or fewer when asked', () => {
    expect(run(3).days.map((day) => day.day)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const short = simulate(pack, scenario, { seed: 3, horizon: 6 });
    expect(short.horizon).toBe(6);
    expect(short.days).toHaveLength(6);
    expect(short.days).toEqual(run(3).days.slice(0, 6));
    expect(simulate(pack, scenario, { seed: 3, horizon: 400 }).days).toHaveLength(40);
  });

  it('explains every rung change with a decision that has a reason and a provenance', () => {
    let changes = 0;
    for (const seed of [1, 2, 3, 4]) {
      const trace = run(seed);
      let previous: Record<string, Rung> = Object.fromEntries(
        pack.actors.map((actor) => [actor.id, actor.posture.start.value]),
      );
      for (const day of trace.days) {
        const changed = Object.keys(day.rungs).filter((id) => day.rungs[id] !== previous[id]);
        changes += changed.length;
        expect(day.decisions.map((decision) => decision.actor).sort()).toEqual([...changed].sort());
        for (const decision of day.decisions) {
          expect(decision.from).toBe(previous[decision.actor]);
          expect(decision.to).toBe(day.rungs[decision.actor]);
          expect(['rise', 'riseByRedLine', 'fall', 'scripted']).toContain(decision.rule);
          expect(decision.why.trim()).not.toBe('');
          expect(decision.provenance.length).toBeGreaterThan(0);
          for (const basis of decision.provenance) {
            expect(basis.field).toBeTruthy();
            expect(['stated', 'inferred', 'assumption']).toContain(basis.kind);
          }
        }
        previous = day.rungs;
      }
    }
    expect(changes).toBeGreaterThan(0);
  });

  it('moves at most one rung a day unless a scenario scripts the jump', () => {
    for (const seed of [1, 2, 3]) {
      for (const day of run(seed).days) {
        for (const decision of day.decisions) {
          if (decision.rule === 'scripted') continue;
          expect(Math.abs(rungIndex(decision.to) - rungIndex(decision.from))).toBe(1);
        }
      }
    }
  });

  it('puts a scripted attack inject into the events of its day, and moves the attacker to its rung', () => {
    const trace = run(11);
    const strike = {
      type: 'attack',
      from: 'adversary',
      to: 'proxy',
      means: 'airstrike',
      target: 'territory',
      severity: 0.8,
      rung: 'limited',
    };
    expect(trace.days[5]!.events).toContainEqual(strike);
    expect(trace.days[5]!.rungs.adversary).toBe('limited');
    for (const day of trace.days.filter((day) => day.day !== 5)) {
      expect(day.events).not.toContainEqual(strike);
    }
    expect(trace.days[0]!.events[0]).toEqual({
      type: 'attack',
      from: 'proxy',
      to: 'adversary',
      means: 'rocket',
      target: 'territory',
      severity: 0.3,
      rung: 'indirect',
    });
    expect(trace.days[20]!.events).toContainEqual({
      type: 'ceasefire',
      parties: ['proxy', 'adversary'],
      days: 10,
    });
  });

  it('lifts the proxy above its ceiling after its red line is crossed, citing the red line', () => {
    const trace = run(11);
    // The strike of day 5 is perceived on day 6.
    expect(trace.days[6]!.redLines).toEqual([
      expect.objectContaining({
        actor: 'proxy',
        redLine: 'homeland-hit',
        lift: 'limited',
        until: 16,
      }),
    ]);
    const lifts = trace.days
      .flatMap((day) => day.decisions)
      .filter((d) => d.rule === 'riseByRedLine');
    expect(lifts.length).toBeGreaterThan(0);
    for (const lift of lifts) {
      expect(lift.provenance[0]).toMatchObject({
        field: 'proxy.redLines[0]',
        quote: 'unless its own territory is hit hard',
      });
    }
  });

  it('keeps the proxy within its ceiling on every day no red-line lift covers', () => {
    for (let i = 0; i < 6; i++) {
      const trace = run(13, i);
      const lifted = new Set<number>();
      for (const day of trace.days) {
        for (const crossing of day.redLines) {
          for (let d = day.day; d < crossing.until; d++) lifted.add(d);
        }
      }
      expect(lifted.size).toBeGreaterThan(0);
      for (const day of trace.days.filter((day) => !lifted.has(day.day))) {
        expect(rungIndex(day.rungs.proxy!), `run ${i} day ${day.day}`).toBeLessThanOrEqual(
          rungIndex('indirect'),
        );
      }
    }
  });

  it('makes no attack between ceasefire parties while the ceasefire holds', () => {
    let before = 0;
    for (let i = 0; i < 8; i++) {
      const trace = run(21, i);
      expect(attacksBetween(trace, 'proxy', 'adversary', (day) => day >= 20 && day < 30)).toEqual(
        [],
      );
      before += attacksBetween(trace, 'proxy', 'adversary', (day) => day >= 10 && day < 20).length;
    }
    // The parties do fight when there is no truce, so the quiet is the ceasefire's doing.
    expect(before).toBeGreaterThan(0);
  });

  it('rejects a scenario that does not fit the pack with a ValidationError', () => {
    const unchecked = parseScenario({
      ...fixtureScenarioInput(),
      overrides: { ghost: { ceiling: 'war' } },
    });
    expect(() => simulate(pack, unchecked, { seed: 1 })).toThrow(ValidationError);
  });
});
