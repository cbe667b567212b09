import { describe, expect, it } from 'vitest';
import { type Pack, parsePack, parseScenario, simulate, type Trace } from '../src/index.js';
import { assumption, fixturePackInput, fixtureScenarioInput } from './fixtures.js';

// MODEL.md, "Ceasefires" and "Sponsor restraint": on the fixture pack, a ceasefire that ends an
// answer among its parties, and an order to stand down after which fire resumes only in answer.
const RUNS = 120;
const TRUCE = 9;

/**
 * The fixture's strikes (the adversary's strike of day 5 crosses the proxy's red line, lifting it
 * to `limited` until day 16), then a ceasefire from day 9 between `parties`.
 */
function truceScenario(pack: Pack, parties: string[]) {
  const input = fixtureScenarioInput();
  input.injects = [
    ...input.injects!.slice(0, 2),
    { day: TRUCE, type: 'ceasefire', parties, days: 10 },
  ];
  return parseScenario(input, { pack });
}

const fixture = parsePack(fixturePackInput());
const runs = (parties: string[]) =>
  Array.from({ length: RUNS }, (_, run) =>
    simulate(fixture, truceScenario(fixture, parties), { seed: 3, run }),
  );
const rungOn = (trace: Trace, day: number, actor: string) =>
  trace.days.find((d) => d.day === day)!.rungs[actor];

describe('a ceasefire', () => {
  it('with the attacker that crossed a red line ends the answer: the actor steps back down', () => {
    const traces = runs(['proxy', 'adversary']);
    const answering = traces.filter((t) => rungOn(t, TRUCE - 1, 'proxy') === 'limited');
    expect(answering.length).toBeGreaterThan(RUNS / 2);
    for (const trace of answering) {
      // The lift would have held until day 16; the ceasefire ends it on its first day.
      expect(rungOn(trace, TRUCE, 'proxy')).toBe('indirect');
      const today = trace.days.find((d) => d.day === TRUCE)!;
      const decision = today.decisions.find((d) => d.actor === 'proxy')!;
      expect(decision.why).toContain('a ceasefire with adversary ends its answer');
    }
  });

  it('with someone else leaves the answer in force', () => {
    const traces = runs(['sponsor', 'adversary']);
    const answering = traces.filter((t) => rungOn(t, TRUCE - 1, 'proxy') === 'limited');
    expect(answering.length).toBeGreaterThan(RUNS / 2);
    const held = answering.filter((t) => rungOn(t, TRUCE, 'proxy') === 'limited');
    expect(held.length).toBe(answering.length);
  });
});

describe('an order to stand down whose fire resumes only in retaliation', () => {
  /** The fixture with an order after any proxy fire at the adversary (its risk actor). */
  function orderPack(resume: 'free' | 'retaliation'): Pack {
    const input = fixturePackInput();
    const sponsor = input.actors[0]!.posture;
    sponsor.restraint!.pause = {
      after: { targets: ['forces', 'territory'], minSeverity: 0.05 },
      days: 6,
      resume,
      provenance: assumption(),
    };
    // The proxy heeds every order, and nothing but the order holds it back.
    input.actors[1]!.posture.params.obedience.value = 1;
    input.actors[1]!.posture.params.deterrence.value = 0;
    return parsePack(input);
  }
  const scenario = (pack: Pack) => {
    const input = fixtureScenarioInput();
    input.injects = input.injects!.slice(0, 2);
    return parseScenario(input, { pack });
  };
  /** Proxy attacks on the adversary made after its pause, and those not made in answer. */
  function unprovoked(resume: 'free' | 'retaliation') {
    const pack = orderPack(resume);
    let after = 0;
    let first = 0;
    for (let run = 0; run < RUNS; run++) {
      const trace = simulate(pack, scenario(pack), { seed: 4, run });
      const struck: number[] = [];
      let pausedFrom: number | null = null;
      for (const day of trace.days) {
        for (const e of day.events) {
          if (e.type === 'restrain' && pausedFrom === null) pausedFrom = day.day;
          if (e.type === 'attack' && e.from === 'adversary' && e.to === 'proxy')
            struck.push(day.day);
          if (e.type !== 'attack' || e.from !== 'proxy' || pausedFrom === null) continue;
          after++;
          // Answered: the adversary struck it within the world's memory (7 days) before.
          const answered = struck.some((d) => d < day.day && day.day - d <= 7);
          if (!answered) first++;
        }
      }
    }
    return { after, first };
  }

  it('after the pause, the heeding ally fires at the risk actor only in answer to its strikes', () => {
    const free = unprovoked('free');
    const retaliation = unprovoked('retaliation');
    // Without it the proxy goes back to firing first; with it, it never does.
    expect(free.first).toBeGreaterThan(0);
    expect(retaliation.first).toBe(0);
    expect(retaliation.after).toBeGreaterThan(0);
  });
});
