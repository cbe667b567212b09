import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { playbackMachine } from '../src/lib/playbackMachine';

const start = (day = 0, horizon = 10) => {
  const actor = createActor(playbackMachine, { input: { day, horizon, speed: 10 } });
  actor.start();
  return actor;
};

describe('playbackMachine', () => {
  it('steps within the run and pauses', () => {
    const actor = start(0);
    actor.send({ type: 'STEP', delta: -1 });
    expect(actor.getSnapshot().context.day).toBe(0);
    actor.send({ type: 'STEP', delta: 3 });
    expect(actor.getSnapshot().context.day).toBe(3);
    actor.send({ type: 'SEEK', day: 99 });
    expect(actor.getSnapshot().context.day).toBe(9);
    expect(actor.getSnapshot().value).toBe('paused');
  });

  it('plays one day per tick and stops on the last day', () => {
    vi.useFakeTimers();
    try {
      const actor = start(7);
      actor.send({ type: 'PLAY' });
      vi.advanceTimersByTime(100);
      expect(actor.getSnapshot().context.day).toBe(8);
      vi.advanceTimersByTime(1000);
      expect(actor.getSnapshot().context.day).toBe(9);
      expect(actor.getSnapshot().value).toBe('paused');
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts again from day 0 when played at the end', () => {
    const actor = start(9);
    actor.send({ type: 'TOGGLE' });
    expect(actor.getSnapshot().context.day).toBe(0);
    expect(actor.getSnapshot().value).toBe('playing');
    actor.send({ type: 'TOGGLE' });
    expect(actor.getSnapshot().value).toBe('paused');
  });

  it('loads a new run, keeping the day where it fits', () => {
    const actor = start(8);
    actor.send({ type: 'LOAD', day: 8, horizon: 5 });
    expect(actor.getSnapshot().context).toMatchObject({ day: 4, horizon: 5 });
  });

  it('keeps to the set speed when ticks come late, as on a page busy drawing', () => {
    vi.useFakeTimers();
    try {
      // Each 50 ms tick at 20 days/s arrives when the clock says 200 ms have passed.
      let now = 1000;
      const actor = createActor(playbackMachine, {
        input: { day: 0, horizon: 120, speed: 20, clock: () => now },
      });
      actor.start();
      actor.send({ type: 'PLAY' });
      for (let tick = 1; tick <= 5; tick++) {
        now += 200;
        vi.advanceTimersByTime(50);
        expect(actor.getSnapshot().context.day).toBe(4 * tick);
      }
      // A new speed counts from when it is set.
      actor.send({ type: 'SPEED', speed: 2 });
      now += 1000;
      vi.advanceTimersByTime(500);
      expect(actor.getSnapshot().context.day).toBe(22);
    } finally {
      vi.useRealTimers();
    }
  });
});
