import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  createPostureMachine,
  DEFAULT_THRESHOLDS,
  machineRungs,
  type PostureEvent,
  type PostureMachine,
  type Rung,
} from '../src/index.js';
import { makePosture } from './fixtures.js';

type Snapshot = ReturnType<typeof initialTransition<PostureMachine>>[0];

const options = { thresholds: DEFAULT_THRESHOLDS, hysteresis: 0.25, dwell: 0 };
const HIGH = 10;

const day = (n: number, drive: number, scripted?: Rung): PostureEvent =>
  scripted ? { type: 'DAY', day: n, drive, scripted } : { type: 'DAY', day: n, drive };

const redLine = (
  n: number,
  lift: Rung,
  until: number,
  strikes: number | null = null,
): PostureEvent => ({
  type: 'RED_LINE',
  day: n,
  redLine: 'hit',
  lift,
  until,
  strikes,
});

const answer = (n: number, count: number): PostureEvent => ({ type: 'ANSWER', day: n, count });

/** Feeds events to a machine from its initial state; returns the rung after each event. */
function play(machine: PostureMachine, events: PostureEvent[], from?: Snapshot) {
  let snapshot = from ?? initialTransition(machine)[0];
  const rungs: Rung[] = [];
  const snapshots: Snapshot[] = [];
  for (const event of events) {
    [snapshot] = transition(machine, snapshot, event);
    rungs.push(snapshot.value as Rung);
    snapshots.push(snapshot);
  }
  return { rungs, snapshots, last: snapshot };
}

/** The guard of the transition a machine would take on an event, or null when it takes none. */
function guardTaken(machine: PostureMachine, snapshot: Snapshot, event: PostureEvent) {
  const [taken] = machine.getTransitionData(snapshot, event);
  if (!taken?.target?.length) return null;
  const guard = taken.guard as { type: string } | undefined;
  return guard?.type ?? null;
}

const days = (first: number, count: number, drive: number) =>
  Array.from({ length: count }, (_, i) => day(first + i, drive));

