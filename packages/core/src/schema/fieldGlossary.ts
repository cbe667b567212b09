import { z } from 'zod';
import { PARAM_NAMES, PARAM_VALUES } from './packSchema.js';

/** A posture field or world setting in plain words. */
export interface FieldWords {
  /** Its plain name, lower case: `fear of a wider war`. */
  name: string;
  /** Its unit or scale: `drive`, `share`, `days`, `rung`. */
  unit: string;
  /** The values it may take, in words: `0 to 10`. */
  range: string;
  /** One sentence: what it does in the model. */
  description: string;
}

/** A behavioural parameter's range in words, read off the schema that enforces it. */
function rangeOf(name: (typeof PARAM_NAMES)[number]): string {
  const schema = z.toJSONSchema(PARAM_VALUES[name]) as {
    minimum?: number;
    exclusiveMinimum?: number;
    maximum?: number;
    type?: string;
  };
  const low =
    schema.exclusiveMinimum !== undefined
      ? `above ${schema.exclusiveMinimum}`
      : `${schema.minimum ?? 0}`;
  const high = (schema.maximum ?? 0).toLocaleString('en');
  return `${low} to ${high}${schema.type === 'integer' ? ', whole days' : ''}`;
}

const PARAMS: Readonly<Record<(typeof PARAM_NAMES)[number], Omit<FieldWords, 'range'>>> = {
  reactivity: {
    name: 'reaction to attacks on itself',
    unit: 'drive',
    description:
      'The most drive that attacks on the actor itself can ever add: how hard it pushes back when it is hit.',
  },
  solidarity: {
    name: 'solidarity with attacked allies',
    unit: 'drive',
    description: 'The most drive that attacks on its allies can ever add.',
  },
  deterrence: {
    name: 'deterrence by superior firepower',
    unit: 'drive',
    description:
      'How much an adversary with more firepower holds the actor back, fighting or not: it times the firepower gap is taken off its drive.',
  },
  riskAversion: {
    name: 'fear of a wider war',
    unit: 'drive',
    description:
      'How much the risk of a wider war (the rung of the pack’s risk actors, from 0 to 1) holds the actor back.',
  },
  obedience: {
    name: 'obedience to its sponsor',
    unit: 'share',
    description:
      'How far a sponsor reining the actor in takes hold: the most drive restraint can take away, the share of its attacks restraint cuts, and the chance it heeds an order to stand down.',
  },
  decay: {
    name: 'fading of memory',
    unit: 'share per day',
    description:
      'The share of remembered pressure forgotten each day: 0.12 forgets 12% a day, so anger fades over weeks.',
  },
  mobilisationDelay: {
    name: 'mobilisation delay',
    unit: 'days',
    description: 'Days between the first pull toward force and the first day the actor can use it.',
  },
};

/**
 * Every posture field and world setting of a pack in plain words, keyed as decisions name them
 * without the actor: `ceiling`, `redLines`, `params.riskAversion`, `targets.linkedTo`,
 * `world.noise`. The behavioural parameters' ranges are read off the schema that enforces them.
 */
