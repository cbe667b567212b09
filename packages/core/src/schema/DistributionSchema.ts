import { z } from 'zod';

/**
 * The three shapes of a bounded distribution, each with `extra` fields beside its own (a range in
 * a pack adds its `reason`): `uniform` on [low, high], `triangular` with its peak at `mode`, and
 * `pert`, classic beta-PERT.
 */
export function distributionShapes<Extra extends z.ZodRawShape>(extra: Extra) {
  return [
    z.strictObject({ kind: z.literal('uniform'), low: z.number(), high: z.number(), ...extra }),
    z.strictObject({
      kind: z.literal('triangular'),
      low: z.number(),
      mode: z.number(),
      high: z.number(),
      ...extra,
    }),
    z.strictObject({
      kind: z.literal('pert'),
      low: z.number(),
      mode: z.number(),
      high: z.number(),
      ...extra,
    }),
  ] as const;
}

/**
 * Adds an issue at `high` when `low > high`, or at `mode` when the mode lies outside
 * [low, high]: the checks every bounded distribution passes.
 */
export function checkBounds(
  distribution: { low: number; high: number; mode?: number },
  context: z.RefinementCtx,
): void {
  const { low, high } = distribution;
  if (low > high) {
    context.addIssue({
      code: 'custom',
      path: ['high'],
      message: `must be at least low (${low}); got ${high}`,
    });
    return;
  }
  if (distribution.mode !== undefined && (distribution.mode < low || distribution.mode > high)) {
    context.addIssue({
      code: 'custom',
      path: ['mode'],
      message: `must lie in [low, high] = [${low}, ${high}]; got ${distribution.mode}`,
    });
  }
}

/**
 * A bounded distribution of one uncertain number: `uniform` on [low, high], `triangular` with its
 * peak at `mode`, or `pert` (classic beta-PERT: a beta distribution on [low, high] with shape
 * parameters α = 1 + 4(mode − low)/(high − low), β = 1 + 4(high − mode)/(high − low); Vose,
 * *Risk Analysis*, 2008). Rejects a non-finite bound (zod 4's numbers exclude NaN and ±Infinity),
 * `low > high`, and a mode outside [low, high], each at its field.
 */
export const DistributionSchema = z
  .discriminatedUnion('kind', distributionShapes({}))
  .superRefine(checkBounds);

/** A bounded distribution of one uncertain number; see {@link DistributionSchema}. */
export type Distribution = z.infer<typeof DistributionSchema>;
