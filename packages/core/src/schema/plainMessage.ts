import { z } from 'zod';
import { formatCount } from './formatCount.js';
import { nearestId } from './nearestId.js';

/** What zod's expected types are, in words. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  record: 'a mapping of keys to values',
};

/**
 * An issue in the words of the file's reader rather than the validator's, for zod's `error`
 * option. A field described with `.describe()` (the same text the JSON Schema's `description`
 * carries) is explained by its description: a missing one says `is missing: DESCRIPTION`; a value
 * of the wrong type `must be TYPE (DESCRIPTION), not WHAT`; an unknown key or enum value names the
 * nearest known one. An unrecognized-keys issue gets one line per key, in the order of its `keys`.
 * Messages the schema gives itself (`.max(10, 'must be at most 10')`) take precedence over these.
 */
export function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const description = descriptionOf(issue.inst);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is missing: ${description ?? `${expected} is needed`}`;
      return `must be ${expected}${description ? ` (${description})` : ''}, not ${kindOf(issue.input)}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const nearest = typeof issue.input === 'string' ? nearestId(issue.input, options) : undefined;
      return `must be one of ${options.join(', ')}${description ? ` (${description})` : ''}, not ${shown(issue.input)}${nearest ? `; did you mean "${nearest}"?` : ''}`;
    }
    case 'invalid_union': {
      if (!('discriminator' in issue) || typeof issue.discriminator !== 'string') return undefined;
      const options = (issue.options as unknown[]).map(String);
      const input = issue.input as Record<string, unknown> | undefined;
      const value = input?.[issue.discriminator];
      if (value === undefined) return `is missing: one of ${options.join(', ')}`;
      const nearest = typeof value === 'string' ? nearestId(value, options) : undefined;
      return `must be one of ${options.join(', ')}, not ${shown(value)}${nearest ? `; did you mean "${nearest}"?` : ''}`;
    }
    case 'unrecognized_keys': {
      const known = shapeKeys(issue.inst);
      return issue.keys
        .map((key) => {
          const nearest = known ? nearestId(key, known) : undefined;
          const hint = nearest
            ? `; did you mean "${nearest}"?`
            : known
              ? ` (known: ${known.join(', ')})`
              : '';
          return `is not a field here${hint}`;
        })
        .join('\n');
    }
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'may not be empty';
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `needs at least ${formatCount(Number(issue.minimum), 'item')}`;
      }
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters long`;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${formatBound(issue.minimum)}`;
    }
    case 'too_big': {
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `may have at most ${formatCount(Number(issue.maximum), 'item')}`;
      }
      if (issue.origin === 'string') return `may be at most ${issue.maximum} characters long`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${formatBound(issue.maximum)}`;
    }
    case 'invalid_key':
      return `has a key that is not valid: ${shown(issue.input)}`;
    default:
      return undefined;
  }
}

/** The description a schema (or, for a check, the schema it belongs to) was given. */
function descriptionOf(inst: unknown): string | undefined {
  if (!inst || typeof inst !== 'object' || !('_zod' in inst)) return undefined;
  return z.globalRegistry.get(inst as z.ZodType)?.description;
}

/** The keys an object schema knows, or undefined for another schema. */
function shapeKeys(inst: unknown): string[] | undefined {
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
    ?.def;
  return def?.shape ? Object.keys(def.shape) : undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${shown(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return TYPE_WORDS[typeof value] ?? typeof value;
}

/** A value as a message quotes it: short, on one line. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(text);
  }
  if (value === null) return 'nothing (null)';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}

function formatBound(bound: number | bigint): string {
  return typeof bound === 'number' && Math.abs(bound) >= 10_000
    ? bound.toLocaleString('en-US')
    : String(bound);
}
