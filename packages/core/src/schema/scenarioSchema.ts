import { z } from 'zod';
import { InjectSchema } from './eventSchema.js';
import { type PARAM_NAMES, PARAM_VALUES } from './packSchema.js';
import { IdSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';

/** Counterfactual changes to one actor's posture. */
export const PostureOverrideSchema = z.strictObject({
  start: z.enum(RUNGS).describe('the rung the actor stands at on day 0').optional(),
  floor: z.enum(RUNGS).describe('the lowest rung the actor steps down to').optional(),
  ceiling: z
    .enum(RUNGS)
    .describe('the highest rung the actor climbs to unless a red line lifts it')
    .optional(),
  power: z
    .number()
    .min(0)
    .max(1)
    .describe("the actor's military power relative to the strongest, from 0 to 1")
    .optional(),
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
    .describe("changes to the actor's decision parameters, each within its range in the pack")
    .optional(),
  /** Changes to the actor's red lines, by red-line id: switch one off, or change what it does. */
  redLines: z
    .record(
      IdSchema,
      z.strictObject({
        off: z.boolean().describe('true switches the red line off').optional(),
        lift: z.enum(RUNGS).describe('the rung the red line lifts the ceiling to').optional(),
        days: z
          .int()
          .min(1)
          .max(3650, 'must be at most 3,650 days')
          .describe('how many days the lifted ceiling lasts')
          .optional(),
        minSeverity: z
          .number()
          .min(0)
          .max(1)
          .describe('the least severity of attack, from 0 to 1, that sets the red line off')
          .optional(),
      }),
    )
    .describe("changes to the actor's red lines, by red-line id")
    .optional(),
});

/** Days a scenario may last. */
const HORIZON = { min: 1, max: 3650 } as const;
const HORIZON_RULE = `horizon must be a whole number of days from ${HORIZON.min} to ${HORIZON.max}`;

/** A scenario: a pack, a horizon in days, posture overrides and scripted injects (DESIGN §5). */
export const ScenarioSchema = z.strictObject({
  $schema: z.string().describe('the JSON Schema the file is written to, for editors').optional(),
  id: IdSchema.describe("the scenario's id: lowercase words joined by hyphens"),
  title: z.string().min(1).describe('a short title, shown in lists and above every run'),
  /**
   * Optional: a user's own what-if needs no prose to run, and `scenarioSummary` gives a line
   * from its title, horizon and injects. Every built-in scenario has one (checked by its tests).
   */
  summary: z
    .string()
    .min(1)
    .describe('a one-paragraph description of the scenario; optional')
    .optional(),
  teachingNotes: z
    .string()
    .min(1)
    .describe('notes for a teacher: what the scenario shows and what to ask')
    .optional(),
  tags: z
    .array(z.string().min(1))
    .describe('words to group scenarios by, e.g. counterfactual')
    .default([]),
  pack: IdSchema.describe(
    'the id of the content pack whose actors the scenario uses, e.g. axis-2023',
  ),
  horizon: z
    .int(HORIZON_RULE)
    .min(HORIZON.min, HORIZON_RULE)
    .max(HORIZON.max, HORIZON_RULE)
    .describe(
      `how many days the scenario runs, from ${HORIZON.min} to ${HORIZON.max.toLocaleString('en-US')}`,
    ),
  overrides: z
    .record(IdSchema, PostureOverrideSchema)
    .describe("changes to actors' postures, by actor id")
    .default({}),
  injects: z
    .array(InjectSchema)
    .describe('events scripted to happen on given days, whatever the actors decide')
    .default([]),
});
