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
