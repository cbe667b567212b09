import { z } from 'zod';
import { InjectSchema } from './eventSchema.js';
import { type PARAM_NAMES, PARAM_VALUES } from './packSchema.js';
import { IdSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';

/** Counterfactual changes to one actor's posture. */
export const PostureOverrideSchema = z.strictObject({
  start: z.enum(RUNGS).optional(),
  floor: z.enum(RUNGS).optional(),
  ceiling: z.enum(RUNGS).optional(),
  power: z.number().min(0).max(1).optional(),
  /** Each in its pack range (see `PARAM_VALUES`): a finite number, never a NaN drive. */
  params: z
    .strictObject({
      reactivity: PARAM_VALUES.reactivity.optional(),
      solidarity: PARAM_VALUES.solidarity.optional(),
      deterrence: PARAM_VALUES.deterrence.optional(),
      riskAversion: PARAM_VALUES.riskAversion.optional(),
      obedience: PARAM_VALUES.obedience.optional(),
      decay: PARAM_VALUES.decay.optional(),
      mobilisationDelay: PARAM_VALUES.mobilisationDelay.optional(),
    } satisfies Record<(typeof PARAM_NAMES)[number], z.ZodType>)
    .optional(),
  /** Changes to the actor's red lines, by red-line id: switch one off, or change what it does. */
  redLines: z
    .record(
      IdSchema,
      z.strictObject({
        off: z.boolean().optional(),
        lift: z.enum(RUNGS).optional(),
        days: z.int().min(1).max(3650, 'must be at most 3,650 days').optional(),
        minSeverity: z.number().min(0).max(1).optional(),
      }),
    )
    .optional(),
});

/** Days a scenario may last. */
const HORIZON = { min: 1, max: 3650 } as const;
const HORIZON_RULE = `horizon must be a whole number of days from ${HORIZON.min} to ${HORIZON.max}`;

/** A scenario: a pack, a horizon in days, posture overrides and scripted injects (DESIGN §5). */
export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  teachingNotes: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).default([]),
  pack: IdSchema,
  horizon: z.int(HORIZON_RULE).min(HORIZON.min, HORIZON_RULE).max(HORIZON.max, HORIZON_RULE),
  overrides: z.record(IdSchema, PostureOverrideSchema).default({}),
  injects: z.array(InjectSchema).default([]),
});
