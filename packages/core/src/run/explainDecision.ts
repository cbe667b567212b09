import { effectiveCeiling, holdThreshold, type Lift } from '../machine/decisionRules.js';
import { RUNGS } from '../schema/rungs.js';
import type { Decision, FieldProvenance, Provenance } from '../schema/types.js';
import type { CompiledActor, CompiledModel } from './compileModel.js';
import type { DecisionInput, DriveTerms } from './RunObserver.js';

/** The rule behind a rung change, named after the machine guard that fired. */
export type DecisionRule = 'scripted' | 'rise' | 'riseByRedLine' | 'fall';

/** What each term of an actor's drive stands for, in words (explanations, narratives, the web app). */
export const DRIVE_TERM_LABELS: Readonly<Record<keyof DriveTerms, string>> = {
  threat: 'attacks on itself',
  solidarity: 'attacks on its allies',
  support: 'support from sponsors',
  deterrence: 'superior firepower of an adversary',
  risk: 'risk of a wider war',
  restraint: 'restraint by its sponsor',
  noise: 'day-to-day uncertainty',
};

/** What each number a decision compares (`Decision.values`) stands for, in words. */
export const DECISION_VALUE_LABELS: Readonly<Record<string, string>> = {
  drive: 'drive (sum of the terms)',
  threshold: 'threshold',
  ceiling: 'ceiling (ladder position)',
  answerLeft: 'strikes of the answer left',
  cap: 'ceiling while it yields (ladder position)',
  resolve: 'resolve (how much punishment it takes before it yields)',
  ...DRIVE_TERM_LABELS,
  ...Object.fromEntries(
    Object.entries(DRIVE_TERM_LABELS).map(([name, label]) => [
      `${name}Before`,
      `${label}, on the day it took the rung it leaves`,
    ]),
  ),
  since: 'the day it took the rung it leaves',
  driveWithoutNoise: 'drive without the day’s uncertainty',
};

/**
 * Explains one rung change: the guard that fired, the values it compared, in words, and the
 * provenance of the posture fields it rests on (`decisionProvenance`, the deciding one first).
 */
export function explainDecision(model: CompiledModel, decision: DecisionInput): Decision {
  const { from, to, rule, day, drive, terms } = decision;
  const actor = model.actors[decision.actor]!;
  const rules = actor.rules;
  const values: Record<string, number> = { drive: round(drive) };
  for (const [name, value] of Object.entries(terms)) values[name] = round(value);
  const base = { actor: actor.id, from: RUNGS[from]!, to: RUNGS[to]!, rule };
  const provenance = decisionProvenance(model, decision);

  if (rule === 'scripted') {
    const list = decision.injects.map((i) => `injects[${i}]`).join(', ');
    return {
      ...base,
      why: `the scenario scripts ${actor.id} at ${RUNGS[to]} today (${list})`,
      values,
      provenance,
    };
  }

  const cap = decision.cap;
  if (rule === 'fall' && cap && day < cap.until && from > cap.rung) {
    values.cap = cap.rung;
    values.resolve = actor.resolve;
    return {
      ...base,
      why: `struck hard by a stronger adversary, it yields (resolve ${fmt(actor.resolve)}): its ceiling is capped at ${RUNGS[cap.rung]} until day ${cap.until}`,
      values,
      provenance,
    };
  }
  const ceiling = effectiveCeiling(rules, decision, day);
  if (rule === 'fall' && from > ceiling) {
    values.ceiling = ceiling;
    const lift = decision.lift;
    const closed = lift !== null && lift.strikes === 0;
    if (closed) values.answerLeft = 0;
    return {
      ...base,
      why:
        lift?.ceasefire === true
          ? `a ceasefire with ${lift.by} ends its answer to red line "${lift.redLine}": back under its ceiling of ${RUNGS[ceiling]}`
          : closed
            ? `its answer to red line "${lift.redLine}" is made (closure): back under its ceiling of ${RUNGS[ceiling]}`
            : `a red line's lift ran out: back under its ceiling of ${RUNGS[ceiling]}`,
      values,
      provenance,
    };
  }

  const threshold = rule === 'fall' ? holdThreshold(rules, from) : rules.thresholds[to]!;
  values.threshold = round(threshold);
  const cause = moveCause(decision, threshold);
  let causeText: string;
  if (cause === 'noise') {
    values.driveWithoutNoise = round(drive - terms.noise);
    causeText = `the day's uncertainty (${signed(terms.noise)}) tipped it: without it the drive would be ${fmt(drive - terms.noise)}`;
  } else if (cause !== null) {
    values[`${cause}Before`] = round(decision.before[cause]);
    values.since = decision.since;
    const label = CAUSE_LABELS[cause][rule === 'fall' ? 0 : 1];
    causeText = `${label}: ${DRIVE_TERM_LABELS[cause]} ${signed(decision.before[cause])} on day ${decision.since}, ${signed(terms[cause])} now`;
  } else {
    // Nothing moved the way the actor did since it took its rung: what held it was a delay
    // (mobilisation, dwell) or a ceiling that a red line has now lifted.
    causeText =
      rule === 'riseByRedLine'
        ? 'its drive already called for it'
        : `its drive already called for it${rule === 'fall' ? ' and its week of dwell is over' : ' and its forces are now mobilised'}`;
  }
  if (rule === 'fall') {
    // Within its week of dwell, only a ceasefire it is a party to lets it step down on drive.
    const agreed =
      day - decision.since < rules.dwell ? '; a ceasefire frees it from its week of dwell' : '';
    return {
      ...base,
      why: `drive ${fmt(drive)} fell below the ${fmt(threshold)} needed to hold ${RUNGS[from]} — ${causeText}${agreed}`,
      values,
      provenance,
    };
  }
  const liftText =
    rule === 'riseByRedLine' && decision.lift
      ? `; red line "${decision.lift.redLine}" lifts its ceiling to ${RUNGS[decision.lift.rung]}`
      : '';
  return {
    ...base,
    why: `drive ${fmt(drive)} reached the ${fmt(threshold)} needed for ${RUNGS[to]} — ${causeText}${liftText}`,
    values,
    provenance,
  };
}

