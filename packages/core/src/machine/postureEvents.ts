import type { Rung } from '../schema/rungs.js';

/** The events a posture machine takes. */
export type PostureEvent =
  /** One day passes: the actor's perceived drive, and the rung a scripted inject puts it at. */
  | { type: 'DAY'; day: number; drive: number; scripted?: Rung | undefined }
  /** A red line was crossed: the ceiling is lifted to `lift` until day `until` (exclusive). */
  | {
      type: 'RED_LINE';
      day: number;
      redLine: string;
      lift: Rung;
      until: number;
      /** The size of the answer it calls for, in attacks above the ceiling; null: no limit. */
      strikes: number | null;
      /** The actor whose attack crossed it (an id), if an attack did; a ceasefire with it ends the answer. */
      by?: string | null | undefined;
    }
  /** The actor made `count` attacks above its ceiling today: they count toward its answer. */
  | { type: 'ANSWER'; day: number; count: number }
  /**
   * The actor yields to coercion: its ceiling is capped at `cap` until day `until` (exclusive),
   * so it steps down to it and does not climb above it meanwhile (MODEL.md, "Coercion").
   */
  | { type: 'YIELD'; day: number; cap: Rung; until: number }
  /**
   * A ceasefire takes effect today between the actor and the actors `with` (ids): an answer it
   * holds against one of them ends, and its rung is no longer held by dwell (MODEL.md,
   * "Ceasefires").
   */
  | { type: 'CEASEFIRE'; day: number; with: readonly string[] };
