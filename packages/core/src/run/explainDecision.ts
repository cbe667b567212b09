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
      why: closed
        ? `its answer to red line "${lift.redLine}" is made (closure): back under its ceiling of ${RUNGS[ceiling]}`
        : `a red line's lift ran out: back under its ceiling of ${RUNGS[ceiling]}`,
      values,
      provenance,
    };
  }

  const threshold = rule === 'fall' ? holdThreshold(rules, from) : rules.thresholds[to]!;
  values.threshold = round(threshold);
  const reasons = rankTerms(terms, rule === 'fall' ? -1 : 1)
    .slice(0, 3)
    .map((name) => `${DRIVE_TERM_LABELS[name]} ${signed(terms[name])}`)
    .join(', ');
  if (rule === 'fall') {
    return {
      ...base,
      why: `drive ${fmt(drive)} fell below the ${fmt(threshold)} needed to hold ${RUNGS[from]}${reasons ? ` (${reasons})` : ''}`,
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
    why: `drive ${fmt(drive)} reached the ${fmt(threshold)} needed for ${RUNGS[to]}${reasons ? ` (${reasons})` : ''}${liftText}`,
    values,
    provenance,
  };
}

/**
 * The provenance of the fields a rung change rests on, the deciding one first: for a scripted
 * change the injects, then the ceiling; for a fall through a lift that ran out, the ceiling and
 * the red line; otherwise the red line that lifted the ceiling (`riseByRedLine`), the drive
 * terms pushing the way the actor moved (largest first), then `world.thresholds` (and
 * `world.hysteresis` for a fall).
 */
export function decisionProvenance(
  model: CompiledModel,
  decision: DecisionInput,
): FieldProvenance[] {
  const { from, rule, day, terms } = decision;
  const actor = model.actors[decision.actor]!;
  const posture = actor.posture;
  const field = (name: string, provenance: Provenance): FieldProvenance => ({
    field: `${actor.id}.${name}`,
    ...provenance,
  });
  if (rule === 'scripted') {
    const list = decision.injects.map((i) => `injects[${i}]`).join(', ');
    return [
      {
        field: `scenario.${list}`,
        kind: 'assumption',
        why: `scripted by scenario "${model.scenario.id}"`,
      },
      field('ceiling', posture.ceiling.provenance),
    ];
  }
  const cap = decision.cap;
  if (rule === 'fall' && cap && day < cap.until && from > cap.rung && posture.resolve) {
    return [
      field('resolve', posture.resolve.provenance),
      field('power', actor.actor.power.provenance),
    ];
  }
  if (rule === 'fall' && from > effectiveCeiling(actor.rules, decision, day)) {
    return [
      field('ceiling', posture.ceiling.provenance),
      ...liftProvenance(actor, decision, field),
    ];
  }
  const termFields = rankTerms(terms, rule === 'fall' ? -1 : 1).flatMap((name) =>
    termProvenance(model, actor, name, field),
  );
  const thresholdsField: FieldProvenance = {
    field: 'world.thresholds',
    ...model.pack.world.thresholds.provenance,
  };
  if (rule === 'fall') {
    return [
      ...termFields,
      thresholdsField,
      { field: 'world.hysteresis', ...model.pack.world.hysteresis.provenance },
    ];
  }
  const lifted = rule === 'riseByRedLine' ? liftProvenance(actor, decision, field) : [];
  return [...lifted, ...termFields, thresholdsField];
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
