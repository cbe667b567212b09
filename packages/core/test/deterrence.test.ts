import { describe, expect, it } from 'vitest';
import {
  type Pack,
  parsePack,
  parseScenario,
  type Rung,
  rungIndex,
  simulate,
  type Trace,
} from '../src/index.js';
import { yieldChance } from '../src/run/yieldChance.js';
import { assumption, fixturePackInput, fixtureScenarioInput, type PackInput } from './fixtures.js';

// Coercion, deterrence before the fighting and restraint that works (MODEL.md), each on the
// fixture pack changed so that the right answer is known.

const RUNS = 200;
const rungOf = (trace: Trace, day: number, actor: string) =>
  rungIndex(trace.days[day]!.rungs[actor] as Rung);
const runs = (pack: Pack, scenario: ReturnType<typeof parseScenario>, count = RUNS) =>
  Array.from({ length: count }, (_, run) => simulate(pack, scenario, { seed: 11, run }));
const scenarioOf = (pack: Pack, injects: ReturnType<typeof fixtureScenarioInput>['injects']) =>
  parseScenario({ ...fixtureScenarioInput(), horizon: 40, injects }, { pack });
const actor = (input: PackInput, id: string) => input.actors.find((a) => a.id === id)!;

describe('deterrence before the fighting', () => {
  /**
   * The proxy starts at `material`, pushed up only by its sponsor's support (s(0.12 ÷ 0.2) =
   * 0.375 in time, no noise, threshold of `indirect` 0.4 minus 0.05 of risk): with no
   * deterrence it climbs to `indirect` within days; a stronger adversary standing at
   * `political` — not fighting — holds it at `material` once its firepower gap weighs.
   */
  function pack(deterrence: number): Pack {
    const input = fixturePackInput();
    input.world.noise.value = 0;
    const proxy = actor(input, 'proxy');
    proxy.posture.start.value = 'material';
    proxy.posture.params.deterrence.value = deterrence;
    proxy.posture.params.reactivity.value = 0;
    proxy.posture.params.solidarity.value = 0;
    proxy.posture.params.riskAversion.value = 0;
    proxy.posture.params.decay.value = 0.1;
    return parsePack(input);
  }
  const quiet = (p: Pack) => runs(p, scenarioOf(p, []), 20);

  it('counts an adversary that is not fighting: a stronger one holds the proxy back', () => {
    for (const trace of quiet(pack(0.5))) {
      expect(trace.days.every((d) => d.rungs.adversary === 'political')).toBe(true);
      expect(Math.max(...trace.days.map((d) => rungIndex(d.rungs.proxy as Rung)))).toBe(
        rungIndex('material'),
      );
    }
  });

  it('lets the same proxy climb when firepower does not deter it', () => {
    for (const trace of quiet(pack(0)))
      expect(rungOf(trace, 39, 'proxy')).toBe(rungIndex('indirect'));
  });
});

describe('coercion: struck hard, an actor can step down', () => {
  it('gives the chance of yielding as (1 − resolve) × s(punishment)', () => {
    expect(yieldChance(0.8, 1)).toBeCloseTo(0.1, 12);
    expect(yieldChance(0, 3)).toBeCloseTo(0.75, 12);
    expect(yieldChance(1, 100)).toBe(0);
    expect(yieldChance(0.5, 0)).toBe(0);
  });

  /**
   * The adversary stands at war from day 0 and strikes the proxy nearly every day; the proxy,
   * pushed up hard by every strike (reactivity 3), stands at its lifted-free ceiling `limited`.
   * Whether it is ever pushed back below depends on its resolve and on who is stronger.
   */
  function pack(resolve: number | null, adversaryPower = 1): Pack {
    const input = fixturePackInput();
    const proxy = actor(input, 'proxy');
    proxy.posture.ceiling.value = 'limited';
    proxy.posture.redLines = [];
    proxy.posture.params.reactivity.value = 3;
    proxy.posture.params.obedience.value = 0;
    if (resolve !== null) proxy.posture.resolve = { value: resolve, provenance: assumption() };
    const adversary = actor(input, 'adversary');
    adversary.power.value = adversaryPower;
    adversary.posture.start.value = 'war';
    adversary.posture.targets![0]!.retaliateOnly = false;
    return parsePack(input);
  }
  /** Runs in which the proxy, having reached `limited`, stands lower on a later day. */
  const steppedDown = (traces: Trace[]) =>
    traces.filter((t) => {
      const first = t.days.findIndex((d) => d.rungs.proxy === 'limited');
      return first >= 0 && t.days.slice(first).some((d) => d.rungs.proxy !== 'limited');
    }).length;

  /** Runs in which the proxy reached `limited`: the runs where stepping down was possible. */
  const reached = (traces: Trace[]) =>
    traces.filter((t) => t.days.some((d) => d.rungs.proxy === 'limited')).length;

  it('never pushes down an actor of full resolve (the default): strikes only harden it', () => {
    const p = pack(null);
    const traces = runs(p, scenarioOf(p, []));
    expect(reached(traces)).toBe(RUNS);
    expect(steppedDown(traces)).toBe(0);
  });

  it('pushes an actor without resolve down, under a stronger attacker, never below its floor', () => {
    const p = pack(0);
    const traces = runs(p, scenarioOf(p, []));
    expect(steppedDown(traces)).toBeGreaterThan(RUNS * 0.9);
    for (const t of traces)
      for (const d of t.days)
        expect(rungIndex(d.rungs.proxy as Rung)).toBeGreaterThanOrEqual(rungIndex('material'));
  });

  it('pushes down a firm actor less often than a yielding one', () => {
    const firm = pack(0.97);
    const weak = pack(0.5);
    const days = (p: Pack) =>
      runs(p, scenarioOf(p, []), 100).reduce(
        (sum, t) => sum + t.days.filter((d) => d.rungs.proxy !== 'limited').length,
        0,
      );
    expect(days(firm)).toBeLessThan(days(weak));
  });

  it('does not coerce through strikes by an attacker no stronger than the actor', () => {
    const p = pack(0, 0.3);
    const traces = runs(p, scenarioOf(p, []));
    expect(reached(traces)).toBe(RUNS);
    expect(steppedDown(traces)).toBe(0);
  });
});

