import { type CompiledPosture, compilePosture } from '../machine/compilePosture.js';
import { PARAM_NAMES } from '../schema/packSchema.js';
import type { Actor, Posture, Provenance } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import {
  type ActorNumbers,
  type CompiledActor,
  type CompiledModel,
  paramValue,
} from './compileModel.js';

/** The behavioural parameters a drawn vector may set, besides an actor's `power`. */
const SETTABLE_PARAMS = new Set<string>(PARAM_NAMES);

/** Where a field name points: a world setting, or an actor's field. */
type Slot =
  | { owner: 'world'; field: 'noise' | 'memory' | 'hysteresis' | 'dwell' }
  | { owner: 'actor'; index: number; field: ActorField };

/** A number of one actor a vector may set. */
type ActorField =
  | { kind: 'power' }
  | { kind: 'resolve' }
  | { kind: 'intercept' }
  | { kind: 'param'; param: string }
  | { kind: 'initiative'; target: number; key: 'leadership' | 'preempt' };

/** An actor's fields a vector sets: where each takes its value from in the vector. */
interface ActorPlan {
  fields: ActorField[];
  /** fields[j] takes values[at[j]]. */
  at: number[];
}

// Per base model: machines built for drawn numbers, keyed by the numbers they decide with (a
// machine is pure in its posture and rules, and the drawn whole-day numbers take few values).
const machines = new WeakMap<CompiledModel, Map<string, CompiledPosture>>();
/** The most machines kept per base model; past it the cache starts afresh. */
const MAX_MACHINES = 4096;

/**
 * A function that gives `model` with the numbers of `names` replaced by a vector's values, in
 * the order of `names`, without compiling the model again: the way a sampled batch gives each
 * run its drawn parameter vector. The names are resolved once (field names as
 * `provenanceField` names them: `ACTOR.power`, `ACTOR.resolve`, `ACTOR.params.NAME` for one of
 * the seven behavioural parameters, `ACTOR.targets[K].initiative.leadership` or `.preempt`,
 * `ACTOR.defences.intercept`, `world.noise`, `world.memory`, `world.dwell`, `world.hysteresis`);
 * throws a `ValidationError` naming a field it cannot set. Each call returns a fresh model; an
 * actor none of whose numbers the vector changes since the previous call keeps the previous
 * call's compiled actor (a design's neighbouring rows differ in one or two numbers), and an
 * actor's machine is built again only when a number it decides with changes (its
 * `mobilisationDelay`, the world's `dwell` or `hysteresis`), and kept for the next vector with
 * the same numbers. Each replaced field's provenance says it was drawn (its text is made when
 * first read). Whole-day fields are rounded to the nearest day, `obedience` and `decay` held at
 * most 1 (as a scenario's override is). Values are taken as valid (a sampled range lies within
 * its field's bounds). A kernel of the same pack and scenario runs the result with
 * `kernel.use`, without being made again.
 *
 * @example
 * const apply = createValueApplier(kernel.model, ['ACTOR.power', 'world.noise']);
 * kernel.use(apply(Float64Array.of(0.5, 0.1)));
 * kernel.run(seed, run, observer);
 */
