import type { MachineStepper, PostureState } from './createMachineStepper.js';
import type { PostureMachine } from './createPostureMachine.js';
import type { MachineRules, PostureContext } from './decisionRules.js';
import type { PostureEvent } from './postureEvents.js';
import { POSTURE_RECIPES, type PostureAction } from './postureRecipes.js';

type Guard = (args: { context: PostureContext; event: PostureEvent }, params: unknown) => boolean;

/** One transition of a posture machine, read off its definition. */
export interface TableTransition {
  guard: { type: string; params: unknown } | null;
  target: string | null;
  actions: PostureAction[];
}

/** A posture machine's transitions, by state and event type, in the machine's own order. */
export interface TransitionTable {
  initial: PostureState;
  states: Record<string, Record<string, TableTransition[]>>;
  /** Transitions of the machine's root, taken when no transition of the state is enabled. */
  root: Record<string, TableTransition[]>;
}

/**
 * Reads a posture machine's transition table off its xstate definition: for every state and
 * event, the guarded transitions in the order xstate tries them, with their targets and action
 * names. Nothing here restates a rule: guards and actions stay the machine's own.
 */
export function compileTransitionTable(
  machine: PostureMachine,
  initial: PostureState,
): TransitionTable {
  const read = (definitions: Map<string, readonly unknown[]>) => {
    const byEvent: Record<string, TableTransition[]> = {};
    for (const [eventType, list] of definitions) {
      byEvent[eventType] = list.map((definition) => {
        const { guard, target, actions } = definition as {
          guard?: { type: string; params?: unknown } | string;
          target?: readonly { key: string }[];
          actions: readonly (string | { type: string })[];
        };
        return {
          guard:
            guard === undefined
              ? null
              : typeof guard === 'string'
                ? { type: guard, params: undefined }
                : { type: guard.type, params: guard.params },
          target: target?.[0]?.key ?? null,
          actions: actions.map(
            (action) => (typeof action === 'string' ? action : action.type) as PostureAction,
          ),
        };
      });
    }
    return byEvent;
  };
  const states: TransitionTable['states'] = {};
  for (const [key, node] of Object.entries(machine.root.states)) {
    states[key] = read(node.transitions as Map<string, readonly unknown[]>);
  }
  return {
    initial,
    states,
    root: read(machine.root.transitions as Map<string, readonly unknown[]>),
  };
}

/**
 * A compiled stepper: pure `step` like every stepper, and `advance`, the same transition applied
 * in place to a state the caller owns, for the kernel's hot loop.
 */
export interface CompiledMachineStepper extends MachineStepper<PostureState> {
  /**
   * Takes `event` in `state`, mutating it: the same guards, in the same order, then the same
   * recipes on `state.context` itself. Safe because recipes only assign top-level fields and
   * copy what they keep of an event, so the caller may reuse one event object for every call.
   */
  advance(state: PostureState, event: PostureEvent): void;
}

/**
 * A stepper that runs a posture machine from its compiled transition table: the machine's own
 * guard implementations decide, its own action recipes (POSTURE_RECIPES) update a shallow copy
 * of the context, and xstate's general machinery (actor scopes, microsteps, snapshot objects) is
 * skipped. A differential test proves it gives the same traces as the xstate stepper.
 */
export function compileMachineStepper(
  machine: PostureMachine,
  rules: MachineRules,
  initial: PostureState,
): CompiledMachineStepper {
  const table = compileTransitionTable(machine, initial);
  const guards = machine.implementations.guards as unknown as Record<string, Guard>;
  const start: PostureState = { value: initial.value, context: { ...initial.context } };
  // One argument object for guards, refilled per call: guards read it and keep nothing.
  const args = { context: start.context, event: undefined as unknown as PostureEvent };

  const enabled = (transitions: readonly TableTransition[] | undefined) => {
    if (!transitions) return undefined;
    for (const transition of transitions) {
      const guard = transition.guard;
      if (!guard || guards[guard.type]!(args, guard.params)) return transition;
    }
    return undefined;
  };
  const select = (state: PostureState, event: PostureEvent) => {
    args.context = state.context;
    args.event = event;
    return enabled(table.states[state.value]?.[event.type]) ?? enabled(table.root[event.type]);
  };

  return {
    initial: () => start,
    step(state, event) {
      const transition = select(state, event);
      if (!transition) return state;
      const context = { ...state.context };
      for (const action of transition.actions) POSTURE_RECIPES[action](context, event, rules);
      return { value: transition.target ?? state.value, context };
    },
    advance(state, event) {
      const transition = select(state, event);
      if (!transition) return;
      for (const action of transition.actions) POSTURE_RECIPES[action](state.context, event, rules);
      if (transition.target !== null) state.value = transition.target;
    },
  };
}