describe('restraint that works: an order to stand down', () => {
  const STRIKE = 5;
  const DAYS = 20;
  /**
   * The proxy fires at the adversary (the risk actor) about every other day. On day 5 it kills
   * the adversary's soldiers (personnel, severity 0.9); the sponsor, which never reins it in on
   * risk alone (`above` 1), orders it to stand down the next day. The order cuts fire through
   * the restraint memory on the day after too, so the pause is read from the third day on.
   */
  function pack(obedience: number): Pack {
    const input = fixturePackInput();
    input.world.noise.value = 0;
    const sponsor = actor(input, 'sponsor');
    sponsor.posture.restraint = {
      ...sponsor.posture.restraint!,
      above: 1,
      pause: {
        after: { targets: ['personnel'], minSeverity: 0.6 },
        days: DAYS,
        provenance: assumption(),
      },
    };
    const proxy = actor(input, 'proxy');
    proxy.posture.params.obedience.value = obedience;
    proxy.posture.params.reactivity.value = 3;
    proxy.posture.params.deterrence.value = 0;
    proxy.posture.floor = { value: 'indirect', provenance: assumption() };
    return parsePack(input);
  }
  const strike = (p: Pack, severity: number) =>
    scenarioOf(p, [
      {
        day: STRIKE,
        type: 'attack',
        from: 'proxy',
        to: 'adversary',
        means: 'drone',
        target: 'personnel',
        severity,
        rung: 'indirect',
      },
    ]);
  /** Whether the proxy fired at the adversary on any day of [from, to]. */
  const fired = (t: Trace, from: number, to: number) =>
    t.days.some(
      (d) =>
        d.day >= from &&
        d.day <= to &&
        d.events.some((e) => e.type === 'attack' && e.from === 'proxy' && e.to === 'adversary'),
    );
  const pausing = (traces: Trace[]) =>
    traces.filter((t) => !fired(t, STRIKE + 3, STRIKE + DAYS)).length;

  it('pauses an obedient ally for the order’s days, and it fires again after', () => {
    const p = pack(1);
    const traces = runs(p, strike(p, 0.9));
    expect(pausing(traces)).toBe(RUNS);
    for (const t of traces) {
      expect(
        t.days[STRIKE + 1]!.events.some(
          (e) => e.type === 'restrain' && e.from === 'sponsor' && e.to === 'proxy',
        ),
      ).toBe(true);
    }
    expect(traces.filter((t) => fired(t, STRIKE + DAYS + 1, 39)).length).toBeGreaterThan(
      RUNS * 0.9,
    );
  });

  it('does not pause an ally that does not obey', () => {
    const p = pack(0);
    expect(pausing(runs(p, strike(p, 0.9)))).toBe(0);
  });

  it('pauses an ally of obedience 0.5 in about half of the runs', () => {
    const p = pack(0.5);
    const share = pausing(runs(p, strike(p, 0.9))) / RUNS;
    // Binomial(200, 0.5): four standard deviations either side is ±0.14.
    expect(share).toBeGreaterThan(0.36);
    expect(share).toBeLessThan(0.64);
  });

  it('gives no order after a strike below the order’s severity', () => {
    const p = pack(1);
    expect(pausing(runs(p, strike(p, 0.5)))).toBe(0);
  });
});
