import { z } from 'zod';
import { checkBounds, distributionShapes } from './DistributionSchema.js';

/**
 * How far an uncertain number of a pack may plausibly lie from its value: a bounded distribution
 * (`uniform`, `triangular` or `pert`, see `DistributionSchema`) in the field's own units, with a
 * one-line `reason`. Sampled batches and `brink explore` draw the field from it; fixed batches
 * use the value alone.
 *
 * @example
 * { kind: 'pert', low: 0.9, mode: 1.8, high: 2.4, reason: 'a state reacts strongly; how strongly is a guess' }
 */
export const RangeSchema = z
  .discriminatedUnion('kind', distributionShapes({ reason: z.string().min(1) }))
  .superRefine(checkBounds);