/** What a change of each drive term is called when it brings the actor down, and when up. */
const CAUSE_LABELS: Readonly<Record<Exclude<keyof DriveTerms, 'noise'>, [string, string]>> = {
  threat: ['fading memory', 'new attacks'],
  solidarity: ['fading memory', 'new attacks on its allies'],
  support: ['fading support', 'more support'],
  deterrence: ['deterrence', 'deterrence eased'],
  risk: ['risk of a wider war', 'risk of a wider war eased'],
  restraint: ['restraint', 'restraint eased'],
};

/**
 * The real cause of a rung change on drive: the day's uncertainty when the drive without it
 * would not have crossed `threshold` (it tipped the move), otherwise the drive term that moved
 * most in the direction of the move since the actor took the rung it leaves (`before`), or null
 * when none did (a delay ran out, or a red line lifted the ceiling).
 */
export function moveCause(decision: DecisionInput, threshold: number): keyof DriveTerms | null {
  const { rule, drive, terms, before } = decision;
  const falling = rule === 'fall';
  const withoutNoise = drive - terms.noise;
  if (falling ? withoutNoise >= threshold : withoutNoise < threshold) return 'noise';
  const direction = falling ? -1 : 1;
  let cause: keyof DriveTerms | null = null;
  let largest = 1e-9;
  for (const name of Object.keys(CAUSE_LABELS) as (keyof typeof CAUSE_LABELS)[]) {
    const change = (terms[name] - before[name]) * direction;
    if (change > largest) {
      largest = change;
      cause = name;
    }
  }
  return cause;
}

/**
 * The provenance of the fields a rung change rests on, the deciding one first: for a scripted
 * change the injects, then the ceiling; for a fall through a lift that ran out, the ceiling and
 * the red line; otherwise the red line that lifted the ceiling (`riseByRedLine`), the move's
 * cause (`moveCause`: the term that changed most since the actor took its rung, after
 * `params.decay` when that is fading memory, or `world.noise` when the day's uncertainty tipped
 * it), the other drive terms pushing the way the actor moved (largest first), then
 * `world.thresholds` (and `world.hysteresis` for a fall).
 */
export function decisionProvenance(
  model: CompiledModel,
  decision: DecisionInput,
): FieldProvenance[] {
  return [...provenanceOf(model, decision)];
}

/**
 * The field that decided a rung change: the first of `decisionProvenance`, without building the
 * rest of the list (a batch's profile counts it for every change of every run).
 */
export function decidingField(model: CompiledModel, decision: DecisionInput): string | undefined {
  const first = provenanceOf(model, decision).next();
  return first.done ? undefined : first.value.field;
}

