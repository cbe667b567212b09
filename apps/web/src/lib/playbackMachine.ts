import { assign, setup } from 'xstate';

/** Days per second the player can run at. */
export const SPEEDS = [2, 5, 10, 20] as const;

export interface PlaybackContext {
  day: number;
  /** Days in the run: the last day is `horizon - 1`. */
  horizon: number;
  /** Days per second. */
  speed: number;
  /** When playing began (or the speed last changed), by `clock`, and the day shown then. */
  since: { at: number; day: number };
  /** Milliseconds from some fixed point: `performance.now` in the browser. */
  clock: () => number;
}

export type PlaybackEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE' }
  | { type: 'STEP'; delta: number }
  | { type: 'SEEK'; day: number }
  | { type: 'SPEED'; speed: number }
  | { type: 'LOAD'; day: number; horizon: number };

const clamp = (day: number, horizon: number) => Math.max(0, Math.min(horizon - 1, Math.round(day)));

/**
 * The runner's playback: paused or playing, the day shown and the speed. Playing shows the day
 * the clock says is due at the set speed (at least one more per tick) and pauses on the last day;
 * stepping or seeking pauses, as in a video player.
 */
export const playbackMachine = setup({
  types: {
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
    input: {} as { day: number; horizon: number; speed?: number; clock?: () => number },
  },
  delays: {
    tick: ({ context }) => 1000 / context.speed,
  },
  guards: {
    atEnd: ({ context }) => context.day >= context.horizon - 1,
  },
  actions: {
    // The day due by the clock since playing began, and at least the next: a tick that comes late
    // (the page was busy drawing) catches up, so the run plays at the set speed.
    advance: assign({
      day: ({ context }) => {
        const due =
          context.since.day +
          Math.floor(((context.clock() - context.since.at) * context.speed) / 1000);
        return clamp(Math.max(context.day + 1, due), context.horizon);
      },
    }),
    mark: assign({ since: ({ context }) => ({ at: context.clock(), day: context.day }) }),
    rewind: assign({ day: 0 }),
    step: assign({
      day: ({ context, event }) =>
        event.type === 'STEP' ? clamp(context.day + event.delta, context.horizon) : context.day,
    }),
    seek: assign({
      day: ({ context, event }) =>
        event.type === 'SEEK' ? clamp(event.day, context.horizon) : context.day,
    }),
    speed: assign({
      speed: ({ context, event }) => (event.type === 'SPEED' ? event.speed : context.speed),
      since: ({ context }) => ({ at: context.clock(), day: context.day }),
    }),
    load: assign(({ context, event }) =>
      event.type === 'LOAD'
        ? { ...context, horizon: event.horizon, day: clamp(event.day, event.horizon) }
        : context,
    ),
  },
}).createMachine({
  id: 'playback',
  context: ({ input }) => {
    const clock = input.clock ?? (() => performance.now());
    const day = clamp(input.day, input.horizon);
    return { day, horizon: input.horizon, speed: input.speed ?? 5, since: { at: 0, day }, clock };
  },
  initial: 'paused',
  on: {
    STEP: { target: '.paused', actions: 'step' },
    SEEK: { target: '.paused', actions: 'seek' },
    SPEED: { actions: 'speed' },
    LOAD: { target: '.paused', actions: 'load' },
  },
  states: {
    paused: {
      on: {
        // Playing from the last day starts the run again.
        PLAY: [
          { guard: 'atEnd', target: 'playing', actions: ['rewind', 'mark'] },
          { target: 'playing', actions: 'mark' },
        ],
        TOGGLE: [
          { guard: 'atEnd', target: 'playing', actions: ['rewind', 'mark'] },
          { target: 'playing', actions: 'mark' },
        ],
      },
    },
    playing: {
      after: {
        tick: [
          { guard: 'atEnd', target: 'paused' },
          { target: 'playing', reenter: true, actions: 'advance' },
        ],
      },
      on: { PAUSE: 'paused', TOGGLE: 'paused' },
    },
  },
});
