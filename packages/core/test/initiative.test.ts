import { describe, expect, it } from 'vitest';
import { parsePack, parseScenario, simulate, type Trace } from '../src/index.js';
import { assumption, fixturePackInput, fixtureScenarioInput, type PackInput } from './fixtures.js';

const sourced = <T>(value: T) => ({ value, provenance: assumption() });
const SEEDS = Array.from({ length: 20 }, (_, seed) => seed);

function traces(edit: (input: PackInput) => void): Trace[] {
  const input = fixturePackInput();
  edit(input);
  const pack = parsePack(input);
  const scenario = parseScenario(fixtureScenarioInput(), { pack });
  return SEEDS.map((seed) => simulate(pack, scenario, { seed, run: 0 }));
}

const actor = (input: PackInput, id: string) => input.actors.find((a) => a.id === id)!;
/** The adversary's own attacks on the proxy (scripted ones left out), by day. */
const ownStrikes = (trace: Trace) =>
  trace.days.flatMap((day) =>
    day.events
      .filter((e) => e.type === 'attack' && e.from === 'adversary' && day.day !== 5)
      .map((e) => ({ day: day.day, event: e as Extract<typeof e, { type: 'attack' }> })),
  );

describe('defences', () => {
  it('an intercepted strike is still seen but crosses no red line: harm is what gets through', () => {
    const open = traces(() => {});
    const defended = traces((input) => {
      actor(input, 'proxy').posture.defences = {
        means: sourced(['airstrike']),
        intercept: sourced(1),
      };
    });
    // The scripted severity-0.8 strike on day 5 crosses the proxy's sharp 0.5 line without defences.
    for (const trace of open)
      expect(trace.days[6]!.redLines.map((c) => c.redLine)).toContain('homeland-hit');
    for (const trace of defended) {
      expect(trace.days.flatMap((day) => day.redLines)).toEqual([]);
      // The attack itself still happens, as made (a signal), and its interception is explained.
      expect(
        trace.days[5]!.events.find((e) => e.type === 'attack' && e.to === 'proxy'),
      ).toMatchObject({
        severity: 0.8,
      });
      expect(trace.days[5]!.choices).toContainEqual(
        expect.objectContaining({
          rule: 'intercept',
          actor: 'adversary',
          adversary: 'proxy',
          values: { severity: 0.8, harm: 0 },
        }),
      );
    }
  });
});

describe('initiative', () => {
  const withLeadership = (input: PackInput) => {
    actor(input, 'adversary').posture.targets![0]!.initiative = { leadership: sourced(1) };
  };

  it('a leadership chance of 1 aims every own strike at the leaders, at the top rung severity', () => {
    const strikes = traces(withLeadership).flatMap(ownStrikes);
    expect(strikes.length).toBeGreaterThan(0);
    for (const { event } of strikes) {
      expect(event.target).toBe('leadership');
      expect(event.severity).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("a sponsor's hold cuts the chance by the client's obedience: obedience 1 leaves none", () => {
    const strikes = traces((input) => {
      withLeadership(input);
      actor(input, 'sponsor').posture.restrainsInitiative = {
        of: ['adversary'],
        atLeast: 'dormant',
        provenance: assumption(),
      };
      actor(input, 'adversary').posture.params.obedience = sourced(1);
    }).flatMap(ownStrikes);
    expect(strikes.length).toBeGreaterThan(0);
    for (const { event } of strikes) expect(event.target).not.toBe('leadership');
  });

  it('pre-emption strikes only while the adversary prepares its answer', () => {
    const all = traces((input) => {
      const target = actor(input, 'adversary').posture.targets![0]!;
      // No attack of its own but the pre-emptive one.
      target.weight = 0;
      target.initiative = { preempt: sourced(1) };
    });
    let preempted = 0;
    for (const trace of all) {
      const lift = trace.days.flatMap((day) =>
        day.redLines.filter((c) => c.actor === 'proxy').map((c) => ({ from: day.day, ...c })),
      );
      for (const { day } of ownStrikes(trace)) {
        preempted++;
        expect(lift.some((l) => l.from <= day && day < l.until)).toBe(true);
        expect(trace.days[day]!.choices?.map((c) => c.rule)).toContain('preempt');
      }
    }
    expect(preempted).toBeGreaterThan(0);
  });
});
