import type { Cap, Lift } from '../machine/decisionRules.js';
import type { DecisionRule } from './explainDecision.js';

/**
 * Each term of an actor's drive, signed as it enters the sum (MODEL.md, "Drive"). The drive is
 * their sum, added in this order.
 */
export interface DriveTerms {
  /** Reactivity × remembered attacks on itself (saturating). */
  threat: number;
  /** Solidarity × remembered attacks on its allies (saturating). */
  solidarity: number;
  /** Remembered support from sponsors (saturating, at most 1). */
  support: number;
  /** − deterrence × the firepower gap to its strongest engaged adversary. */
  deterrence: number;
  /** − risk aversion × the risk of a wider war. */
  risk: number;
  /** − obedience × remembered restraint by sponsors (saturating). */
  restraint: number;
  /** The day's uncertainty: a draw in [−noise, +noise] (the pack's `world.noise`). */
  noise: number;
}

/**
 * A rung change and the inputs it was decided on. Actors and rungs are indices (pack order,
 * ladder order). The object is the observer's to keep: the kernel makes a fresh one per change.
 */
export interface DecisionInput {
  day: number;
  actor: number;
  from: number;
  to: number;
  /** The machine guard that fired. */
  rule: DecisionRule;
  /** The drive the machine took, and its terms. */
  drive: number;
  terms: DriveTerms;
  /** The red-line lift in force before the `DAY` event (after the day's red lines). */
  lift: Lift | null;
  /** The coercion cap in force before the `DAY` event (after the day's yield); none if omitted. */
  cap?: Cap | null;
  /** Indices into `scenario.injects` of the attacks scripting this actor today. */
  injects: readonly number[];
  /**
   * The drive's terms on the day the actor took the rung it leaves (`since`; its start counts as
   * day 0, with nothing remembered): what changed since is the move's cause.
   */
  before: DriveTerms;
  since: number;
}

/** What an actor's initiative chose (MODEL.md, "Initiative"). */
export type InitiativeKind = 'leadership' | 'preempt';

/**
 * What a run tells an observer, in the order it happens. Every hook is optional; the kernel
 * calls only the hooks an observer has, and with no observer calls nothing. Actors, rungs,
 * means, target classes and channels are indices (pack order, ladder order, vocabulary order).
 * `inject` is the index into `scenario.injects` of a scripted event, -1 for an actor's own act.
 * Arrays passed to hooks belong to the kernel and change after the call: copy what you keep.
 *
 * Per day: for each actor in pack order, the red lines it sees crossed (`redLine`, only when
 * the crossing sets a new lift, as traces record them) and its rung change (`decision`); then
 * `rungs`; then the day's events — scripted injects in scenario order, then each actor's acts
 * in pack order (statement, support, restraint, attacks); then `endDay`.
 */
export interface RunObserver {
  /** A run begins: run `run` of the batch seeded with `seed`. */
  startRun?(seed: number, run: number): void;
  /** Actor `actor`'s red line `line` (index in its posture's `redLines`) lifts its ceiling until `until`. */
  redLine?(actor: number, line: number, day: number, until: number): void;
  /** An actor changes rung. */
  decision?(decision: DecisionInput): void;
  /** The day's rungs, after every decision. */
  rungs?(day: number, rungs: Int32Array): void;
  attack?(
    from: number,
    to: number,
    means: number,
    target: number,
    severity: number,
    rung: number,
    inject: number,
  ): void;
  support?(from: number, to: number, channel: number, inject: number): void;
  restrain?(from: number, to: number, inject: number): void;
  ceasefire?(parties: readonly number[], days: number, inject: number): void;
  /** A statement; an actor's own statement says the rung it moved to (`stance` is the rung's name). */
  statement?(from: number, stance: string, inject: number): void;
  /**
   * An attack about to be told to `attack` was chosen on the actor's initiative: aimed at the
   * adversary's leaders, or made first while the adversary prepares an answer. `chance` is the
   * chance it was chosen with; `heldBy` the sponsor whose hold cut that chance, or -1.
   */
  initiative?(from: number, to: number, kind: InitiativeKind, chance: number, heldBy: number): void;
  /**
   * Defences stopped part of an attack about to be told to `attack`: it was made with `severity`
   * (what `attack` is told, and what its victim and the victim's allies feel) and did `harm`, what
   * red lines see. `inject` as for `attack`.
   */
  intercept?(
    from: number,
    to: number,
    means: number,
    severity: number,
    harm: number,
    inject: number,
  ): void;
  /** An attack `from` drew on `to` did not happen: its fire is linked to `ally`, in a ceasefire with `to`. */
  linkage?(from: number, to: number, ally: number): void;
  /** The day is over. */
  endDay?(day: number): void;
  /** The run is over. */
  endRun?(): void;
}
