import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileMachineStepper } from '../src/machine/compileMachineStepper.js';
import { createMachineStepper, type PostureSnapshot } from '../src/machine/createMachineStepper.js';
import {
  createPostureMachine,
  machineRules,
  machineRungs,
  type PostureMachineOptions,
} from '../src/machine/createPostureMachine.js';
import type { Cap, Lift, PostureContext } from '../src/machine/decisionRules.js';
import type { PostureEvent } from '../src/machine/postureEvents.js';
import { FIRST_MILITARY_RUNG, RUNGS, rungIndex } from '../src/schema/rungs.js';
import type { Posture } from '../src/schema/types.js';
import { fixturePack, makePosture } from './fixtures.js';

/**
 * The compiled transition tables against xstate itself, exhaustively over the finite space a
 * posture machine decides on: every state × `DAY` and `RED_LINE` × drives at, just below and just
 * above every climb threshold and every hold threshold × no lift, an active lift and one that
 * runs out × not mobilising, a day short of mobilised, mobilised × a day inside the dwell and just
 * out of it × no scripted rung or any rung; for `RED_LINE`, every military lift rung × a lift
 * shorter, equal to and longer than the one in force, from another red line or the same. The compiled stepper's
 * `step` and its in-place `advance` must give exactly xstate's next state and context.
 */
const world = fixturePack.world;
const options = (dwell: number, hysteresis: number): PostureMachineOptions => ({
  id: 'machine',
  thresholds: world.thresholds.value,
  hysteresis,
  dwell,
});
const MILITARY = rungIndex(FIRST_MILITARY_RUNG);
const DAY = 40;

const postures: [string, Posture][] = [
  ...fixturePack.actors.map((actor): [string, Posture] => [actor.id, actor.posture]),
  [
    'lifted twice, with a floor and a mobilisation delay',
    makePosture({
      start: 'material',
      floor: 'political',
      ceiling: 'indirect',
      redLines: [
        { id: 'a', lift: 'limited' },
        { id: 'b', lift: 'war' },
      ],
      mobilisationDelay: 3,
    }),
  ],
  ['dormant to war, no red line', makePosture({ start: 'dormant', ceiling: 'war' })],
];

function drives(thresholds: readonly number[], hysteresis: number): number[] {
  const points = new Set<number>([-1, 5]);
  for (const t of thresholds) {
    for (const x of [t, t * (1 - hysteresis)]) {
      points.add(x);
      points.add(x - 1e-9);
      points.add(x + 1e-9);
    }
  }
  return [...points];
}

function contexts(dwell: number, delay: number): PostureContext[] {
  // No lift, an active one, one that runs out today.
  const lifts: (Lift | null)[] = [
    null,
    {
      rung: rungIndex('limited'),
      until: DAY + 5,
      redLine: 'a',
      strikes: null,
      by: null,
      ceasefire: false,
    },
    { rung: rungIndex('war'), until: DAY, redLine: 'b', strikes: 2, by: 'x', ceasefire: false },
    {
      rung: rungIndex('direct'),
      until: DAY + 5,
      redLine: 'c',
      strikes: 1,
      by: 'x',
      ceasefire: false,
    },
  ];
  // No ceasefire yet; one before the rung was taken; one on the day it was taken.
  const truces = (s: number) => [null, s - 1, s];
  // Not mobilising; mobilising, one day short of the delay; mobilised.
  const mobilising = [null, DAY - Math.max(0, delay - 1), DAY - delay];
  // Inside the dwell (one day short of it), and just out of it.
  const since = [DAY - Math.max(0, dwell - 1), DAY - dwell];
  // No coercion cap, one in force, one that runs out today.
  const caps: (Cap | null)[] = [
    null,
    { rung: rungIndex('material'), until: DAY + 3 },
    { rung: rungIndex('indirect'), until: DAY },
  ];
  const list: PostureContext[] = [];
  for (const lift of lifts)
    for (const cap of caps)
      for (const mobilisingSince of [...new Set(mobilising)])
        for (const s of [...new Set(since)])
          for (const truce of truces(s))
            list.push({ day: DAY - 1, lift, cap, mobilisingSince, since: s, truce });
  return list;
}

function events(thresholds: readonly number[], hysteresis: number): PostureEvent[] {
  const list: PostureEvent[] = [];
  for (const drive of drives(thresholds, hysteresis)) list.push({ type: 'DAY', day: DAY, drive });
  // A scripted rung decides whatever the drive: a low, a middle and a high one are enough.
  for (const drive of [-1, thresholds[MILITARY]!, 5])
    for (const rung of RUNGS) list.push({ type: 'DAY', day: DAY, drive, scripted: rung });
  for (const lift of RUNGS.slice(MILITARY))
    for (const until of [DAY + 1, DAY + 5, DAY + 9])
      for (const redLine of ['a', 'b'])
        for (const strikes of [null, 2])
          for (const by of [null, 'x'])
            list.push({ type: 'RED_LINE', day: DAY, redLine, lift, until, strikes, by });
  // Answers made above the ceiling: part of one, all of one, more than one.
  for (const count of [1, 2, 3]) list.push({ type: 'ANSWER', day: DAY, count });
  // Yielding to coercion: caps below, at and above the present ones.
  for (const cap of RUNGS.slice(0, MILITARY + 2))
    for (const until of [DAY + 1, DAY + 7]) list.push({ type: 'YIELD', day: DAY, cap, until });
  // Ceasefires with the attacker that crossed a lift's red line, and with someone else.
  for (const parties of [['x'], ['y', 'x'], ['y']])
    list.push({ type: 'CEASEFIRE', day: DAY, with: parties });
  return list;
}

describe('compiled transition tables', () => {
  for (const [name, posture] of postures) {
    for (const [dwell, hysteresis] of [
      [world.dwell.value, world.hysteresis.value],
      [7, 0],
    ] as const) {
      it(`${name} (dwell ${dwell}, hysteresis ${hysteresis}): every state, context and event as xstate`, () => {
        const machineOptions = options(dwell, hysteresis);
        const machine = createPostureMachine(posture, machineOptions);
        const rules = machineRules(posture, machineOptions);
        const xstate = createMachineStepper(machine);
        const compiled = compileMachineStepper(machine, rules, xstate.initial());
        let compared = 0;
        const outcomes = new Set<string>();
        for (const rung of machineRungs(posture)) {
          for (const context of contexts(dwell, rules.mobilisationDelay)) {
            const snapshot = machine.resolveState({ value: rung, context }) as PostureSnapshot;
            for (const event of events(rules.thresholds, hysteresis)) {
              const expected = xstate.step(snapshot, { ...event });
              const want = { value: expected.value, context: expected.context };
              const state = { value: rung as string, context: structuredClone(context) };
              const stepped = compiled.step(state, event);
              // Strict deep equality implies toEqual; only a difference pays for expect's
              // diff and the case's description (most of this test's time when every case did).
              if (!isDeepStrictEqual(stepped, want)) {
                expect(stepped, JSON.stringify({ rung, context, event })).toEqual(want);
              }
              compiled.advance(state, event);
              if (!isDeepStrictEqual(state, want)) {
                expect(state, JSON.stringify({ rung, context, event })).toEqual(want);
              }
              compared++;
              outcomes.add(`${rung}→${String(expected.value)}`);
            }
          }
        }
        // The space was walked, and it moves machines up, down and not at all.
        expect(compared).toBeGreaterThan(1000);
        expect([...outcomes].some((o) => o.split('→')[0] !== o.split('→')[1])).toBe(true);
      });
    }
  }
});