describe('createPostureMachine', () => {
  it('has one state per rung from the floor up to the higher of the ceiling and the red-line lifts', () => {
    const posture = makePosture({
      start: 'material',
      floor: 'political',
      ceiling: 'indirect',
      redLines: [
        { id: 'a', lift: 'limited' },
        { id: 'b', lift: 'direct' },
      ],
    });
    const machine = createPostureMachine(posture, options);
    expect(Object.keys(machine.states)).toEqual([
      'political',
      'material',
      'indirect',
      'limited',
      'direct',
    ]);
    expect(machineRungs(posture)).toEqual([
      'political',
      'material',
      'indirect',
      'limited',
      'direct',
    ]);
    expect(initialTransition(machine)[0].value).toBe('material');
  });

  it('has no state above the ceiling when there are no red lines, and starts at its start', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'material', ceiling: 'limited' }),
      options,
    );
    expect(Object.keys(machine.states)).toEqual(['material', 'indirect', 'limited']);
  });

  it('climbs one rung per day under high drive and stops at the ceiling without a red line', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'dormant', ceiling: 'indirect' }),
      options,
    );
    const { rungs } = play(machine, days(1, 8, HIGH));
    expect(rungs).toEqual([
      'political',
      'material',
      'indirect',
      'indirect',
      'indirect',
      'indirect',
      'indirect',
      'indirect',
    ]);
  });

  it('never climbs past the ceiling without a red line, even with a red line in its posture', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'political',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'war' }],
      }),
      options,
    );
    const { rungs, last } = play(machine, days(1, 30, 1_000));
    expect(rungs.at(-1)).toBe('indirect');
    expect(rungs).not.toContain('limited');
    expect(guardTaken(machine, last, day(31, 1_000))).toBeNull();
  });

  it('climbs above the ceiling through the riseByRedLine guard once a RED_LINE lifts it', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'indirect',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'direct' }],
      }),
      options,
    );
    const lifted = play(machine, [redLine(1, 'direct', 20)]).last;
    expect(lifted.value).toBe('indirect');
    expect(lifted.context.lift).toEqual({
      rung: 5,
      until: 20,
      redLine: 'hit',
      strikes: null,
      by: null,
      ceasefire: false,
    });
    expect(guardTaken(machine, lifted, day(1, HIGH))).toBe('riseByRedLine');

    const { rungs, snapshots } = play(machine, days(1, 4, HIGH), lifted);
    expect(rungs).toEqual(['limited', 'direct', 'direct', 'direct']);
    expect(guardTaken(machine, snapshots[0]!, day(2, HIGH))).toBe('riseByRedLine');
  });

  it('rises within the ceiling through the plain rise guard', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'political', ceiling: 'indirect' }),
      options,
    );
    const [initial] = initialTransition(machine);
    expect(guardTaken(machine, initial, day(1, HIGH))).toBe('rise');
  });

  it('steps back down to the ceiling, one rung a day, once the lift runs out, whatever its drive', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'indirect',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'direct' }],
      }),
      options,
    );
    const lifted = play(machine, [redLine(0, 'direct', 5)]).last;
    const { rungs } = play(machine, days(1, 8, HIGH), lifted);
    // Days 1..8: limited, direct, held until day 5 (the lift's `until`, exclusive), then down.
    expect(rungs).toEqual([
      'limited',
      'direct',
      'direct',
      'direct',
      'limited',
      'indirect',
      'indirect',
      'indirect',
    ]);
  });

  it('closes a bounded answer: once its strikes are made it steps back under the ceiling', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'indirect',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'limited' }],
      }),
      options,
    );
    // A 30-day lift that calls for an answer of 2 strikes.
    const lifted = play(machine, [redLine(0, 'limited', 30, 2)]).last;
    const climbed = play(machine, [day(1, HIGH)], lifted).last;
    expect(climbed.value).toBe('limited');
    // One strike made: the answer is not over, the lift holds.
    const half = play(machine, [answer(1, 1)], climbed).last;
    expect(half.context.lift).toMatchObject({ strikes: 1, until: 30 });
    expect(play(machine, [day(2, HIGH)], half).last.value).toBe('limited');
    // The second strike closes it: the lift ends with the day, and the actor steps down
    // the next day whatever its drive (dwell does not hold it above its ceiling).
    const done = play(machine, [answer(2, 1)], half).last;
    expect(done.context.lift).toMatchObject({ strikes: 0, until: 3 });
    const { rungs } = play(machine, days(3, 3, HIGH), done);
    expect(rungs).toEqual(['indirect', 'indirect', 'indirect']);
  });

  it('answers again only when struck again: a new crossing sets a new answer', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'indirect',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'limited' }],
      }),
      options,
    );
    const closed = play(machine, [redLine(0, 'limited', 30, 1), day(1, HIGH), answer(1, 1)]).last;
    expect(closed.context.lift).toMatchObject({ until: 2, strikes: 0 });
    const again = play(machine, [redLine(2, 'limited', 32, 3), day(2, HIGH)], closed).last;
    expect(again.value).toBe('limited');
    expect(again.context.lift).toMatchObject({ until: 32, strikes: 3 });
  });

  it('does not count answers when its lift has no limit', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'indirect',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'limited' }],
      }),
      options,
    );
    const lifted = play(machine, [redLine(0, 'limited', 30), day(1, HIGH), answer(1, 5)]).last;
    expect(lifted.context.lift).toEqual({
      rung: 4,
      until: 30,
      redLine: 'hit',
      strikes: null,
      by: null,
      ceasefire: false,
    });
    expect(lifted.value).toBe('limited');
  });

  it('does not rise on a lift that has already run out', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'indirect',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'direct' }],
      }),
      options,
    );
    const lifted = play(machine, [redLine(0, 'direct', 3)]).last;
    expect(play(machine, [day(3, HIGH), day(4, HIGH)], lifted).rungs).toEqual([
      'indirect',
      'indirect',
    ]);
  });

  it('holds back the first military rung until the mobilisation delay has passed', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'material', ceiling: 'limited', mobilisationDelay: 3 }),
      options,
    );
    const { rungs, snapshots } = play(machine, days(1, 6, HIGH));
    // The pull toward force starts on day 1; the first military rung comes 3 days later.
    expect(snapshots[0]!.context.mobilisingSince).toBe(1);
    expect(rungs).toEqual(['material', 'material', 'material', 'indirect', 'limited', 'limited']);

    const ready = createPostureMachine(
      makePosture({ start: 'material', ceiling: 'limited' }),
      options,
    );
    expect(play(ready, days(1, 2, HIGH)).rungs).toEqual(['indirect', 'limited']);
  });

  it('lets non-military rungs rise during mobilisation', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'dormant', ceiling: 'indirect', mobilisationDelay: 5 }),
      options,
    );
    expect(play(machine, days(1, 6, HIGH)).rungs).toEqual([
      'political',
      'material',
      'material',
      'material',
      'material',
      'indirect',
    ]);
  });

  it('keeps a rung it moved to for `dwell` days before low drive brings it down', () => {
    const machine = createPostureMachine(makePosture({ start: 'political', ceiling: 'indirect' }), {
      ...options,
      dwell: 4,
    });
    // Climbs to material on day 1 (drive at its threshold), then the drive drops to nothing.
    const { rungs } = play(machine, [day(1, DEFAULT_THRESHOLDS.material), ...days(2, 5, 0)]);
    expect(rungs).toEqual([
      'material',
      'material',
      'material',
      'material',
      'political',
      'political',
    ]);

    const restless = createPostureMachine(
      makePosture({ start: 'political', ceiling: 'indirect' }),
      options,
    );
    expect(play(restless, [day(1, DEFAULT_THRESHOLDS.material), day(2, 0)]).rungs).toEqual([
      'material',
      'political',
    ]);
  });

  it('holds its rung while the drive stays within the hysteresis band below the threshold', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'political', ceiling: 'indirect' }),
      options,
    );
    const band = DEFAULT_THRESHOLDS.material * (1 - options.hysteresis);
    const { rungs } = play(machine, [
      day(1, DEFAULT_THRESHOLDS.material),
      day(2, band + 0.001),
      day(3, band - 0.001),
    ]);
    expect(rungs).toEqual(['material', 'material', 'political']);
  });

  it('never falls below its floor', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'material', floor: 'political', ceiling: 'indirect' }),
      options,
    );
    expect(play(machine, days(1, 5, -10)).rungs).toEqual([
      'political',
      'political',
      'political',
      'political',
      'political',
    ]);
  });

  it('jumps directly to a scripted rung, with no drive and no mobilisation', () => {
    const machine = createPostureMachine(
      makePosture({ start: 'political', ceiling: 'limited', mobilisationDelay: 10 }),
      options,
    );
    const [initial] = initialTransition(machine);
    expect(guardTaken(machine, initial, day(1, 0, 'limited'))).toBe('scripted');
    expect(play(machine, [day(1, 0, 'limited')]).rungs).toEqual(['limited']);
  });

  it('does not jump to a scripted rung above its ceiling, nor down to a scripted lower rung', () => {
    const machine = createPostureMachine(
      makePosture({
        start: 'material',
        ceiling: 'indirect',
        redLines: [{ id: 'hit', lift: 'direct' }],
      }),
      options,
    );
    expect(play(machine, [day(1, 0.3, 'direct')]).rungs).toEqual(['material']);
    expect(play(machine, [day(1, 0.3, 'political')]).rungs).toEqual(['material']);
  });

  describe('a ceasefire (MODEL.md, "Ceasefires")', () => {
    const lifted = (by: string | null) => ({ ...redLine(1, 'direct', 30, 8), by }) as PostureEvent;
    const ceasefire = (n: number, parties: string[]): PostureEvent => ({
      type: 'CEASEFIRE',
      day: n,
      with: parties,
    });
    const machineWithDwell = (dwell: number) =>
      createPostureMachine(
        makePosture({
          start: 'indirect',
          ceiling: 'indirect',
          redLines: [{ id: 'hit', lift: 'direct' }],
        }),
        { ...options, dwell },
      );

    it('with the attacker that crossed a red line ends the answer: the actor steps back down', () => {
      const machine = machineWithDwell(0);
      const up = play(machine, [lifted('x'), day(2, HIGH), day(3, HIGH)]);
      expect(up.rungs.at(-1)).toBe('direct');
      const [afterTruce] = transition(machine, up.last, ceasefire(4, ['x']));
      expect(guardTaken(machine, up.last, ceasefire(4, ['x']))).toBeNull();
      expect(afterTruce.context.lift).toMatchObject({ until: 4, ceasefire: true, by: 'x' });
      // Whatever its drive, it steps down one rung a day to its ceiling.
      const down = play(machine, [day(4, HIGH), day(5, HIGH), day(6, HIGH)], afterTruce);
      expect(down.rungs).toEqual(['limited', 'indirect', 'indirect']);
    });

    it('with someone else leaves the answer in force', () => {
      const machine = machineWithDwell(0);
      const up = play(machine, [lifted('x'), day(2, HIGH), day(3, HIGH), ceasefire(4, ['y'])]);
      expect(up.last.context.lift).toMatchObject({ until: 30, ceasefire: false });
      expect(play(machine, [day(4, HIGH)], up.last).rungs).toEqual(['direct']);
      // A lift no attack crossed is ended by no ceasefire.
      const unattributed = play(machine, [lifted(null), day(2, HIGH), ceasefire(3, ['x'])]);
      expect(unattributed.last.context.lift).toMatchObject({ until: 30 });
    });

    it('frees a rung taken before it from dwell, so falling drive brings the actor down at once', () => {
      const machine = createPostureMachine(makePosture({ start: 'material', ceiling: 'limited' }), {
        ...options,
        dwell: 7,
      });
      const up = play(machine, [day(1, HIGH), day(2, HIGH)]);
      expect(up.rungs).toEqual(['indirect', 'limited']);
      // Without a ceasefire the week of dwell holds it on day 3 despite a falling drive.
      expect(play(machine, [day(3, 0)], up.last).rungs).toEqual(['limited']);
      const agreed = play(machine, [ceasefire(3, ['x']), day(3, 0), day(4, 0)], up.last);
      expect(agreed.rungs).toEqual(['limited', 'indirect', 'material']);
      // A rung taken after the ceasefire is held by dwell again.
      const later = play(machine, [day(5, HIGH), day(6, 0)], agreed.last);
      expect(later.rungs).toEqual(['indirect', 'indirect']);
    });
  });
});
