import { assign, setup } from 'xstate';
import { RUNGS, type Rung, rungAt, rungIndex } from '../schema/rungs.js';
import type { Posture } from '../schema/types.js';
import {
  endsAnswer,
  isScriptedTo,
  type MachineRules,
  type PostureContext,
  shouldFall,
  shouldRise,
} from './decisionRules.js';
import { produce } from './immer.js';
import type { PostureEvent } from './postureEvents.js';
import {
  agreeCeasefire,
  capCeiling,
  countAnswer,
  endAnswer,
  liftCeiling,
  markChange,
  observeDay,
} from './postureRecipes.js';

/** Drive needed to climb to each rung when a pack gives none. */
export const DEFAULT_THRESHOLDS: Readonly<Record<Rung, number>> = {
  dormant: 0,
  political: 0.05,
  material: 0.2,
  indirect: 0.4,
  limited: 0.7,
  direct: 1.1,
  war: 1.6,
};

export interface PostureMachineOptions {
  /** Machine id, usually the actor's id. */
  id?: string;
  thresholds?: Readonly<Record<Rung, number>>;
  hysteresis?: number;
  dwell?: number;
}

type Step = { from: number; to: number };

/** The rungs an actor's machine has as states: from its floor up to its highest red-line lift. */
export function machineRungs(posture: Posture): Rung[] {
  const floor = rungIndex((posture.floor ?? posture.start).value);
  const top = Math.max(
    rungIndex(posture.ceiling.value),
    ...posture.redLines.map((redLine) => rungIndex(redLine.lift)),
  );
  return RUNGS.slice(floor, top + 1);
}

/** The numbers the machine of a posture decides with. */
export function machineRules(posture: Posture, options: PostureMachineOptions = {}): MachineRules {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  return {
    ceiling: rungIndex(posture.ceiling.value),
    floor: rungIndex((posture.floor ?? posture.start).value),
    mobilisationDelay: posture.params.mobilisationDelay.value,
    thresholds: RUNGS.map((rung) => thresholds[rung]),
    hysteresis: options.hysteresis ?? 0.25,
    dwell: options.dwell ?? 0,
  };
}

/**
 * Builds an actor's xstate machine from its posture. Its states are the rungs the actor can
 * reach; a `DAY` event moves it at most one rung up (or jumps to a scripted rung), or one down.
 * A rung above the ceiling is entered only through a `riseByRedLine` transition, whose guard
 * needs a lift set by a `RED_LINE` event: the escalation limit is part of the graph.
 *
 * @example
 * const machine = createPostureMachine(actor.posture, { id: actor.id });
 * const [next] = transition(machine, initialTransition(machine)[0], { type: 'DAY', day: 1, drive: 0.5 });
 */
export function createPostureMachine(posture: Posture, options: PostureMachineOptions = {}) {
  const rules = machineRules(posture, options);
  const rungs = machineRungs(posture);
  const floor = rules.floor;
  const top = floor + rungs.length - 1;

  const dayTransitions = (from: number) => {
    const transitions = [];
    for (let to = Math.min(top, rules.ceiling); to > from; to--) {
      transitions.push({
        guard: { type: 'scripted' as const, params: { from, to } },
        target: rungAt(to),
        actions: ['observeDay', 'markChange'] as const,
      });
    }
    if (from < top) {
      transitions.push({
        guard: {
          type: from + 1 > rules.ceiling ? ('riseByRedLine' as const) : ('rise' as const),
          params: { from, to: from + 1 },
        },
        target: rungAt(from + 1),
        actions: ['observeDay', 'markChange'] as const,
      });
    }
    if (from > floor) {
      transitions.push({
        guard: { type: 'fall' as const, params: { from, to: from - 1 } },
        target: rungAt(from - 1),
        actions: ['observeDay', 'markChange'] as const,
      });
    }
    transitions.push({ actions: 'observeDay' as const });
    return transitions;
  };

  return setup({
    types: {
      context: {} as PostureContext,
      events: {} as PostureEvent,
    },
    guards: {
      scripted: ({ context, event }, { from, to }: Step) =>
        event.type === 'DAY' &&
        isScriptedTo(
          rules,
          context,
          from,
          to,
          event.day,
          event.scripted && rungIndex(event.scripted),
        ),
      rise: ({ context, event }, { from }: Step) =>
        event.type === 'DAY' && shouldRise(rules, context, from, event.day, event.drive),
      riseByRedLine: ({ context, event }, { from }: Step) =>
        event.type === 'DAY' &&
        context.lift !== null &&
        shouldRise(rules, context, from, event.day, event.drive),
      fall: ({ context, event }, { from }: Step) =>
        event.type === 'DAY' && shouldFall(rules, context, from, event.day, event.drive),
      endsAnswer: ({ context, event }) =>
        event.type === 'CEASEFIRE' && endsAnswer(context, event.day, event.with),
    },
    // Each action is its recipe from POSTURE_RECIPES applied through immer, so the compiled
    // stepper (compileMachineStepper) runs exactly the same code.
    actions: {
      observeDay: assign(({ context, event }) =>
        produce(context, (draft) => observeDay(draft, event, rules)),
      ),
      markChange: assign(({ context, event }) =>
        produce(context, (draft) => markChange(draft, event)),
      ),
      liftCeiling: assign(({ context, event }) =>
        produce(context, (draft) => liftCeiling(draft, event)),
      ),
      countAnswer: assign(({ context, event }) =>
        produce(context, (draft) => countAnswer(draft, event)),
      ),
      capCeiling: assign(({ context, event }) =>
        produce(context, (draft) => capCeiling(draft, event, rules)),
      ),
      endAnswer: assign(({ context, event }) =>
        produce(context, (draft) => endAnswer(draft, event)),
      ),
      agreeCeasefire: assign(({ context, event }) =>
        produce(context, (draft) => agreeCeasefire(draft, event)),
      ),
    },
  }).createMachine({
    id: options.id ?? 'posture',
    context: { day: 0, lift: null, cap: null, mobilisingSince: null, since: 0, truce: null },
    initial: posture.start.value,
    on: {
      RED_LINE: { actions: 'liftCeiling' },
      ANSWER: { actions: 'countAnswer' },
      YIELD: { actions: 'capCeiling' },
      // A ceasefire with the actor that crossed a red line ends the answer to it; any ceasefire
      // frees the actor's rung from dwell.
      CEASEFIRE: [
        { guard: 'endsAnswer', actions: ['endAnswer', 'agreeCeasefire'] },
        { actions: 'agreeCeasefire' },
      ],
    },
    states: Object.fromEntries(
      rungs.map((rung) => [rung, { on: { DAY: dayTransitions(rungIndex(rung)) } }]),
    ),
  });
}

/** The machine type `createPostureMachine` returns. */
export type PostureMachine = ReturnType<typeof createPostureMachine>;
