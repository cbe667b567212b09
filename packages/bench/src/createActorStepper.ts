import type { MachineStepper, PostureMachine, PostureSnapshot } from '@brink/core';
import { type Actor, createActor } from 'xstate';

/**
 * Steps a posture machine the way an xstate application would, as a kernel `stepper`:
 * `initial()` creates and starts a fresh xstate actor (one per machine per run), and `step`
 * sends the event to the xstate actor whose snapshot it is given and returns its new snapshot. Each snapshot remembers its xstate actor, so
 * runs stay independent and the stepper stays a function of (snapshot, event) for the kernel.
 * The slowest way to run the machines: the benchmark's naive reference, and a check that live
 * actors decide exactly as the compiled table does.
 */
export function createActorStepper(machine: PostureMachine): MachineStepper<PostureSnapshot> {
  const actorOf = new WeakMap<PostureSnapshot, Actor<PostureMachine>>();
  return {
    initial() {
      const actor = createActor(machine).start();
      const snapshot = actor.getSnapshot();
      actorOf.set(snapshot, actor);
      return snapshot;
    },
    step(snapshot, event) {
      const actor = actorOf.get(snapshot);
      if (!actor) throw new Error('createActorStepper: this snapshot was not made by this stepper');
      actor.send(event);
      const next = actor.getSnapshot();
      actorOf.set(next, actor);
      return next;
    },
  };
}
