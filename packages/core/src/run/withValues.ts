import type { CompiledModel } from './compileModel.js';
import { createValueApplier } from './createValueApplier.js';

/**
 * `model` with some of its numbers replaced, without compiling the model again: one vector of
 * `createValueApplier`, given as a map from field names (as `provenanceField` names them:
 * `ACTOR.power`, `ACTOR.resolve`, `ACTOR.params.NAME`, `ACTOR.targets[K].initiative.leadership`
 * or `.preempt`, `ACTOR.defences.intercept`, `world.noise`, `world.memory`, `world.dwell`,
 * `world.hysteresis`) to numbers. Each replaced field's provenance says it was drawn; whole-day
 * fields are rounded, `obedience` and `decay` held at most 1. Throws a `ValidationError` naming a
 * field it cannot set. A batch applying many vectors of the same fields makes one
 * `createValueApplier` instead, which resolves the names once.
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
  return createValueApplier(model, [...values.keys()])(Float64Array.from(values.values()));
}