export function createValueApplier(
  model: CompiledModel,
  names: readonly string[],
): (values: ArrayLike<number>) => CompiledModel {
  const world = model.pack.world;
  const worldAt = { noise: -1, memory: -1, hysteresis: -1, dwell: -1 };
  const plans: (ActorPlan | null)[] = model.actors.map(() => null);
  names.forEach((name, i) => {
    const slot = slotOf(model, name);
    if (slot.owner === 'world') {
      worldAt[slot.field] = i;
      return;
    }
    const plan = plans[slot.index] ?? { fields: [], at: [] };
    plans[slot.index] = plan;
    plan.fields.push(slot.field);
    plan.at.push(i);
  });
  const n = model.actors.length;
  // The previous call's actors, the values each took (as the run takes them) and the world's
  // numbers their machines were built with.
  const last: (CompiledActor | null)[] = model.actors.map(() => null);
  const lastValues = plans.map((plan) => new Float64Array(plan?.fields.length ?? 0));
  let lastHysteresis = Number.NaN;
  let lastDwell = Number.NaN;
  const at = (i: number, values: ArrayLike<number>, base: number) => (i < 0 ? base : values[i]!);

  return (values) => {
    const noise = at(worldAt.noise, values, model.noise);
    const memory = worldAt.memory < 0 ? model.memory : Math.round(values[worldAt.memory]!);
    const hysteresis = at(worldAt.hysteresis, values, world.hysteresis.value);
    const dwell = worldAt.dwell < 0 ? world.dwell.value : Math.round(values[worldAt.dwell]!);
    const worldChanged = hysteresis !== world.hysteresis.value || dwell !== world.dwell.value;
    const sameWorld = hysteresis === lastHysteresis && dwell === lastDwell;
    lastHysteresis = hysteresis;
    lastDwell = dwell;
    const actors: CompiledActor[] = new Array(n);
    for (let a = 0; a < n; a++) {
      const compiled = model.actors[a]!;
      const plan = plans[a] ?? null;
      if (!plan && !worldChanged) {
        actors[a] = compiled;
        continue;
      }
      const taken = lastValues[a]!;
      let same = sameWorld && last[a] !== null;
      if (plan) {
        for (let j = 0; j < plan.fields.length; j++) {
          const field = plan.fields[j]!;
          const raw = values[plan.at[j]!]!;
          const value = field.kind === 'param' ? paramValue(field.param, raw) : raw;
          if (taken[j] !== value) same = false;
          taken[j] = value;
        }
      }
      if (same) {
        actors[a] = last[a]!;
        continue;
      }
      const next = actorWith(compiled, plan, taken, worldChanged, { hysteresis, dwell });
      last[a] = next;
      actors[a] = next;
    }
    return { ...model, actors, noise, memory };
  };

  /** `compiled` with the plan's fields set to `taken`, its machine built for the world's numbers. */
  function actorWith(
    compiled: CompiledActor,
    plan: ActorPlan | null,
    taken: Float64Array,
    worldChanged: boolean,
    settings: { hysteresis: number; dwell: number },
  ): CompiledActor {
    let next: CompiledActor = compiled;
    let delay = compiled.posture.params.mobilisationDelay.value;
    if (plan) {
      // The numbers the kernel reads (as `actorNumbers` reads them off the drawn actor); the
      // actor and its posture, with their drawn provenance, are built only if read.
      const numbers: ActorNumbers = {
        power: compiled.power,
        reactivity: compiled.reactivity,
        solidarity: compiled.solidarity,
        deterrence: compiled.deterrence,
        riskAversion: compiled.riskAversion,
        obedience: compiled.obedience,
        decay: compiled.decay,
        resolve: compiled.resolve,
      };
      let targets = compiled.targets;
      let defences = compiled.defences;
      for (let j = 0; j < plan.fields.length; j++) {
        const field = plan.fields[j]!;
        const value = taken[j]!;
        if (field.kind === 'power') numbers.power = value;
        else if (field.kind === 'resolve') numbers.resolve = Math.min(1, value);
        else if (field.kind === 'param') {
          if (field.param === 'mobilisationDelay') delay = value;
          else numbers[field.param as keyof ActorNumbers] = value;
        } else if (field.kind === 'intercept') {
          if (defences) defences = { ...defences, intercept: value };
        } else {
          const { target: index, key } = field;
          targets = targets.map((target) =>
            target.index === index ? { ...target, [key]: value } : target,
          );
        }
      }
      const drawnValues = taken.slice();
      let parts: Parts | null = null;
      const partsOf = () => {
        parts ??= drawnParts(compiled, plan, drawnValues);
        return parts;
      };
      next = {
        ...compiled,
        ...numbers,
        targets,
        defences,
        get actor() {
          return partsOf().actor;
        },
        get posture() {
          return partsOf().posture;
        },
      };
    }
    if (worldChanged || delay !== compiled.rules.mobilisationDelay) {
      let cache = machines.get(model);
      if (!cache || cache.size > MAX_MACHINES) {
        cache = new Map();
        machines.set(model, cache);
      }
      const key = `${compiled.index}|${delay}|${settings.hysteresis}|${settings.dwell}`;
      let machine = cache.get(key);
      if (!machine) {
        machine = compilePosture(next.posture, {
          id: compiled.id,
          thresholds: model.pack.world.thresholds.value,
          ...settings,
        });
        cache.set(key, machine);
      }
      // Assigned, not spread: a spread would read (and build) the drawn actor's parts.
      if (next === compiled) next = { ...compiled, ...machine };
      else Object.assign(next, machine);
    }
    return next;
  }
}

