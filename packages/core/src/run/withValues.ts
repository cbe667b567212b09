import { type CompiledPosture, compilePosture } from '../machine/compilePosture.js';
import type { Posture, Provenance } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import {
  type ActorNumbers,
  actorNumbers,
  type CompiledActor,
  type CompiledModel,
  paramValue,
} from './compileModel.js';

/** The behavioural parameters a drawn vector may set, besides an actor's `power`. */
const SETTABLE_PARAMS = new Set<string>([
  'reactivity',
  'solidarity',
  'deterrence',
  'riskAversion',
  'obedience',
  'decay',
  'mobilisationDelay',
]);

/** Where a field name points: a world setting, or an actor's power or parameter. */
type Slot =
  | { owner: 'world'; field: 'noise' | 'memory' | 'hysteresis' | 'dwell' }
  | { owner: 'actor'; index: number; field: 'power' | 'resolve' }
  | { owner: 'actor'; index: number; field: 'mechanic'; name: string }
  | { owner: 'actor'; index: number; field: 'param'; param: string };

// Per base model: field names resolved to slots, and machines built for drawn numbers, keyed by
// the numbers they decide with (a machine is pure in its posture and rules, and the drawn
// whole-day numbers take few values).
const slotsOf = new WeakMap<CompiledModel, Map<string, Slot>>();
const machines = new WeakMap<CompiledModel, Map<string, CompiledPosture>>();
/** The most machines kept per base model; past it the cache starts afresh. */
const MAX_MACHINES = 4096;

/**
 * `model` with some of its numbers replaced, without compiling the model again: the way a
 * sampled batch gives each run its drawn parameter vector. `values` maps field names (as
 * `provenanceField` names them) to numbers: `ACTOR.power`, `ACTOR.resolve`, `ACTOR.params.NAME`
 * (one of the seven behavioural parameters), `ACTOR.targets[K].initiative.leadership` or
 * `.preempt`, `ACTOR.defences.intercept`, `world.noise`, `world.memory`, `world.dwell`,
 * `world.hysteresis`. An
 * actor's machine is built again only when a number it decides with changes (its
 * `mobilisationDelay`, the world's `dwell` or `hysteresis`), and kept for the next draw with the
 * same numbers. Each replaced field's provenance says it was drawn. Whole-day fields are rounded
 * to the nearest day, `obedience` and `decay` held at most 1 (as a scenario's override is).
 * Values are taken as valid (a sampled range lies within its field's bounds); throws a
 * `ValidationError` naming a field it cannot set. A kernel of the same pack and scenario runs
 * the result with `kernel.use`, without being made again.
 *
 * @example
 * const drawn = withValues(kernel.model, new Map([['ACTOR.power', 0.5]]));
 * kernel.use(drawn);
 * kernel.run(seed, run, observer);
 */
