import { FIELD_GLOSSARY, type FieldWords } from './fieldGlossary.js';
import { RUNG_GLOSSARY } from './rungGlossary.js';
import { RUNGS, type Rung } from './rungs.js';
import type { Actor, Pack } from './types.js';

/** A pack field in plain words: whose and what it is, and what it is set to. */
export interface FieldDescription {
  /** Whose field and what: `ACTOR’s ceiling`, `ACTOR’s fire at OTHER`. */
  name: string;
  /** What it is set to, in words: `enabling others' fire (indirect)`. */
  value: string;
  /** The kind of field in plain words (unit, range, what it does), when the glossary has it. */
  words: FieldWords | undefined;
}

type Posture = Actor['posture'];
type RedLine = Posture['redLines'][number];
type Target = Posture['targets'][number];

/**
 * A pack field, named as decisions name it (`ACTOR.redLines[0]`, `ACTOR.params.riskAversion`,
 * `ACTOR.targets[0].linkedTo`, `world.noise`, `outcomes.regional-war`), in plain words for
 * students: its owner's name and the field's plain name, and its value in words. Throws for a
 * field the pack does not have.
 *
 * @example
 * describeField(pack, 'ACTOR.ceiling'); // { name: 'ACTOR’s ceiling', value: "enabling others' fire (indirect)", … }
 */
export function describeField(pack: Pack, field: string): FieldDescription {
  const [head = '', ...rest] = field.split('.');
  const path = rest.join('.');
  if (head === 'outcomes') {
    const outcome = pack.outcomes.find((candidate) => candidate.id === path);
    if (!outcome) throw new Error(`no outcome "${path}" in pack "${pack.id}"`);
    return { name: `Outcome: ${outcome.label}`, value: outcome.description, words: undefined };
  }
  if (head === 'world') {
    const words = FIELD_GLOSSARY[field];
    const value = (pack.world as Record<string, { value: unknown } | undefined>)[path];
    if (!words || !value) throw new Error(`no world setting "${path}" in pack "${pack.id}"`);
    const unit = typeof value.value === 'number' ? ` (${words.unit}, ${words.range})` : '';
    return {
      name: capitalise(words.name),
      value: `${valueWords(pack, value.value)}${unit}`,
      words,
    };
  }
  const actor = pack.actors.find((candidate) => candidate.id === head);
  if (!actor) throw new Error(`no actor "${head}" in pack "${pack.id}"`);
  const owner = possessive(actor.name);
  const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?(?:\.(\w+))?$/.exec(path);
  if (!match) throw new Error(`no field "${path}" of "${actor.id}"`);
  const [, key = '', index, inner, leaf] = match;
  const posture = actor.posture;
  // The glossary keys a field without its actor and index: `targets.linkedTo`, `params.decay`.
  const words = FIELD_GLOSSARY[inner ? `${key}.${inner}` : key];
  const item = index === undefined ? undefined : (posture as Record<string, unknown>)[key];
  const at = Array.isArray(item) ? item[Number(index)] : undefined;
  if (key === 'redLines' && at) {
    const line = at as RedLine;
    return {
      name: `${owner} red line “${line.label}”`,
      value: redLineWords(pack, actor, line),
      words,
    };
  }
  if (key === 'supports' && at) {
    const support = at as Posture['supports'][number];
    return {
      name: `${owner} support to ${nameOf(pack, support.to)}`,
      value: `through ${list(support.channels.map((channel) => CHANNEL_WORDS[channel]))}`,
      words,
    };
  }
  if (key === 'targets' && at) {
    const target = at as Target;
    if (inner === 'initiative' && target.initiative) {
      const chance = leaf === 'preempt' ? target.initiative.preempt : target.initiative.leadership;
      if (!leaf || !chance) throw new Error(`no field "${path}" of "${actor.id}"`);
      const adversary = nameOf(pack, target.adversary);
      return {
        name:
          leaf === 'preempt'
            ? `${owner} pre-emptive strikes on ${adversary}`
            : `${owner} strikes on ${possessive(adversary)} leaders`,
        value:
          leaf === 'preempt'
            ? `a chance of ${chance.value} each day ${adversary} prepares an answer to a red line`
            : `a chance of ${chance.value} that an attack on ${adversary} is aimed at its leaders`,
        words,
      };
    }
    if (inner === 'linkedTo' && target.linkedTo) {
      return {
        name: `${owner} fire at ${nameOf(pack, target.adversary)}, tied to ${possessive(nameOf(pack, target.linkedTo.ally))} war`,
        value: `paused on every day ${nameOf(pack, target.linkedTo.ally)} and ${nameOf(pack, target.adversary)} are in a ceasefire`,
        words,
      };
    }
    return {
      name: `${owner} fire at ${nameOf(pack, target.adversary)}`,
      value: targetWords(target),
      words,
    };
  }
  if (key === 'power') {
    return {
      name: `${owner} firepower`,
      value: `${actor.power.value} on a scale of 0 to 1`,
      words,
    };
  }
  if (key === 'restraint' && inner === 'pause' && posture.restraint?.pause) {
    const { after, days } = posture.restraint.pause;
    return {
      name: `${owner} order to stand down`,
      value: `after an ally's strike on ${list(after.targets)} of a great power with a harm of ${after.minSeverity} or more, its allies hold their fire at that power for ${days} days, each with a chance equal to its obedience`,
      words,
    };
  }
  if (key === 'defences' && posture.defences) {
    const { means, intercept } = posture.defences;
    return inner === 'means'
      ? { name: `${owner} defences: the means they stop`, value: list(means.value), words }
      : {
          name: `${owner} defences: the share intercepted`,
          value: `${intercept.value} of each such attack's severity`,
          words,
        };
  }
  if (key === 'restrainsInitiative' && posture.restrainsInitiative) {
    const { of, atLeast } = posture.restrainsInitiative;
    return {
      name: `${owner} hold on ${list(of.map((id) => possessive(nameOf(pack, id))))} initiative`,
      value: `while the adversary stands at ${valueWords(pack, atLeast)} or higher`,
      words,
    };
  }
  if (key === 'restraint' && posture.restraint) {
    const { of, above, strength } = posture.restraint;
    return {
      name: `${owner} restraint of its proxies`,
      value: `reins in ${list(of.map((id) => nameOf(pack, id)))} once the risk of a wider war reaches ${above}, with a strength of ${strength}`,
      words,
    };
  }
  if (key === 'allies') {
    return {
      name: `${owner} allies`,
      value: list(posture.allies.value.map((id) => nameOf(pack, id))),
      words,
    };
  }
  if (key === 'params' && inner) {
    const param = (posture.params as Record<string, { value: unknown } | undefined>)[inner];
    if (!param) throw new Error(`no parameter "${inner}" of "${actor.id}"`);
    const scale =
      words && typeof param.value === 'number' ? ` (${words.unit}, ${words.range})` : '';
    return {
      name: `${owner} ${words?.name ?? spaced(inner)}`,
      value: `${valueWords(pack, param.value)}${scale}`,
      words,
    };
  }
  // Any other field: its glossary name, or (a field newer than the glossary) its own name spaced
  // out, and what it holds, in words.
  const held = (posture as unknown as Record<string, unknown>)[key];
  const entry = Array.isArray(held) && index !== undefined ? held[Number(index)] : held;
  const found =
    inner && entry !== null && typeof entry === 'object'
      ? (entry as Record<string, unknown>)[inner]
      : entry;
  if (found === undefined || (Array.isArray(held) && index === undefined)) {
    throw new Error(`no field "${path}" of "${actor.id}"`);
  }
  const shown =
    found !== null && typeof found === 'object' && 'value' in found
      ? (found as { value: unknown }).value
      : withoutProvenance(found);
  return {
    name: `${owner} ${words?.name ?? spaced(inner ?? key)}`,
    value: valueWords(pack, shown),
    words,
  };
}