/**
 * A drawn actor's `actor` and `posture`, its fields set to `taken`, each saying it was drawn: built
 * when first read (own enumerable getters, so a spread or JSON copies them), as a run reads only
 * the numbers.
 */
interface Parts {
  actor: Actor;
  posture: Posture;
}

function drawnParts(compiled: CompiledActor, plan: ActorPlan, taken: Float64Array): Parts {
  const id = compiled.id;
  const params: Record<string, unknown> = { ...compiled.posture.params };
  let power = compiled.actor.power;
  let resolve: Posture['resolve'] | null = null;
  for (let j = 0; j < plan.fields.length; j++) {
    const field = plan.fields[j]!;
    const value = taken[j]!;
    if (field.kind === 'power') power = { value, provenance: drawn(id, 'power', value) };
    else if (field.kind === 'resolve') resolve = { value, provenance: drawn(id, 'resolve', value) };
    else if (field.kind === 'param') {
      const name = `params.${field.param}`;
      params[field.param] = { value, provenance: drawn(id, name, value) };
    }
  }
  const posture: Posture = { ...compiled.posture, params: params as Posture['params'] };
  if (resolve) posture.resolve = resolve;
  return { actor: { ...compiled.actor, posture, power }, posture };
}

/** A drawn field's provenance. */
function drawn(id: string, field: string, value: number): Provenance {
  return { kind: 'assumption', why: `drawn from the range of ${id}.${field}: ${value}` };
}

/** Initiative's and defences' numbers: `targets[K].initiative.leadership|preempt`, `defences.intercept`. */
const MECHANIC_NUMBER =
  /^(?:targets\[(\d+)\]\.initiative\.(leadership|preempt)|defences\.intercept)$/;

/** The slot field `name` sets in `model`'s runs; throws a `ValidationError` for any other name. */
function slotOf(model: CompiledModel, name: string): Slot {
  const dot = name.indexOf('.');
  const owner = name.slice(0, dot);
  const field = name.slice(dot + 1);
  if (owner === 'world') {
    if (field !== 'noise' && field !== 'memory' && field !== 'hysteresis' && field !== 'dwell')
      unknownField(name);
    return { owner: 'world', field };
  }
  const index = model.byId.get(owner);
  if (index === undefined) unknownField(name);
  if (field === 'power') return { owner: 'actor', index, field: { kind: 'power' } };
  if (field === 'resolve') return { owner: 'actor', index, field: { kind: 'resolve' } };
  const mechanic = MECHANIC_NUMBER.exec(field);
  if (mechanic) {
    const field: ActorField =
      mechanic[1] === undefined
        ? { kind: 'intercept' }
        : {
            kind: 'initiative',
            target: Number(mechanic[1]),
            key: mechanic[2] as 'leadership' | 'preempt',
          };
    return { owner: 'actor', index, field };
  }
  const param = field.startsWith('params.') ? field.slice('params.'.length) : '';
  if (SETTABLE_PARAMS.has(param)) return { owner: 'actor', index, field: { kind: 'param', param } };
  return unknownField(name);
}

function unknownField(name: string): never {
  throw new ValidationError('parameter vector', [
    { path: [name], message: 'not a number a sampled run can set' },
  ]);
}