/** `decisionProvenance`, one field at a time, in its order. */
function* provenanceOf(
  model: CompiledModel,
  decision: DecisionInput,
): Generator<FieldProvenance, void, undefined> {
  const { from, rule, day, terms } = decision;
  const actor = model.actors[decision.actor]!;
  const posture = actor.posture;
  const field = (name: string, provenance: Provenance): FieldProvenance => ({
    field: `${actor.id}.${name}`,
    ...provenance,
  });
  if (rule === 'scripted') {
    const list = decision.injects.map((i) => `injects[${i}]`).join(', ');
    yield {
      field: `scenario.${list}`,
      kind: 'assumption',
      why: `scripted by scenario "${model.scenario.id}"`,
    };
    yield field('ceiling', posture.ceiling.provenance);
    return;
  }
  const cap = decision.cap;
  if (rule === 'fall' && cap && day < cap.until && from > cap.rung && posture.resolve) {
    yield field('resolve', posture.resolve.provenance);
    yield field('power', actor.actor.power.provenance);
    return;
  }
  if (rule === 'fall' && from > effectiveCeiling(actor.rules, decision, day)) {
    yield field('ceiling', posture.ceiling.provenance);
    yield* liftProvenance(actor, decision, field);
    return;
  }
  if (rule === 'riseByRedLine') yield* liftProvenance(actor, decision, field);
  const threshold =
    rule === 'fall' ? holdThreshold(actor.rules, from) : actor.rules.thresholds[decision.to]!;
  const cause = moveCause(decision, threshold);
  // Fading memory rests first on how fast the actor forgets.
  if (rule === 'fall' && (cause === 'threat' || cause === 'solidarity' || cause === 'support'))
    yield field('params.decay', actor.posture.params.decay.provenance);
  const ranked = rankTerms(terms, rule === 'fall' ? -1 : 1);
  const names = cause === null ? ranked : [cause, ...ranked.filter((name) => name !== cause)];
  for (const name of names) yield* termProvenance(model, actor, name, field);
  yield { field: 'world.thresholds', ...model.pack.world.thresholds.provenance };
  if (rule === 'fall')
    yield { field: 'world.hysteresis', ...model.pack.world.hysteresis.provenance };
}

/** The drive terms pushing in a direction, largest first. */
function rankTerms(terms: DriveTerms, direction: 1 | -1): (keyof DriveTerms)[] {
  return (Object.keys(terms) as (keyof DriveTerms)[])
    .filter((name) => terms[name] * direction > 0)
    .sort((a, b) => Math.abs(terms[b]) - Math.abs(terms[a]));
}

function termProvenance(
  model: CompiledModel,
  actor: CompiledActor,
  term: keyof DriveTerms,
  field: (name: string, provenance: Provenance) => FieldProvenance,
): FieldProvenance[] {
  const params = actor.posture.params;
  switch (term) {
    case 'threat':
      return [field('params.reactivity', params.reactivity.provenance)];
    case 'solidarity':
      return [
        field('params.solidarity', params.solidarity.provenance),
        field('allies', actor.posture.allies.provenance),
      ];
    case 'support':
      return model.actors.flatMap((sponsor) =>
        sponsor.supports
          .filter((support) => support.to === actor.index)
          .map((support) => ({
            field: `${sponsor.id}.supports[${support.index}]`,
            ...sponsor.posture.supports[support.index]!.provenance,
          })),
      );
    case 'deterrence':
      return [field('params.deterrence', params.deterrence.provenance)];
    case 'risk':
      return [
        field('params.riskAversion', params.riskAversion.provenance),
        { field: 'world.riskActors', ...model.pack.world.riskActors.provenance },
      ];
    case 'restraint':
      return [field('params.obedience', params.obedience.provenance)];
    case 'noise':
      return [{ field: 'world.noise', ...model.pack.world.noise.provenance }];
  }
}

function liftProvenance(
  actor: CompiledActor,
  context: { lift: Lift | null },
  field: (name: string, provenance: Provenance) => FieldProvenance,
): FieldProvenance[] {
  const id = context.lift?.redLine;
  const index = actor.posture.redLines.findIndex((redLine) => redLine.id === id);
  if (index < 0) return [];
  return [field(`redLines[${index}]`, actor.posture.redLines[index]!.provenance)];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function fmt(value: number): string {
  return value.toFixed(2);
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;
}
