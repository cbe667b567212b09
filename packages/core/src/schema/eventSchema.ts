import { z } from 'zod';
import { IdSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';
import { CHANNELS, MEANS, TARGET_CLASSES } from './vocabulary.js';

const severity = z
  .number()
  .min(0, 'severity must be between 0 and 1')
  .max(1, 'severity must be between 0 and 1');

/** An attack: `from` strikes `to` with `means` at a target class, severity 0..1, at a rung. */
export const AttackEventSchema = z.strictObject({
  type: z.literal('attack'),
  from: IdSchema,
  to: IdSchema,
  means: z.enum(MEANS),
  target: z.enum(TARGET_CLASSES),
  severity,
  rung: z.enum(RUNGS),
});

/** A sponsor's support to an ally through one channel. */
export const SupportEventSchema = z.strictObject({
  type: z.literal('support'),
  from: IdSchema,
  to: IdSchema,
  channel: z.enum(CHANNELS),
});

/** A sponsor reining an ally in. */
export const RestrainEventSchema = z.strictObject({
  type: z.literal('restrain'),
  from: IdSchema,
  to: IdSchema,
});

/** A truce among `parties` lasting `days` days from the day it is declared. */
export const CeasefireEventSchema = z.strictObject({
  type: z.literal('ceasefire'),
  parties: z.array(IdSchema).min(2, 'a ceasefire needs at least two parties'),
  days: z.int().min(1).max(3650, 'a ceasefire lasts at most 3,650 days'),
});

/** A public statement of stance (the rung the actor now stands at, or free text). */
export const StatementEventSchema = z.strictObject({
  type: z.literal('statement'),
  from: IdSchema,
  stance: z.string().min(1),
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
    .max(3650, 'day must be at most 3,650, the longest horizon'),
};

/**
 * A scripted event of a scenario. An attack's `rung` may be left out: a scripted attack is then an
 * open, bounded strike by the attacker's own forces (`limited`).
 */
export const InjectSchema = z.discriminatedUnion('type', [
  AttackEventSchema.extend({ ...day, rung: z.enum(RUNGS).default('limited') }),
  SupportEventSchema.extend(day),
  RestrainEventSchema.extend(day),
  CeasefireEventSchema.extend(day),
  StatementEventSchema.extend(day),
]);
