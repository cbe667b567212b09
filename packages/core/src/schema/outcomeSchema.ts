import { z } from 'zod';
import { IdSchema, ProvenanceSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';

const actors = z.array(IdSchema).min(1);

/**
 * A span of days, both ends included (day 0 is the scenario's first day); without `end`, to the
 * run's last day.
 */
export interface DayWindow {
  start: number;
  end?: number | undefined;
}

const WindowSchema = z
  .strictObject({ start: z.int().min(0), end: z.int().min(0).optional() })
  .refine((window) => window.end === undefined || window.start <= window.end, {
    message: 'the window ends before it starts',
    path: ['end'],
  });

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
  | {
      rate: {
        from: string[];
        to?: string[] | undefined;
        atLeast?: (typeof RUNGS)[number] | undefined;
        per?: number | undefined;
        window?: DayWindow | undefined;
        min?: number | undefined;
        max?: number | undefined;
      };
    }
  | {
      daysAt: {
        actors: string[];
        atLeast: (typeof RUNGS)[number];
        days: number;
        consecutive?: boolean | undefined;
        window?: DayWindow | undefined;
      };
    }
  | { stepDown: { actors: string[]; rung: (typeof RUNGS)[number]; window?: DayWindow | undefined } }
  | {
      pause: {
        actors: string[];
        to?: string[] | undefined;
        days: number;
        window?: DayWindow | undefined;
      };
    }
  | { outcome: string }
  | { all: OutcomeCondition[] }
  | { any: OutcomeCondition[] }
  | { not: OutcomeCondition };

/**
 * - `reach`: one of `actors` stands at `atLeast` or higher on some day.
 * - `attack`: one of `from` attacks one of `to` (at a rung, with a severity, at least).
 * - `exchange`: one of `between` and one of `and` attack each other, both at `atLeast` or higher.
 * - `simultaneous`: on one day, `atLeast` distinct actors of `from` attack.
 * - `rate`: the attacks of `from` together (on `to`, at rung `atLeast` or higher, when given),
 *   counted over the days of `window` the run has (all its days by default) and scaled to attacks
 *   per `per` days (30 by default), lie within [`min`, `max`] (either bound may be left out, not
 *   both). A window the run never reaches does not hold.
 * - `daysAt`: one of `actors` stands at `atLeast` or higher on at least `days` days of the window
 *   (in a row, when `consecutive`).
 * - `stepDown`: one of `actors`, having stood at `rung` or higher, stands below it on a later day
 *   (a day of the window).
 * - `pause`: after one of `actors` has attacked (one of `to`, when given), none of them does for at
 *   least `days` days in a row (days of the window); a quiet stretch that lasts to the run's end
 *   counts.
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
    z.strictObject({
      rate: z
        .strictObject({
          from: actors,
          to: actors.optional(),
          atLeast: z.enum(RUNGS).optional(),
          per: z.int().min(1).max(3650).optional(),
          window: WindowSchema.optional(),
          min: z.number().min(0).optional(),
          max: z.number().min(0).optional(),
        })
        .refine((rate) => rate.min !== undefined || rate.max !== undefined, {
          message: 'a rate needs min, max or both',
        })
        .refine(
          (rate) => rate.min === undefined || rate.max === undefined || rate.min <= rate.max,
          {
            message: 'min is above max',
            path: ['max'],
          },
        ),
    }),
    z.strictObject({
      daysAt: z.strictObject({
        actors,
        atLeast: z.enum(RUNGS),
        days: z.int().min(1),
        consecutive: z.boolean().optional(),
        window: WindowSchema.optional(),
      }),
    }),
    z.strictObject({
      stepDown: z.strictObject({ actors, rung: z.enum(RUNGS), window: WindowSchema.optional() }),
    }),
    z.strictObject({
      pause: z.strictObject({
        actors,
        to: actors.optional(),
        days: z.int().min(1),
        window: WindowSchema.optional(),
      }),
    }),
    z.strictObject({ outcome: IdSchema }),
    z.strictObject({ all: z.array(OutcomeConditionSchema).min(1) }),
    z.strictObject({ any: z.array(OutcomeConditionSchema).min(1) }),
    z.strictObject({ not: OutcomeConditionSchema }),
  ]),
);

/**
 * A named outcome of a pack, counted in every batch summary. `description` is its definition in
 * plain words, for a teacher: every face that shows the outcome's share shows it beside.
 */
export const OutcomeSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  description: z.string().min(1),
  when: OutcomeConditionSchema,
  provenance: ProvenanceSchema,
});
