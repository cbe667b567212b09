import { z } from 'zod';
import { IdSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';
import { CHANNELS, MEANS, TARGET_CLASSES } from './vocabulary.js';

const severity = z
  .number()
  .min(0, 'severity must be between 0 and 1')
  .max(1, 'severity must be between 0 and 1')
  .describe('how grave the attack is, from 0 to 1');
const actor = IdSchema.describe("the id of the actor who acts, one of the pack's actors");
const target = IdSchema.describe('the id of the actor acted on');

/** An attack: `from` strikes `to` with `means` at a target class, severity 0..1, at a rung. */
export const AttackEventSchema = z.strictObject({
  type: z.literal('attack'),
  from: actor,
  to: target,
  means: z.enum(MEANS).describe('how the attack is made'),
  target: z.enum(TARGET_CLASSES).describe('what kind of target is struck'),
  severity,
  rung: z.enum(RUNGS).describe('the rung of escalation the attack stands at'),
});

/** A sponsor's support to an ally through one channel. */
export const SupportEventSchema = z.strictObject({
  type: z.literal('support'),
  from: actor,
  to: target,
  channel: z.enum(CHANNELS).describe('how the sponsor supports its ally'),
});

/** A sponsor reining an ally in. */
export const RestrainEventSchema = z.strictObject({
  type: z.literal('restrain'),
  from: actor,
  to: target,
});

/** A truce among `parties` lasting `days` days from the day it is declared. */
export const CeasefireEventSchema = z.strictObject({
  type: z.literal('ceasefire'),
  parties: z
    .array(actor)
    .min(2, 'a ceasefire needs at least two parties')
    .describe('the ids of the actors who hold fire, at least two'),
  days: z
    .int()
    .min(1)
    .max(3650, 'a ceasefire lasts at most 3,650 days')
    .describe('how many days the truce lasts, from 1 to 3,650'),
});

/** A public statement of stance (the rung the actor now stands at, or free text). */
export const StatementEventSchema = z.strictObject({
  type: z.literal('statement'),
  from: actor,
  stance: z.string().min(1).describe('where the actor says it stands: a rung, or free text'),
});

/** Every event of the world, in the vocabulary shared by injects, traces and outputs (DESIGN §4). */
export const WorldEventSchema = z.discriminatedUnion('type', [
  AttackEventSchema,
  SupportEventSchema,
  RestrainEventSchema,
  CeasefireEventSchema,
  StatementEventSchema,
]);

const day = {
  day: z
    .int('day must be a whole number')
    .min(0, 'day must be 0 or later')
    .max(3650, 'day must be at most 3,650, the longest horizon')
    .describe('the day of the scenario the event happens on, counting from 0'),
};

/**
 * A scripted event of a scenario. An attack's `rung` may be left out: a scripted attack is then an
 * open, bounded strike by the attacker's own forces (`limited`). An attack's `harm` (0..1) says
 * what got through when the script knows it; without it the victim's defences decide.
 */
export const InjectSchema = z.discriminatedUnion('type', [
  AttackEventSchema.extend({
    ...day,
    rung: z
      .enum(RUNGS)
      .describe('the rung of escalation the attack stands at; limited when left out')
      .default('limited'),
    harm: z
      .number()
      .min(0, 'harm must be between 0 and 1')
      .max(1, 'harm must be between 0 and 1')
      .describe(
        "what got through the victim's defences, from 0 to 1, for an attack scripted as it landed; left out, the victim's defences decide",
      )
      .optional(),
  }),
  SupportEventSchema.extend(day),
  RestrainEventSchema.extend(day),
  CeasefireEventSchema.extend(day),
  StatementEventSchema.extend(day),
]);
