import type { CompiledMachineStepper } from '../machine/compileMachineStepper.js';
import { compilePosture } from '../machine/compilePosture.js';
import type { PostureMachine } from '../machine/createPostureMachine.js';
import type { MachineRules } from '../machine/decisionRules.js';
import { produce } from '../machine/immer.js';
import { checkScenario } from '../schema/checkScenario.js';
import { hashOf, sha256Hex } from '../schema/hash.js';
import { lookupId } from '../schema/lookupId.js';
import { PARAM_NAMES } from '../schema/packSchema.js';
import { RUNGS, rungIndex } from '../schema/rungs.js';
import type {
  Actor,
  Inject,
  Pack,
  Posture,
  Provenance,
  RedLine,
  Scenario,
} from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import type { Channel, Means, TargetClass } from '../schema/vocabulary.js';

export interface CompiledTarget {
  adversary: number;
  means: readonly Means[];
  classes: readonly TargetClass[];
  weight: number;
  upTo: number | undefined;
  retaliateOnly: boolean;
  /** The ally whose ceasefire with the adversary pauses this fire (linkage), or -1. */
  linkedTo: number;
  /** Initiative: the chance an attack on this adversary is aimed at its leaders (0 when none). */
  leadership: number;
  /** Initiative: the daily chance of striking first while the adversary prepares an answer. */
  preempt: number;
  index: number;
}

export interface CompiledRedLine {
  redLine: RedLine;
  index: number;
  /** Attackers that count (indices), or null for any; for attack red lines. */
  by: ReadonlySet<number> | null;
  /** Victims that count (indices), or null for the actor itself; for attack red lines. */
  on: ReadonlySet<number> | null;
  /** Actors whose rung counts, for rung red lines. */
  rungActors: readonly number[];
}

/** One actor, its posture with the scenario's overrides applied, indexed for the daily step. */
export interface CompiledActor {
  id: string;
  index: number;
  actor: Actor;
  posture: Posture;
  machine: PostureMachine;
  /** Its machine's transition table, compiled from the xstate machine (`compileMachineStepper`). */
  stepper: CompiledMachineStepper;
  rules: MachineRules;
  power: number;
  reactivity: number;
  solidarity: number;
  deterrence: number;
  riskAversion: number;
  obedience: number;
  decay: number;
  /** How firmly it holds its rung under a stronger adversary's strikes, 0..1 (1: never yields). */
  resolve: number;
  /** Attack probability per target per day, by rung index. */
  activity: readonly number[];
  allies: readonly number[];
  /** Actors it targets or that target it. */
  adversaries: readonly number[];
  supports: readonly { to: number; channels: readonly Channel[]; index: number }[];
  restraint: {
    of: readonly number[];
    above: number;
    strength: number;
    /** The order to stand down after an ally's strike on a risk actor, or null. */
    pause: {
      targets: readonly TargetClass[];
      minSeverity: number;
      days: number;
      /** After the pause, the ally fires at the risk actors only in retaliation. */
      retaliation: boolean;
    } | null;
  } | null;
  /** Its hold on its clients' initiative: the clients, and the adversary's rung it starts at. */
  restrainsInitiative: { of: readonly number[]; atLeast: number } | null;
  /** Defences: the means it intercepts, and the share of their severity stopped. */
  defences: { means: readonly Means[]; intercept: number } | null;
  targets: readonly CompiledTarget[];
  redLines: readonly CompiledRedLine[];
}

/**
 * The compiled model: a pack and a scenario made ready for the kernel — validated once, overrides
 * applied, indexed, hashed. (The pack's own `world` holds its world settings; the kernel's run
 * state is private to each kernel.)
 */
export interface CompiledModel {
  pack: Pack;
  scenario: Scenario;
  scenarioHash: string;
  sourceHash: string;
  actors: readonly CompiledActor[];
  byId: ReadonlyMap<string, number>;
  targetWeights: Readonly<Record<TargetClass, number>>;
  channelWeights: Readonly<Record<Channel, number>>;
  thresholds: readonly number[];
  severity: readonly (readonly [number, number])[];
  riskActors: readonly number[];
  /** For each actor, the actors that count it as an ally (and feel attacks on it). */
  solidarityWith: readonly (readonly number[])[];
  memory: number;
  noise: number;
  injectsByDay: ReadonlyMap<number, readonly { inject: Inject; index: number }[]>;
}

const cache = new WeakMap<Pack, WeakMap<Scenario, CompiledModel>>();