/** A camelCase name in lower-case words: `mobilisationDelay` → `mobilisation delay`. */
function spaced(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** An object without its provenance and id, the parts a reader does not need in a value. */
function withoutProvenance(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => key !== 'provenance' && key !== 'id'),
  );
}

const CHANNEL_WORDS = {
  political: 'political backing',
  material: 'arms and money',
  indirect: 'enabled fire',
} as const;

function redLineWords(pack: Pack, actor: Actor, line: RedLine): string {
  const when = line.when;
  let condition: string;
  if ('attack' in when) {
    const { by, on, targets, minSeverity, spread } = when.attack;
    const whose = on ? list(on.map((id) => possessive(nameOf(pack, id)))) : 'its';
    const severity =
      spread === undefined || spread === 0
        ? `of severity ${minSeverity} or more`
        : `of severity around ${minSeverity} (never below ${round(minSeverity - spread)}, always from ${round(minSeverity + spread)}, by chance between)`;
    condition = `an attack${by ? ` by ${list(by.map((id) => nameOf(pack, id)))}` : ''} on ${whose} ${list(targets, 'or')}, ${severity}`;
  } else {
    const { actors, atLeast } = when.rung;
    condition = `${list(
      actors.map((id) => nameOf(pack, id)),
      'or',
    )} reaching ${rungWords(atLeast)} or higher`;
  }
  const answer =
    line.answer === undefined
      ? ''
      : `; the answer is at most ${line.answer} strike${line.answer === 1 ? '' : 's'}, then ${actor.plural ? 'they stand' : 'it stands'} down`;
  return `${condition} lifts the ceiling to ${rungWords(line.lift)} for up to ${line.days} days${answer}`;
}

function targetWords(target: Target): string {
  const parts = [
    `with ${list(target.means, 'or')}`,
    `at ${list(target.classes, 'or')}`,
    `weight ${target.weight}`,
  ];
  if (target.upTo) parts.push(`no higher than ${rungWords(target.upTo)} unless matched`);
  if (target.retaliateOnly) parts.push('only in retaliation');
  return parts.join(', ');
}

/** A rung in words with its id: `enabling others' fire (indirect)`. */
function rungWords(rung: Rung): string {
  return `${RUNG_GLOSSARY[rung].name} (${rung})`;
}

function valueWords(pack: Pack, value: unknown): string {
  if (typeof value === 'string' && (RUNGS as readonly string[]).includes(value)) {
    return rungWords(value as Rung);
  }
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'number')
      ? value.join('–')
      : list(value.map((item) => nameOf(pack, String(item))));
  }
  if (value !== null && typeof value === 'object') {
    // Rungs with nothing set (no activity, no severity below indirect) are left out.
    return Object.entries(value)
      .filter(([, inner]) => inner !== 0 && !(Array.isArray(inner) && inner.every((x) => x === 0)))
      .map(([key, inner]) => `${key} ${valueWords(pack, inner)}`)
      .join(', ');
  }
  return String(value);
}

function nameOf(pack: Pack, id: string): string {
  return pack.actors.find((actor) => actor.id === id)?.name ?? id;
}

/** `Name’s`, or `Names’` for a name ending in s (a parenthesis after a name is left out). */
function possessive(name: string): string {
  const short = name.replace(/\s*\(.*\)$/, '');
  return short.endsWith('s') ? `${short}’` : `${short}’s`;
}

function list(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