export function withValues(
  model: CompiledModel,
  values: ReadonlyMap<string, number>,
): CompiledModel {
  const byActor = new Map<number, Map<string, number>>();
  let noise = model.noise;
  let memory = model.memory;
  const world = model.pack.world;
  let hysteresis = world.hysteresis.value;
  let dwell = world.dwell.value;
  for (const [name, value] of values) {
    const slot = slotOf(model, name);
    if (slot.owner === 'world') {
      if (slot.field === 'noise') noise = value;
      else if (slot.field === 'memory') memory = Math.round(value);
      else if (slot.field === 'hysteresis') hysteresis = value;
      else dwell = Math.round(value);
      continue;
    }
    let fields = byActor.get(slot.index);
    if (!fields) {
      fields = new Map();
      byActor.set(slot.index, fields);
    }
    if (slot.field === 'param') fields.set(slot.param, paramValue(slot.param, value));
    else if (slot.field === 'mechanic') fields.set(slot.name, value);
    else fields.set(slot.field, value);
  }
  const worldChanged = hysteresis !== world.hysteresis.value || dwell !== world.dwell.value;
  const options = { thresholds: world.thresholds.value, hysteresis, dwell };
  let cache = machines.get(model);
  if (!cache || cache.size > MAX_MACHINES) {
    cache = new Map();
    machines.set(model, cache);
  }

  const actors = model.actors.map((compiled) => {
    const fields = byActor.get(compiled.index);
    if (!fields && !worldChanged) return compiled;
    let next: CompiledActor = compiled;
    if (fields) {
      const drawn = (field: string, value: number): Provenance => ({
        kind: 'assumption',
        why: `drawn from the range of ${compiled.id}.${field}: ${value}`,
      });
      const params: Record<string, unknown> = { ...compiled.posture.params };
      let power = compiled.actor.power;
      let resolve = compiled.posture.resolve;
      for (const [field, value] of fields) {
        if (field === 'power') power = { value, provenance: drawn(field, value) };
        else if (field === 'resolve') resolve = { value, provenance: drawn(field, value) };
        else if (!isMechanicNumber(field))
          params[field] = { value, provenance: drawn(`params.${field}`, value) };
      }
      const posture: Posture = {
        ...compiled.posture,
        params: params as Posture['params'],
        ...(resolve ? { resolve } : {}),
      };
      const actor = { ...compiled.actor, posture, power };
      const numbers: ActorNumbers = actorNumbers(actor);
      next = { ...compiled, ...numbers, actor, posture };
      setMechanicNumbers(next, fields);
    }
    const delay = next.posture.params.mobilisationDelay.value;
    if (worldChanged || delay !== compiled.rules.mobilisationDelay) {
      const key = `${compiled.index}|${delay}|${hysteresis}|${dwell}`;
      let machine = cache.get(key);
      if (!machine) {
        machine = compilePosture(next.posture, { id: compiled.id, ...options });
        cache.set(key, machine);
      }
      next = { ...next, ...machine };
    }
    return next;
  });
  return { ...model, actors, noise, memory };
}

/** The slot field `name` sets in `model`'s runs; throws a `ValidationError` for any other name. */
function slotOf(model: CompiledModel, name: string): Slot {
  let slots = slotsOf.get(model);
  if (!slots) {
    slots = new Map();
    slotsOf.set(model, slots);
  }
  let slot = slots.get(name);
  if (slot) return slot;
  const dot = name.indexOf('.');
  const owner = name.slice(0, dot);
  const field = name.slice(dot + 1);
  if (owner === 'world') {
    if (field !== 'noise' && field !== 'memory' && field !== 'hysteresis' && field !== 'dwell')
      unknownField(name);
    slot = { owner: 'world', field };
  } else {
    const index = model.byId.get(owner);
    const param = field.startsWith('params.') ? field.slice('params.'.length) : '';
    if (index === undefined) unknownField(name);
    if (field === 'power' || field === 'resolve') slot = { owner: 'actor', index, field };
    else if (isMechanicNumber(field))
      slot = { owner: 'actor', index, field: 'mechanic', name: field };
    else if (SETTABLE_PARAMS.has(param)) slot = { owner: 'actor', index, field: 'param', param };
    else unknownField(name);
  }
  slots.set(name, slot);
  return slot;
}

/** Initiative's and defences' numbers: `targets[K].initiative.leadership|preempt`, `defences.intercept`. */
const MECHANIC_NUMBER =
  /^(?:targets\[(\d+)\]\.initiative\.(leadership|preempt)|defences\.intercept)$/;

function isMechanicNumber(field: string): boolean {
  return MECHANIC_NUMBER.test(field);
}

/** Sets the drawn initiative and defence numbers on a compiled actor (a copy of the original's). */
function setMechanicNumbers(next: CompiledActor, fields: ReadonlyMap<string, number>): void {
  for (const [field, value] of fields) {
    const match = MECHANIC_NUMBER.exec(field);
    if (!match) continue;
    if (match[1] === undefined) {
      if (next.defences) next.defences = { ...next.defences, intercept: value };
      continue;
    }
    const index = Number(match[1]);
    const key = match[2] as 'leadership' | 'preempt';
    next.targets = next.targets.map((target) =>
      target.index === index ? { ...target, [key]: value } : target,
    );
  }
}

function unknownField(name: string): never {
  throw new ValidationError('parameter vector', [
    { path: [name], message: 'not a number a sampled run can set' },
  ]);
}
