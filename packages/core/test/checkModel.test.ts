import { describe, expect, it } from 'vitest';
import { checkModel, checkPostureMachine } from '../src/index.js';
import { fixturePack, makePosture } from './fixtures.js';

describe('checkModel', () => {
  describe('checkPostureMachine', () => {
    const posture = makePosture({
      start: 'material',
      floor: 'political',
      ceiling: 'indirect',
      redLines: [{ id: 'homeland-hit', lift: 'direct' }],
      mobilisationDelay: 3,
    });
    const check = checkPostureMachine('sponsor', posture);

    it('reaches exactly the rungs from the floor to the ceiling without a red line', () => {
      expect(check.reachable).toEqual(['political', 'material', 'indirect']);
    });

    it('reaches up to the red line lift when red lines may be crossed', () => {
      expect(check.reachableWithRedLines).toEqual([
        'political',
        'material',
        'indirect',
        'limited',
        'direct',
      ]);
    });

    it('finds every climb above the ceiling guarded by a red line, and no problem', () => {
      expect(check.states).toEqual(['political', 'material', 'indirect', 'limited', 'direct']);
      expect(check.redLineGated).toEqual(['limited', 'direct']);
      expect(check.ungatedEdges).toEqual([]);
      expect(check.problems).toEqual([]);
      expect(check.actor).toBe('sponsor');
      expect(check.ceiling).toBe('indirect');
    });

    it('treats a red line that lifts no higher than the ceiling as adding no rung', () => {
      // A lift at or below the ceiling adds no state above it (checkPack reports it too).
      const odd = checkPostureMachine(
        'odd',
        makePosture({
          start: 'political',
          ceiling: 'indirect',
          redLines: [{ id: 'low', lift: 'indirect' }],
        }),
      );
      expect(odd.problems).toEqual([]);
      expect(odd.reachableWithRedLines).toEqual(['political', 'material', 'indirect']);
    });

    it('keeps a machine without red lines within its ceiling', () => {
      const plain = checkPostureMachine(
        'plain',
        makePosture({ start: 'dormant', ceiling: 'limited' }),
      );
      expect(plain.reachable).toEqual(['dormant', 'political', 'material', 'indirect', 'limited']);
      expect(plain.reachableWithRedLines).toEqual(plain.reachable);
      expect(plain.redLineGated).toEqual([]);
      expect(plain.problems).toEqual([]);
    });
  });

  it('finds no problem in any actor of a sound pack, with the pack thresholds', () => {
    const checks = checkModel(fixturePack);
    expect(checks.map((check) => check.actor)).toEqual(['sponsor', 'proxy', 'adversary']);
    for (const check of checks) expect(check.problems).toEqual([]);
    const proxy = checks.find((check) => check.actor === 'proxy')!;
    expect(proxy.reachable).toEqual(['material', 'indirect']);
    expect(proxy.reachableWithRedLines).toEqual(['material', 'indirect', 'limited']);
  });
});
