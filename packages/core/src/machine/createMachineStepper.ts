import { type AnyActorScope, createActor, initialTransition } from 'xstate';
import type { PostureMachine } from './createPostureMachine.js';
import type { PostureContext } from './decisionRules.js';
import type { PostureEvent } from './postureEvents.js';

/** What the daily step needs of a posture machine's snapshot: its rung and its context. */
export interface PostureState {
  value: string;
  context: PostureContext;
}

/** A posture machine's snapshot as xstate makes it. */
export type PostureSnapshot = ReturnType<PostureMachine['transition']>;

/** Pure transitions of one posture machine: (state, event) → next state. */
export interface MachineStepper<S extends PostureState = PostureState> {
  initial(): S;
  step(state: S, event: PostureEvent): S;
}

/**
 * Steps a posture machine with xstate itself, as a pure function of (snapshot, event) like
 * xstate's `transition()`, but with one inert actor scope made once per machine rather than one
 * per call: `transition()` builds a whole actor for every call, which costs more than the step.
 * Posture machines spawn no children and run no side effects (their only actions are `assign`s,
 * resolved inside the transition), so the shared scope never holds state.
 */
export function createMachineStepper(machine: PostureMachine): MachineStepper<PostureSnapshot> {
  const self = createActor(machine);
  const scope: AnyActorScope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  };
  const initial = initialTransition(machine)[0];
  return {
    initial: () => initial,
    step: (snapshot, event) => machine.transition(snapshot, event, scope),
  };
}
