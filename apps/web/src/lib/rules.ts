import {
  describeField,
  type Pack,
  type Provenance,
  provenanceField,
  walkProvenance,
} from '@brink/core';

/** One sourced field of a pack: a rule the model rests on, named as decisions name it. */
export interface Rule {
  /** As in a decision's provenance: `iran.ceiling`, `iran.params.solidarity`, `world.noise`. */
  field: string;
  /** The actor it belongs to, or null for world settings and outcomes. */
  actor: string | null;
  provenance: Provenance;
  /** What the rule sets, in short: `indirect`, `hamas, hezbollah`, `lift: limited for 30 days`. */
  summary: string;
  /** The rule in plain words for students: `Iran’s ceiling` (core's `describeField`). */
  name: string;
  /** What it is set to, in plain words: `enabling others' fire (indirect)`. */
  value: string;
}

/**
 * Every provenance in a pack as a rule, named the way the engine names the fields of a
 * decision's provenance: an actor's posture fields under its id, world settings under `world`.
 */
export function packRules(pack: Pack): Rule[] {
  const rules: Rule[] = [];
  walkProvenance(pack, (provenance, path) => {
    const field = fieldOf(pack, path);
    const { name, value } = describeField(pack, field.field);
    rules.push({
      ...field,
      provenance,
      summary: summarize(valueAt(pack, path.slice(0, -1))),
      name,
      value,
    });
  });
  return rules;
}

function fieldOf(pack: Pack, path: readonly (string | number)[]): Pick<Rule, 'field' | 'actor'> {
  const [root, index] = path;
  const actor = root === 'actors' && typeof index === 'number' ? pack.actors[index]!.id : null;
  return { field: provenanceField(pack, path), actor };
}

/** A stretch of a paragraph and the rules whose quotes cover it (none for plain text). */
export interface Segment {
  text: string;
  start: number;
  fields: string[];
}

/**
 * Cuts a paragraph into segments at every quote's start and end, so overlapping quotes show as
 * one highlighted stretch that lists all of their rules.
 */
export function segmentParagraph(
  text: string,
  quotes: readonly { quote: string; field: string }[],
): Segment[] {
  const ranges = quotes.flatMap(({ quote, field }) => {
    const start = text.indexOf(quote);
    return start < 0 ? [] : [{ start, end: start + quote.length, field }];
  });
  const cuts = [
    ...new Set([0, text.length, ...ranges.flatMap((range) => [range.start, range.end])]),
  ].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const fields = [
      ...new Set(ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.field)),
    ];
    segments.push({ text: text.slice(start, end), start, fields });
  }
  return segments;
}

/** A provenance that quotes a source: `stated` or `inferred`. */
export type QuotedProvenance = Extract<Provenance, { kind: 'stated' | 'inferred' }>;

/** Whether a provenance quotes a source (`stated`, `inferred`), not the record or the modeller. */
export function isQuoted<T extends Provenance>(provenance: T): provenance is T & QuotedProvenance {
  return provenance.kind === 'stated' || provenance.kind === 'inferred';
}

/** The quoted rules of a pack, by paragraph number (1-based) of its first source. */
export function rulesByParagraph(rules: readonly Rule[]): Map<number, Rule[]> {
  const byParagraph = new Map<number, Rule[]>();
  for (const rule of rules) {
    if (!isQuoted(rule.provenance)) continue;
    const list = byParagraph.get(rule.provenance.paragraph) ?? [];
    list.push(rule);
    byParagraph.set(rule.provenance.paragraph, list);
  }
  return byParagraph;
}

/** The address of the source view that shows a rule, or a paragraph. */
export function sourceHref(target: { rule: string } | { paragraph: number }): string {
  return 'rule' in target
    ? `/source?rule=${encodeURIComponent(target.rule)}`
    : `/source?p=${target.paragraph}`;
}

function valueAt(pack: Pack, path: readonly (string | number)[]): unknown {
  let value: unknown = pack;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** A sourced value in a few words; an object without `value` is shown by its other fields. */
function summarize(holder: unknown): string {
  if (holder === null || typeof holder !== 'object') return '';
  const record = holder as Record<string, unknown>;
  const shown = 'value' in record ? record.value : omit(record, ['provenance', 'id']);
  return brief(shown);
}

function omit(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

function brief(value: unknown): string {
  if (Array.isArray(value)) return value.map(brief).join(', ');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) =>
        inner !== null && typeof inner === 'object' && !Array.isArray(inner)
          ? `${key}: {${brief(inner)}}`
          : `${key}: ${brief(inner)}`,
      )
      .join('; ');
  }
  return String(value);
}
