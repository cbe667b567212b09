import { type AnyActorScope, createActor, initialTransition } from 'xstate';
import type { PostureMachine } from './createPostureMachine.js';
import type { PostureEvent } from './postureEvents.js';

/** A posture machine's snapshot: its rung (`value`) and context. */
export type PostureSnapshot = ReturnType<PostureMachine['transition']>;

/** Pure transitions of one posture machine, reusing one inert actor scope. */
export interface MachineStepper {
  initial(): PostureSnapshot;
  step(snapshot: PostureSnapshot, event: PostureEvent): PostureSnapshot;
}

/**
 * Steps a posture machine as a pure function of (snapshot, event), like xstate's `transition()`,
 * but with one inert actor scope made once per machine rather than one per call: `transition()`
 * builds a whole actor for every call, which costs more than the step. Posture machines spawn no
 * children and run no side effects (their only actions are `assign`s, resolved inside the
 * transition), so the shared scope never holds state.
 */
export function createMachineStepper(machine: PostureMachine): MachineStepper {
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
