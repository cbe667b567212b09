import { compileMachineStepper } from '../machine/compileMachineStepper.js';
import { createMachineStepper } from '../machine/createMachineStepper.js';
import { createPostureMachine, machineRules } from '../machine/createPostureMachine.js';
import type { Posture, Provenance } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import type { CompiledActor, CompiledModel } from './compileModel.js';

/** The behavioural weights the kernel reads straight off a compiled actor. */
const ACTOR_NUMBERS = [
  'reactivity',
  'solidarity',
  'deterrence',
  'riskAversion',
  'obedience',
  'decay',
] as const;

type Machine = Pick<CompiledActor, 'machine' | 'rules' | 'stepper'>;

// Machines built for drawn numbers, per base model and actor, keyed by the numbers they decide
// with: a machine is pure in its posture and rules, and the drawn whole-day numbers take few values.
const machines = new WeakMap<CompiledModel, Map<string, Machine>>();
/** The most machines kept per base model; past it the cache starts afresh. */
const MAX_MACHINES = 4096;

/**
 * `model` with some of its numbers replaced, without compiling the model again: the way a
 * sampled batch gives each run its drawn parameter vector. `values` maps field names (as
 * `provenanceField` names them) to numbers: `ACTOR.power`, `ACTOR.params.NAME` (one of the seven
 * behavioural parameters), `ACTOR.targets[K].initiative.leadership` or `.preempt`,
 * `ACTOR.defences.intercept`, `world.noise`, `world.memory`, `world.dwell`, `world.hysteresis`. An
 * actor's machine is built again only when a number it decides with changes (its
 * `mobilisationDelay`, the world's `dwell` or `hysteresis`), and kept for the next draw with the
 * same numbers. Each replaced field's provenance says it was drawn. Whole-day fields are rounded
 * to the nearest day. Values are taken as valid (a sampled range lies within its field's bounds);
 * throws a `ValidationError` naming a field it cannot set.
 *
 * @example
 * const drawn = withValues(compileModel(pack, scenario), new Map([['ACTOR.power', 0.5]]));
 * createKernel(pack, scenario, { model: drawn }).run(seed, run, observer);
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
    const dot = name.indexOf('.');
    const owner = name.slice(0, dot);
    const field = name.slice(dot + 1);
    if (owner === 'world') {
      if (field === 'noise') noise = value;
      else if (field === 'memory') memory = Math.round(value);
      else if (field === 'hysteresis') hysteresis = value;
      else if (field === 'dwell') dwell = Math.round(value);
      else unknownField(name);
      continue;
    }
    const index = model.byId.get(owner);
    const settable =
      field === 'power' ||
      isMechanicNumber(field) ||
      field === 'params.mobilisationDelay' ||
      (ACTOR_NUMBERS as readonly string[]).includes(field.slice('params.'.length));
    if (index === undefined || !settable) unknownField(name);
    let fields = byActor.get(index!);
    if (!fields) {
      fields = new Map();
      byActor.set(index!, fields);
    }
    fields.set(field, field === 'params.mobilisationDelay' ? Math.round(value) : value);
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
    const drawn = (field: string, value: number): Provenance => ({
      kind: 'assumption',
      why: `drawn from the range of ${compiled.id}.${field}: ${value}`,
    });
    const next: CompiledActor = { ...compiled };
    let posture: Posture = compiled.posture;
    if (fields) {
      const params: Record<string, unknown> = { ...compiled.posture.params };
      for (const [field, value] of fields) {
        if (!field.startsWith('params.')) continue;
        params[field.slice('params.'.length)] = { value, provenance: drawn(field, value) };
      }
      posture = { ...compiled.posture, params: params as Posture['params'] };
      const power = fields.get('power');
      next.actor = {
        ...compiled.actor,
        posture,
        ...(power === undefined
          ? {}
          : { power: { value: power, provenance: drawn('power', power) } }),
      };
      next.posture = posture;
      if (power !== undefined) next.power = power;
      setMechanicNumbers(next, fields);
      for (const name of ACTOR_NUMBERS) {
        const value = fields.get(`params.${name}`);
        if (value !== undefined) {
          next[name] = name === 'obedience' || name === 'decay' ? Math.min(1, value) : value;
        }
      }
    }
    const delay = posture.params.mobilisationDelay.value;
    if (worldChanged || delay !== compiled.rules.mobilisationDelay) {
      const key = `${compiled.index}|${delay}|${hysteresis}|${dwell}`;
      let machine = cache.get(key);
      if (!machine) {
        const actorOptions = { id: compiled.id, ...options };
        const built = createPostureMachine(posture, actorOptions);
        const rules = machineRules(posture, actorOptions);
        machine = {
          machine: built,
          rules,
          stepper: compileMachineStepper(built, rules, createMachineStepper(built).initial()),
        };
        cache.set(key, machine);
      }
      Object.assign(next, machine);
    }
    return next;
  });
  return { ...model, actors, noise, memory };
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
