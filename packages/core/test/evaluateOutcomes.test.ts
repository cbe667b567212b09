import { describe, expect, it } from 'vitest';
import { evaluateOutcomes, type OutcomeCondition, type Pack, type Trace } from '../src/index.js';
import { assumption, attack, fixturePack, makeTrace } from './fixtures.js';

/** The fixture pack with these outcomes instead of its own, by id. */
const packWith = (outcomes: Record<string, OutcomeCondition>): Pack => ({
  ...fixturePack,
  outcomes: Object.entries(outcomes).map(([id, when]) => ({
    id,
    label: id,
    description: id,
    when,
    provenance: assumption(),
  })),
});

/** Whether the single condition holds in a trace. */
const holds = (when: OutcomeCondition, trace: Trace) =>
  evaluateOutcomes(trace, packWith({ it: when })).it;

describe('evaluateOutcomes', () => {
  describe('reach', () => {
    const trace = makeTrace([
      { rungs: { proxy: 'material', sponsor: 'political' } },
      { rungs: { proxy: 'limited', sponsor: 'political' } },
      { rungs: { proxy: 'indirect', sponsor: 'material' } },
    ]);

    it('holds when one of the actors stands at the rung or higher on some day', () => {
      expect(holds({ reach: { actors: ['proxy'], atLeast: 'limited' } }, trace)).toBe(true);
      expect(holds({ reach: { actors: ['proxy'], atLeast: 'indirect' } }, trace)).toBe(true);
      expect(holds({ reach: { actors: ['sponsor', 'proxy'], atLeast: 'limited' } }, trace)).toBe(
        true,
      );
    });

    it('does not hold when no listed actor ever gets that high', () => {
      expect(holds({ reach: { actors: ['proxy'], atLeast: 'direct' } }, trace)).toBe(false);
      expect(
        holds({ reach: { actors: ['sponsor', 'adversary'], atLeast: 'indirect' } }, trace),
      ).toBe(false);
    });
  });

  describe('attack', () => {
    const trace = makeTrace([
      { events: [attack('proxy', 'adversary', { rung: 'indirect', severity: 0.2 })] },
      { events: [{ type: 'support', from: 'sponsor', to: 'proxy', channel: 'material' }] },
    ]);

    it('holds when one of `from` attacks one of `to`', () => {
      expect(holds({ attack: { from: ['proxy'], to: ['adversary'] } }, trace)).toBe(true);
      expect(
        holds({ attack: { from: ['sponsor', 'proxy'], to: ['sponsor', 'adversary'] } }, trace),
      ).toBe(true);
    });

    it('does not hold for the other direction or other actors', () => {
      expect(holds({ attack: { from: ['adversary'], to: ['proxy'] } }, trace)).toBe(false);
      expect(holds({ attack: { from: ['sponsor'], to: ['adversary'] } }, trace)).toBe(false);
    });

    it('needs the attack at the rung and severity asked for, at least', () => {
      expect(
        holds({ attack: { from: ['proxy'], to: ['adversary'], atLeast: 'indirect' } }, trace),
      ).toBe(true);
      expect(
        holds({ attack: { from: ['proxy'], to: ['adversary'], atLeast: 'limited' } }, trace),
      ).toBe(false);
      expect(
        holds({ attack: { from: ['proxy'], to: ['adversary'], minSeverity: 0.2 } }, trace),
      ).toBe(true);
      expect(
        holds({ attack: { from: ['proxy'], to: ['adversary'], minSeverity: 0.21 } }, trace),
      ).toBe(false);
    });
  });

  describe('exchange', () => {
    const exchange: OutcomeCondition = {
      exchange: { between: ['proxy'], and: ['adversary', 'sponsor'], atLeast: 'limited' },
    };

    it('holds when the two sides strike each other, both at the rung or higher, on any days', () => {
      const trace = makeTrace([
        { events: [attack('proxy', 'adversary', { rung: 'limited' })] },
        {},
        { events: [attack('adversary', 'proxy', { rung: 'war' })] },
      ]);
      expect(holds(exchange, trace)).toBe(true);
    });

    it('does not hold when only one side strikes', () => {
      const trace = makeTrace([
        {
          events: [
            attack('proxy', 'adversary', { rung: 'war' }),
            attack('proxy', 'adversary', { rung: 'war' }),
          ],
        },
      ]);
      expect(holds(exchange, trace)).toBe(false);
    });

    it('does not hold when one side strikes below the rung', () => {
      const trace = makeTrace([
        {
          events: [
            attack('proxy', 'adversary', { rung: 'limited' }),
            attack('adversary', 'proxy', { rung: 'indirect' }),
          ],
        },
      ]);
      expect(holds(exchange, trace)).toBe(false);
    });

    it('pairs the same two actors both ways, not different ones', () => {
      // proxy strikes adversary, sponsor strikes proxy: no pair has struck each other.
      const trace = makeTrace([
        {
          events: [
            attack('proxy', 'adversary', { rung: 'limited' }),
            attack('sponsor', 'proxy', { rung: 'limited' }),
          ],
        },
      ]);
      expect(holds(exchange, trace)).toBe(false);
    });
  });

  describe('simultaneous', () => {
    const twoAtOnce: OutcomeCondition = {
      simultaneous: { from: ['sponsor', 'proxy', 'adversary'], atLeast: 2 },
    };

    it('holds when enough distinct actors of the list attack on one day', () => {
      const trace = makeTrace([
        {},
        { events: [attack('sponsor', 'adversary'), attack('adversary', 'proxy')] },
      ]);
      expect(holds(twoAtOnce, trace)).toBe(true);
    });

    it('does not hold when the attacks are spread over days', () => {
      const trace = makeTrace([
        { events: [attack('sponsor', 'adversary')] },
        { events: [attack('adversary', 'proxy')] },
      ]);
      expect(holds(twoAtOnce, trace)).toBe(false);
    });

    it('counts an actor attacking twice on a day once, and only actors of the list', () => {
      const trace = makeTrace([
        {
          events: [
            attack('proxy', 'adversary'),
            attack('proxy', 'adversary'),
            attack('adversary', 'proxy'),
          ],
        },
      ]);
      expect(holds(twoAtOnce, trace)).toBe(true);
      expect(holds({ simultaneous: { from: ['proxy', 'sponsor'], atLeast: 2 } }, trace)).toBe(
        false,
      );
    });
  });

  describe('rate', () => {
    // Days 0–9: the proxy attacks the adversary on days 0, 1, 2 (twice on day 2) and the sponsor
    // once on day 8; nothing on the other days.
    const a = (to = 'adversary') => attack('proxy', to);
    const trace = makeTrace([
      { events: [a()] },
      { events: [a()] },
      { events: [a(), a()] },
      {},
      {},
      {},
      {},
      {},
      { events: [a('sponsor')] },
      {},
    ]);

    it('scales the attacks over the whole run to attacks per `per` days (30 by default)', () => {
      // 5 attacks over 10 days: 15 per 30 days, 5 per 10 days.
      expect(holds({ rate: { from: ['proxy'], min: 15 } }, trace)).toBe(true);
      expect(holds({ rate: { from: ['proxy'], min: 15.01 } }, trace)).toBe(false);
      expect(holds({ rate: { from: ['proxy'], per: 10, min: 5, max: 5 } }, trace)).toBe(true);
      expect(holds({ rate: { from: ['proxy'], max: 14.99 } }, trace)).toBe(false);
    });

    it('counts only attacks on `to`, at the rung asked for, by actors of `from`', () => {
      // 4 attacks on the adversary over 10 days: 12 per 30 days.
      expect(holds({ rate: { from: ['proxy'], to: ['adversary'], min: 12, max: 12 } }, trace)).toBe(
        true,
      );
      expect(holds({ rate: { from: ['proxy'], atLeast: 'limited', max: 0 } }, trace)).toBe(true);
      expect(holds({ rate: { from: ['sponsor', 'adversary'], max: 0 } }, trace)).toBe(true);
    });

    it('counts only the days and attacks of its window', () => {
      // Days 3–7: 5 quiet days.
      expect(
        holds({ rate: { from: ['proxy'], window: { start: 3, end: 7 }, max: 0 } }, trace),
      ).toBe(true);
      // Days 2–8: 3 attacks over 7 days, 3/7 × 7 = 3 per week.
      expect(
        holds(
          { rate: { from: ['proxy'], per: 7, window: { start: 2, end: 8 }, min: 3, max: 3 } },
          trace,
        ),
      ).toBe(true);
      // Days 8–40 of a 10-day run: 1 attack over the 2 days it has, 15 per 30 days.
      expect(
        holds(
          { rate: { from: ['proxy'], window: { start: 8, end: 40 }, min: 15, max: 15 } },
          trace,
        ),
      ).toBe(true);
    });

    it("runs a window without an end to the run's last day", () => {
      // Days 8–9: 1 attack over 2 days, 15 per 30 days.
      expect(
        holds({ rate: { from: ['proxy'], window: { start: 8 }, min: 15, max: 15 } }, trace),
      ).toBe(true);
    });

    it('does not hold over a window the run never reaches', () => {
      expect(
        holds({ rate: { from: ['proxy'], window: { start: 20, end: 40 }, max: 100 } }, trace),
      ).toBe(false);
    });
  });

  describe('daysAt', () => {
    const trace = makeTrace([
      { rungs: { proxy: 'limited' } },
      { rungs: { proxy: 'limited' } },
      { rungs: { proxy: 'indirect' } },
      { rungs: { proxy: 'direct' } },
      { rungs: { proxy: 'limited', sponsor: 'limited' } },
    ]);

    it('counts the days an actor stands at the rung or higher, in a row or not', () => {
      expect(holds({ daysAt: { actors: ['proxy'], atLeast: 'limited', days: 4 } }, trace)).toBe(
        true,
      );
      expect(holds({ daysAt: { actors: ['proxy'], atLeast: 'limited', days: 5 } }, trace)).toBe(
        false,
      );
      expect(holds({ daysAt: { actors: ['proxy'], atLeast: 'direct', days: 1 } }, trace)).toBe(
        true,
      );
    });

    it('needs the days in a row when consecutive', () => {
      const inARow = (days: number) => ({
        daysAt: { actors: ['proxy'], atLeast: 'limited' as const, days, consecutive: true },
      });
      expect(holds(inARow(2), trace)).toBe(true);
      expect(holds(inARow(3), trace)).toBe(false);
    });

    it('counts each actor on its own, and only the days of the window', () => {
      // proxy 4 days, sponsor 1: together 5, but no one actor has 5.
      expect(
        holds({ daysAt: { actors: ['proxy', 'sponsor'], atLeast: 'limited', days: 5 } }, trace),
      ).toBe(false);
      expect(
        holds(
          {
            daysAt: {
              actors: ['proxy'],
              atLeast: 'limited',
              days: 3,
              window: { start: 1, end: 4 },
            },
          },
          trace,
        ),
      ).toBe(true);
      expect(
        holds(
          {
            daysAt: {
              actors: ['proxy'],
              atLeast: 'limited',
              days: 3,
              window: { start: 2, end: 4 },
            },
          },
          trace,
        ),
      ).toBe(false);
    });
  });

  describe('stepDown', () => {
    const trace = makeTrace([
      { rungs: { proxy: 'indirect' } },
      { rungs: { proxy: 'limited' } },
      { rungs: { proxy: 'direct' } },
      { rungs: { proxy: 'limited', sponsor: 'material' } },
    ]);

    it('holds when an actor that stood at the rung or higher comes down below it', () => {
      expect(holds({ stepDown: { actors: ['proxy'], rung: 'direct' } }, trace)).toBe(true);
      // It stood at limited or higher from day 1 and never came below.
      expect(holds({ stepDown: { actors: ['proxy'], rung: 'limited' } }, trace)).toBe(false);
      // Below indirect on no day after standing there; the sponsor never stood at material before.
      expect(holds({ stepDown: { actors: ['proxy'], rung: 'indirect' } }, trace)).toBe(false);
      expect(holds({ stepDown: { actors: ['sponsor'], rung: 'material' } }, trace)).toBe(false);
    });

    it('needs the day it comes down inside the window', () => {
      const within = (start: number, end: number) => ({
        stepDown: { actors: ['proxy'], rung: 'direct' as const, window: { start, end } },
      });
      expect(holds(within(3, 3), trace)).toBe(true);
      expect(holds(within(0, 2), trace)).toBe(false);
    });
  });

  describe('pause', () => {
    // The proxy attacks on days 1 and 5; the sponsor on day 8; quiet otherwise, to day 11.
    const trace = makeTrace([
      {},
      { events: [attack('proxy', 'adversary')] },
      {},
      {},
      {},
      { events: [attack('proxy', 'adversary')] },
      {},
      {},
      { events: [attack('sponsor', 'adversary')] },
      {},
      {},
      {},
    ]);

    it('holds after an attack, when none of the actors attacks for the days asked, in a row', () => {
      // Proxy and sponsor together: quiet on days 2–4 (3 days), 6–7 (2), 9–11 (3).
      expect(holds({ pause: { actors: ['proxy', 'sponsor'], days: 3 } }, trace)).toBe(true);
      expect(holds({ pause: { actors: ['proxy', 'sponsor'], days: 4 } }, trace)).toBe(false);
      // The proxy alone: quiet on days 6–11, a stretch that lasts to the run's end.
      expect(holds({ pause: { actors: ['proxy'], days: 6 } }, trace)).toBe(true);
      expect(holds({ pause: { actors: ['proxy'], days: 7 } }, trace)).toBe(false);
    });

    it('does not count the quiet before the actors first attack', () => {
      // The sponsor is quiet on days 0–7, but it has not attacked yet; after day 8, 3 quiet days.
      expect(holds({ pause: { actors: ['sponsor'], days: 4 } }, trace)).toBe(false);
      expect(holds({ pause: { actors: ['adversary'], days: 1 } }, trace)).toBe(false);
    });

    it('counts only attacks on `to`, when given', () => {
      // The sponsor attacks the adversary on day 8, not the proxy: quiet toward the proxy.
      const onProxy = makeTrace([
        { events: [attack('sponsor', 'proxy')] },
        {},
        { events: [attack('sponsor', 'adversary')] },
        {},
      ]);
      expect(holds({ pause: { actors: ['sponsor'], to: ['proxy'], days: 3 } }, onProxy)).toBe(true);
      expect(holds({ pause: { actors: ['sponsor'], days: 2 } }, onProxy)).toBe(false);
    });

    it('counts only quiet days inside the window', () => {
      expect(
        holds({ pause: { actors: ['proxy'], days: 4, window: { start: 8, end: 11 } } }, trace),
      ).toBe(true);
      expect(
        holds({ pause: { actors: ['proxy'], days: 4, window: { start: 6, end: 8 } } }, trace),
      ).toBe(false);
    });
  });

  describe('outcome, all, any, not', () => {
    const trace = makeTrace([
      { rungs: { proxy: 'limited' }, events: [attack('proxy', 'adversary', { rung: 'limited' })] },
    ]);
    const yes: OutcomeCondition = { reach: { actors: ['proxy'], atLeast: 'limited' } };
    const no: OutcomeCondition = { reach: { actors: ['adversary'], atLeast: 'political' } };

    it('combines conditions with all, any and not', () => {
      expect(holds({ all: [yes, yes] }, trace)).toBe(true);
      expect(holds({ all: [yes, no] }, trace)).toBe(false);
      expect(holds({ any: [no, yes] }, trace)).toBe(true);
      expect(holds({ any: [no, no] }, trace)).toBe(false);
      expect(holds({ not: yes }, trace)).toBe(false);
      expect(holds({ not: no }, trace)).toBe(true);
      expect(holds({ not: { all: [yes, { not: no }] } }, trace)).toBe(false);
    });

    it('refers to another outcome of the pack, whether listed before or after it', () => {
      const results = evaluateOutcomes(
        trace,
        packWith({
          'before-ref': { not: { outcome: 'base' } },
          base: yes,
          'after-ref': { all: [{ outcome: 'base' }, { outcome: 'before-ref' }] },
          'neither-ref': { any: [{ outcome: 'before-ref' }, no] },
        }),
      );
      expect(results).toEqual({
        'before-ref': false,
        base: true,
        'after-ref': false,
        'neither-ref': false,
      });
    });

    it('answers for every outcome of the pack, in the pack’s order', () => {
      const results = evaluateOutcomes(trace, fixturePack);
      expect(Object.keys(results)).toEqual(['proxy-open', 'exchange', 'contained']);
      expect(results).toEqual({ 'proxy-open': true, exchange: false, contained: false });
    });
  });
});
