import type { AttackChoice } from '../schema/types.js';
import { MEANS } from '../schema/vocabulary.js';
import type { CompiledModel } from './compileModel.js';
import type { InitiativeKind } from './RunObserver.js';

/** What the kernel told of one attack choice; actors and means are indices. */
export type ChoiceInput =
  | { rule: InitiativeKind; from: number; to: number; chance: number; heldBy: number }
  | { rule: 'intercept'; from: number; to: number; means: number; severity: number; harm: number }
  | { rule: 'linkage'; from: number; to: number; ally: number };

/** What each attack choice's rule is called, in words (the web's why panel and timeline). */
export const CHOICE_RULE_LABELS: Readonly<Record<AttackChoice['rule'], string>> = {
  leadership: 'leadership strike',
  preempt: 'pre-emption',
  intercept: 'interception',
  linkage: 'linkage',
};

/**
 * Explains an attack choice (MODEL.md, "Initiative", "Defences", "Linkage"): the rule, the
 * numbers it used, in words, and the provenance of the posture fields it rests on.
 */
export function explainChoice(model: CompiledModel, choice: ChoiceInput): AttackChoice {
  const from = model.actors[choice.from]!;
  const to = model.actors[choice.to]!;
  // The choice's fields are written out in each case, in this order (actor, adversary, rule,
  // why, values, provenance): a trace records one per intercepted attack.
  const targetOf = () => {
    const index = from.posture.targets.findIndex((target) => target.adversary === to.id);
    return { index, target: from.posture.targets[index] };
  };
  switch (choice.rule) {
    case 'leadership':
    case 'preempt': {
      const { index: targetIndex, target } = targetOf();
      const initiative = target?.initiative?.[choice.rule];
      const held = choice.heldBy >= 0 ? model.actors[choice.heldBy]! : null;
      const act =
        choice.rule === 'leadership'
          ? `chose to strike ${to.id}'s leaders`
          : `struck ${to.id} first while ${to.id} prepared its answer to a red line`;
      const chance = Math.round(choice.chance * 1000) / 1000;
      return {
        actor: from.id,
        adversary: to.id,
        rule: choice.rule,
        why: `on its own initiative ${from.id} ${act} (chance ${pct(chance)}${held ? `, cut by ${held.id}'s hold on its initiative` : ''})`,
        values: { chance },
        provenance: [
          ...(initiative
            ? [
                {
                  field: `${from.id}.targets[${targetIndex}].initiative.${choice.rule}`,
                  ...initiative.provenance,
                },
              ]
            : []),
          ...(held?.posture.restrainsInitiative
            ? [
                {
                  field: `${held.id}.restrainsInitiative`,
                  ...held.posture.restrainsInitiative.provenance,
                },
              ]
            : []),
        ],
      };
    }
    case 'intercept': {
      const defences = to.posture.defences;
      return {
        actor: from.id,
        adversary: to.id,
        rule: choice.rule,
        why: `${to.id}'s defences intercepted ${pct(1 - choice.harm / choice.severity)} of ${from.id}'s ${MEANS[choice.means]} attack: made at severity ${choice.severity.toFixed(2)}, it did ${choice.harm.toFixed(2)}`,
        values: { severity: choice.severity, harm: choice.harm },
        provenance: defences
          ? [
              { field: `${to.id}.defences.intercept`, ...defences.intercept.provenance },
              { field: `${to.id}.defences.means`, ...defences.means.provenance },
            ]
          : [],
      };
    }
    case 'linkage': {
      const ally = model.actors[choice.ally]!;
      const { index: targetIndex, target } = targetOf();
      return {
        actor: from.id,
        adversary: to.id,
        rule: choice.rule,
        why: `${from.id}'s fire at ${to.id} is tied to ${ally.id}'s war, in a ceasefire with ${to.id} today: the attack drawn did not happen`,
        values: {},
        provenance: target?.linkedTo
          ? [
              {
                field: `${from.id}.targets[${targetIndex}].linkedTo`,
                ...target.linkedTo.provenance,
              },
            ]
          : [],
      };
    }
  }
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}
