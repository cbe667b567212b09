import { z } from 'zod';
import { InjectSchema } from './eventSchema.js';
import { PARAM_NAMES } from './packSchema.js';
import { IdSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';

/** Counterfactual changes to one actor's posture. */
export const PostureOverrideSchema = z.strictObject({
  start: z.enum(RUNGS).optional(),
  floor: z.enum(RUNGS).optional(),
  ceiling: z.enum(RUNGS).optional(),
  power: z.number().min(0).max(1).optional(),
  params: z.partialRecord(z.enum(PARAM_NAMES), z.number().min(0)).optional(),
  /** Changes to the actor's red lines, by red-line id: switch one off, or change what it does. */
  redLines: z
    .record(
      IdSchema,
      z.strictObject({
        off: z.boolean().optional(),
        lift: z.enum(RUNGS).optional(),
        days: z.int().min(1).optional(),
        minSeverity: z.number().min(0).max(1).optional(),
      }),
    )
    .optional(),
});

/** A scenario: a pack, a horizon in days, posture overrides and scripted injects (DESIGN §5). */
export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  teachingNotes: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).default([]),
  pack: IdSchema,
  horizon: z.int('horizon must be a whole number of days').min(1).max(3650),
  overrides: z.record(IdSchema, PostureOverrideSchema).default({}),
  injects: z.array(InjectSchema).default([]),
});