/**
 * Checks a scenario against its pack (throws a `ValidationError` naming the path of any
 * problem), applies its overrides and indexes everything the daily step needs. Cached per
 * (pack, scenario) object pair.
 */
export function compileModel(pack: Pack, scenario: Scenario): CompiledModel {
  let byScenario = cache.get(pack);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(pack, byScenario);
  }
  let model = byScenario.get(scenario);
  if (!model) {
    model = compile(pack, scenario);
    byScenario.set(scenario, model);
  }
  return model;
}

function compile(pack: Pack, scenario: Scenario): CompiledModel {
  const issues = checkScenario(scenario, pack);
  if (issues.length > 0) throw new ValidationError('scenario', issues);

  const byId = new Map(pack.actors.map((actor, index) => [actor.id, index]));
  const idx = (id: string) => byId.get(id)!;
  // The pack's world settings (thresholds, weights, noise…), which the model indexes.
  const { world } = pack;
  const thresholds = RUNGS.map((rung) => world.thresholds.value[rung]);
  const machineOptions = (id: string) => ({
    id,
    thresholds: world.thresholds.value,
    hysteresis: world.hysteresis.value,
    dwell: world.dwell.value,
  });

  const actors: CompiledActor[] = pack.actors.map((original, index) => {
    const actor = applyOverrides(original, scenario);
    const { posture } = actor;
    const activity = RUNGS.map(
      (rung) => posture.params.activity?.value[rung] ?? world.activity.value[rung],
    );
    const targets = posture.targets.map((target, t) => ({
      adversary: idx(target.adversary),
      means: target.means,
      classes: target.classes,
      weight: target.weight,
      upTo: target.upTo === undefined ? undefined : rungIndex(target.upTo),
      retaliateOnly: target.retaliateOnly ?? false,
      linkedTo: target.linkedTo ? idx(target.linkedTo.ally) : -1,
      leadership: target.initiative?.leadership?.value ?? 0,
      preempt: target.initiative?.preempt?.value ?? 0,
      index: t,
    }));
    return {
      id: actor.id,
      index,
      actor,
      posture,
      ...compilePosture(posture, machineOptions(actor.id)),
      ...actorNumbers(actor),
      activity,
      allies: posture.allies.value.map(idx),
      adversaries: [],
      supports: posture.supports.map((support, s) => ({
        to: idx(support.to),
        channels: support.channels,
        index: s,
      })),
      restraint: posture.restraint
        ? {
            of: posture.restraint.of.map(idx),
            above: posture.restraint.above,
            strength: posture.restraint.strength,
            pause: posture.restraint.pause
              ? {
                  targets: posture.restraint.pause.after.targets,
                  minSeverity: posture.restraint.pause.after.minSeverity,
                  days: posture.restraint.pause.days,
                  retaliation: posture.restraint.pause.resume === 'retaliation',
                }
              : null,
          }
        : null,
      restrainsInitiative: posture.restrainsInitiative
        ? {
            of: posture.restrainsInitiative.of.map(idx),
            atLeast: rungIndex(posture.restrainsInitiative.atLeast),
          }
        : null,
      defences: posture.defences
        ? { means: posture.defences.means.value, intercept: posture.defences.intercept.value }
        : null,
      targets,
      redLines: posture.redLines.map((redLine, r) => ({
        redLine,
        index: r,
        by:
          'attack' in redLine.when && redLine.when.attack.by
            ? new Set(redLine.when.attack.by.map(idx))
            : null,
        on:
          'attack' in redLine.when && redLine.when.attack.on
            ? new Set(redLine.when.attack.on.map(idx))
            : null,
        rungActors: 'rung' in redLine.when ? redLine.when.rung.actors.map(idx) : [],
      })),
    };
  });

  // Adversaries run both ways: whom an actor targets, and who targets it.
  const adversaries = actors.map(() => new Set<number>());
  for (const actor of actors) {
    for (const target of actor.targets) {
      adversaries[actor.index]!.add(target.adversary);
      adversaries[target.adversary]!.add(actor.index);
    }
  }
  for (const actor of actors)
    actor.adversaries = [...adversaries[actor.index]!].sort((a, b) => a - b);

  const injectsByDay = new Map<number, { inject: Inject; index: number }[]>();
  scenario.injects.forEach((inject, index) => {
    const list = injectsByDay.get(inject.day) ?? [];
    list.push({ inject, index });
    injectsByDay.set(inject.day, list);
  });

  return {
    pack,
    scenario,
    scenarioHash: hashOf(scenario),
    sourceHash:
      pack.sources.length === 1
        ? pack.sources[0]!.sha256
        : sha256Hex(pack.sources.map((s) => s.sha256).join('\n')),
    actors,
    byId,
    targetWeights: world.targetWeights.value,
    channelWeights: world.channelWeights.value,
    thresholds,
    severity: RUNGS.map((rung) => world.severity.value[rung]),
    riskActors: world.riskActors.value.map(idx),
    solidarityWith: actors.map((attacked) =>
      actors.filter((actor) => actor.allies.includes(attacked.index)).map((actor) => actor.index),
    ),
    memory: world.memory.value,
    noise: world.noise.value,
    injectsByDay,
  };
}

