import type { MachineStepper, PostureState } from './createMachineStepper.js';
import type { PostureMachine } from './createPostureMachine.js';
import type { MachineRules, PostureContext } from './decisionRules.js';
import type { PostureEvent } from './postureEvents.js';
import { POSTURE_RECIPES, type PostureAction, type PostureRecipe } from './postureRecipes.js';

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

  // The table with each guard and action resolved to its function once, and the root's
  // transitions after the state's own: xstate takes the first enabled transition of the state,
  // else the first of the root, which is the first enabled one of the two lists in a row.
  const resolve = (transitions: readonly TableTransition[] | undefined): Step[] =>
    (transitions ?? []).map((transition) => ({
      guard: transition.guard ? guards[transition.guard.type]! : null,
      params: transition.guard?.params,
      target: transition.target,
      recipes: transition.actions.map((action) => POSTURE_RECIPES[action] as PostureRecipe),
    }));
  const rows = new Map<string, Row>();
  for (const [value, byEvent] of Object.entries(table.states)) {
    const row = (type: PostureEvent['type']) => [
      ...resolve(byEvent[type]),
      ...resolve(table.root[type]),
    ];
    rows.set(value, {
      day: row('DAY'),
      redLine: row('RED_LINE'),
      answer: row('ANSWER'),
      yield: row('YIELD'),
      ceasefire: row('CEASEFIRE'),
    });
  }
  const rootRow: Row = {
    day: resolve(table.root.DAY),
    redLine: resolve(table.root.RED_LINE),
    answer: resolve(table.root.ANSWER),
    yield: resolve(table.root.YIELD),
    ceasefire: resolve(table.root.CEASEFIRE),
  };

  const select = (state: PostureState, event: PostureEvent): Step | undefined => {
    const row = rows.get(state.value) ?? rootRow;
    const type = event.type;
    const steps =
      type === 'DAY'
        ? row.day
        : type === 'RED_LINE'
          ? row.redLine
          : type === 'ANSWER'
            ? row.answer
            : type === 'YIELD'
              ? row.yield
              : row.ceasefire;
    args.context = state.context;
    args.event = event;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      if (step.guard === null || step.guard(args, step.params)) return step;
    }
    return undefined;
  };

  return {
    initial: () => start,
    step(state, event) {
      const transition = select(state, event);
      if (!transition) return state;
      const context = { ...state.context };
      for (const recipe of transition.recipes) recipe(context, event, rules);
      return { value: transition.target ?? state.value, context };
    },
    advance(state, event) {
      const transition = select(state, event);
      if (!transition) return;
      const recipes = transition.recipes;
      for (let k = 0; k < recipes.length; k++) recipes[k]!(state.context, event, rules);
      if (transition.target !== null) state.value = transition.target;
    },
  };
}

/** A transition with its guard and recipes resolved to functions. */
interface Step {
  guard: Guard | null;
  params: unknown;
  target: string | null;
  recipes: PostureRecipe[];
}

/** A state's transitions (then the root's) by event type. */
interface Row {
  day: Step[];
  redLine: Step[];
  answer: Step[];
  yield: Step[];
  ceasefire: Step[];
}