export const FIELD_GLOSSARY: Readonly<Record<string, FieldWords>> = {
  power: {
    name: 'firepower',
    unit: 'scale',
    range: '0 to 1',
    description:
      'Firepower relative to the other actors; an adversary with more of it deters the actor.',
  },
  start: {
    name: 'starting rung',
    unit: 'rung',
    range: 'dormant to war',
    description: 'The rung the actor stands on on day 0.',
  },
  floor: {
    name: 'lowest rung',
    unit: 'rung',
    range: 'dormant to war',
    description: 'The rung it never comes down below; its starting rung when not given.',
  },
  ceiling: {
    name: 'ceiling',
    unit: 'rung',
    range: 'dormant to war',
    description:
      'The highest rung it climbs to by its own choice. Only a red line lifts it, for a while; the posture machine has no other way up.',
  },
  redLines: {
    name: 'red line',
    unit: 'condition',
    range: 'an attack of some severity on listed targets, or an actor reaching a rung',
    description:
      'A condition that lifts the ceiling to a named rung for some days. A graded line is crossed with a chance that rises with the attack’s severity; a line with an answer calls for a bounded reply, after which the actor stands down.',
  },
  allies: {
    name: 'allies',
    unit: 'actors',
    range: 'any actors of the pack',
    description: 'Actors whose being attacked moves it through solidarity.',
  },
  supports: {
    name: 'support to an ally',
    unit: 'channels',
    range: 'political, material, indirect',
    description:
      'How it backs an ally, each day, through the highest channel its own rung allows: statements, arms and money, or enabled fire.',
  },
  restraint: {
    name: 'restraint of its proxies',
    unit: 'rule',
    range: 'a risk threshold from 0 to 1 and a strength from 0 to 10',
    description:
      'When the risk of a wider war reaches a threshold, the sponsor reins in the listed allies: it stops enabling their fire and weighs on their drive. With an order to stand down, an ally’s strike that kills a great power’s soldiers brings an order to hold fire at that power, which each ally heeds with a chance equal to its obedience.',
  },
  restrainsInitiative: {
    name: 'hold on a client’s initiative',
    unit: 'rule',
    range: 'clients, and the adversary’s rung from which it holds them',
    description:
      'While the adversary a client would strike on its own initiative stands at the rung or higher, the client’s chances of a leadership strike or a pre-emptive strike are cut by its obedience.',
  },
  defences: {
    name: 'defences',
    unit: 'share',
    range: 'the means stopped, and a share intercepted from 0 to 1',
    description:
      'The share of each attack by the listed means that is intercepted: the attack still counts as made, a signal, but only what gets through does harm, and red lines and orders to stand down see only that harm.',
  },
  'targets.initiative': {
    name: 'initiative against an adversary',
    unit: 'share',
    range: '0 to 1 for each choice',
    description:
      'Choices it makes on its own: the chance that an attack is aimed at the adversary’s leaders, and the daily chance that it strikes first while the adversary prepares an answer to a red line.',
  },
  resolve: {
    name: 'resolve under fire',
    unit: 'share',
    range: '0 to 1',
    description:
      'How firmly it holds its rung when a stronger adversary strikes it: on such a day it steps down with a chance of (1 − resolve) times the punishment it remembers; 1 (or left out) never yields.',
  },
  targets: {
    name: 'fire at an adversary',
    unit: 'rule',
    range: 'means, target classes, a weight from 0 to 1',
    description:
      'Whom it strikes from the indirect rung up, with which means, at which targets, how much of its activity, and whether only in retaliation.',
  },
  'targets.linkedTo': {
    name: 'fire tied to an ally’s war',
    unit: 'rule',
    range: 'an ally',
    description:
      'This fire is solidarity with an ally’s own war: it pauses on every day the ally and the adversary are in a ceasefire.',
  },
  ...Object.fromEntries(
    PARAM_NAMES.map((name) => [`params.${name}`, { ...PARAMS[name], range: rangeOf(name) }]),
  ),
  'params.activity': {
    name: 'attack rate',
    unit: 'chance per target per day',
    range: '0 to 1, at each rung',
    description: 'How likely it is to strike each adversary on a day, rung by rung.',
  },
  'world.targetWeights': {
    name: 'weight of each target class',
    unit: 'weight',
    range: '0 to 10',
    description:
      'How much an attack counts by what it hit: leaders weigh more than territory, territory more than deployed forces.',
  },
  'world.channelWeights': {
    name: 'weight of each support channel',
    unit: 'weight',
    range: '0 to 10',
    description: 'How much a day of support pushes an ally, by channel.',
  },
  'world.thresholds': {
    name: 'drive needed for each rung',
    unit: 'drive',
    range: '0 to 10',
    description: 'An actor stands at the highest rung whose threshold its drive meets.',
  },
  'world.hysteresis': {
    name: 'hysteresis',
    unit: 'share',
    range: '0 to 1',
    description:
      'How far below a rung’s threshold the drive must fall before the actor steps down, so postures do not flicker.',
  },
  'world.dwell': {
    name: 'dwell',
    unit: 'days',
    range: '0 to 3,650, whole days',
    description:
      'Days an actor holds a rung it moved to before falling drive alone brings it down.',
  },
  'world.activity': {
    name: 'attack rate at each rung',
    unit: 'chance per target per day',
    range: '0 to 1',
    description: 'The default chance of striking each adversary on a day, rung by rung.',
  },
  'world.severity': {
    name: 'severity of attacks at each rung',
    unit: 'severity',
    range: '0 to 1',
    description: 'The range an attack’s severity is drawn from, rung by rung.',
  },
  'world.riskActors': {
    name: 'risk actors',
    unit: 'actors',
    range: 'any actors of the pack',
    description: 'The actors whose rung measures the risk of a wider war.',
  },
  'world.noise': {
    name: 'day-to-day uncertainty',
    unit: 'drive',
    range: '0 to 10',
    description:
      'Each day every actor’s drive moves by a random amount up to this size either way: what no posture captures.',
  },
  'world.memory': {
    name: 'memory of attacks',
    unit: 'days',
    range: '1 to 3,650, whole days',
    description: 'Days an attack is remembered for retaliation and for matching its rung.',
  },
};