/** The numbers the kernel reads straight off an actor (its power and behavioural weights). */
export type ActorNumbers = Pick<
  CompiledActor,
  | 'power'
  | 'reactivity'
  | 'solidarity'
  | 'deterrence'
  | 'riskAversion'
  | 'obedience'
  | 'decay'
  | 'resolve'
>;

/** The numbers the kernel reads straight off `actor`, as its fields hold them. */
export function actorNumbers(actor: Actor): ActorNumbers {
  const { params } = actor.posture;
  return {
    power: actor.power.value,
    reactivity: params.reactivity.value,
    solidarity: params.solidarity.value,
    deterrence: params.deterrence.value,
    riskAversion: params.riskAversion.value,
    obedience: params.obedience.value,
    decay: params.decay.value,
    resolve: Math.min(1, actor.posture.resolve?.value ?? 1),
  };
}

/**
 * A behavioural parameter's value as a run takes it, however it was set (a scenario's override
 * or a draw): whole days for `mobilisationDelay` (rounded), at most 1 for `obedience` and `decay`.
 */
export function paramValue(name: string, value: number): number {
  if (name === 'mobilisationDelay') return Math.round(value);
  if (name === 'obedience' || name === 'decay') return Math.min(1, value);
  return value;
}

/** The actor with its scenario overrides applied; each overridden field says so in its provenance. */
export function applyOverrides(actor: Actor, scenario: Scenario): Actor {
  const override = lookupId(scenario.overrides, actor.id);
  if (!override) return actor;
  const counterfactual = (field: string, value: unknown): Provenance => ({
    kind: 'assumption',
    why: `counterfactual: scenario "${scenario.id}" sets ${actor.id}.${field} to ${String(value)}`,
  });
  return produce(actor, (draft) => {
    const posture = draft.posture;
    if (override.start !== undefined) {
      posture.start = {
        value: override.start,
        provenance: counterfactual('start', override.start),
      };
    }
    if (override.floor !== undefined) {
      posture.floor = {
        value: override.floor,
        provenance: counterfactual('floor', override.floor),
      };
    } else if (
      override.start !== undefined &&
      posture.floor &&
      rungIndex(posture.floor.value) > rungIndex(override.start)
    ) {
      posture.floor = {
        value: override.start,
        provenance: counterfactual('floor', override.start),
      };
    }
    for (const [id, edit] of Object.entries(override.redLines ?? {})) {
      const index = posture.redLines.findIndex((redLine) => redLine.id === id);
      const redLine = posture.redLines[index];
      if (!redLine) continue;
      if (edit.off) {
        posture.redLines.splice(index, 1);
        continue;
      }
      if (edit.lift !== undefined) redLine.lift = edit.lift;
      if (edit.days !== undefined) redLine.days = edit.days;
      if (edit.minSeverity !== undefined && 'attack' in redLine.when) {
        redLine.when.attack.minSeverity = edit.minSeverity;
      }
      redLine.provenance = counterfactual(`redLines.${id}`, JSON.stringify(edit));
    }
    if (override.ceiling !== undefined) {
      posture.ceiling = {
        value: override.ceiling,
        provenance: counterfactual('ceiling', override.ceiling),
      };
      // Red lines that lift no higher than the new ceiling lift nothing any more.
      const ceiling = rungIndex(override.ceiling);
      posture.redLines = posture.redLines.filter((redLine) => rungIndex(redLine.lift) > ceiling);
    }
    if (override.power !== undefined) {
      draft.power = { value: override.power, provenance: counterfactual('power', override.power) };
    }
    for (const name of PARAM_NAMES) {
      const value = override.params?.[name];
      if (value === undefined) continue;
      posture.params[name] = {
        value: paramValue(name, value),
        provenance: counterfactual(`params.${name}`, value),
      };
    }
  });
}
