import { z } from 'zod';
import { IdSchema, ProvenanceSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';

const actors = z.array(IdSchema).min(1);

/** A condition over a whole trace, from which a pack builds its named outcomes. */
export type OutcomeCondition =
  | { reach: { actors: string[]; atLeast: (typeof RUNGS)[number] } }
  | {
      attack: {
        from: string[];
        to: string[];
        atLeast?: (typeof RUNGS)[number] | undefined;
        minSeverity?: number | undefined;
      };
    }
  | { exchange: { between: string[]; and: string[]; atLeast: (typeof RUNGS)[number] } }
  | { simultaneous: { from: string[]; atLeast: number } }
  | { outcome: string }
  | { all: OutcomeCondition[] }
  | { any: OutcomeCondition[] }
  | { not: OutcomeCondition };

/**
 * - `reach`: one of `actors` stands at `atLeast` or higher on some day.
 * - `attack`: one of `from` attacks one of `to` (at a rung, with a severity, at least).
 * - `exchange`: one of `between` and one of `and` attack each other, both at `atLeast` or higher.
 * - `simultaneous`: on one day, `atLeast` distinct actors of `from` attack.
 * - `outcome`: another outcome of the same pack holds; `all`, `any`, `not` combine conditions.
 */
export const OutcomeConditionSchema: z.ZodType<OutcomeCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ reach: z.strictObject({ actors, atLeast: z.enum(RUNGS) }) }),
    z.strictObject({
      attack: z.strictObject({
        from: actors,
        to: actors,
        atLeast: z.enum(RUNGS).optional(),
        minSeverity: z.number().min(0).max(1).optional(),
      }),
    }),
    z.strictObject({
      exchange: z.strictObject({ between: actors, and: actors, atLeast: z.enum(RUNGS) }),
    }),
    z.strictObject({
      simultaneous: z.strictObject({ from: actors, atLeast: z.int().min(1) }),
    }),
    z.strictObject({ outcome: IdSchema }),
    z.strictObject({ all: z.array(OutcomeConditionSchema).min(1) }),
    z.strictObject({ any: z.array(OutcomeConditionSchema).min(1) }),
    z.strictObject({ not: OutcomeConditionSchema }),
  ]),
);

/** A named outcome of a pack, counted in every batch summary. */
export const OutcomeSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  description: z.string().min(1),
  when: OutcomeConditionSchema,
  provenance: ProvenanceSchema,
});
