import { moveVerb } from '../schema/agree.js';
import { formatCount } from '../schema/formatCount.js';
import type { AttackChoice, FieldProvenance, Pack, Trace } from '../schema/types.js';

export interface NarrateOptions {
  /** Only these actors' decisions and attacks; all when omitted. */
  actors?: readonly string[];
}

/** One line of a narrative; `kind` lets a terminal or a page style it. */
export interface NarrativeLine {
  day: number;
  kind: 'day' | 'decision' | 'basis' | 'red-line' | 'choice' | 'attack' | 'ceasefire';
  text: string;
}

/**
 * A run told day by day: every rung change with its reason and the quote or assumption it rests
 * on, red lines crossed, ceasefires, attack choices (initiative, interception, linkage) and each
 * dyad's first attack; quiet days are left out.
 */
export function narrate(trace: Trace, pack: Pack, options: NarrateOptions = {}): NarrativeLine[] {
  const names = new Map(pack.actors.map((actor) => [actor.id, actor.name]));
  const name = (id: string) => names.get(id) ?? id;
  const actors = new Map(pack.actors.map((actor) => [actor.id, actor]));
  const shown = (id: string) => !options.actors || options.actors.includes(id);
  const seenDyads = new Set<string>();
  const lines: NarrativeLine[] = [];

  for (const day of trace.days) {
    const today: NarrativeLine[] = [];
    const line = (kind: NarrativeLine['kind'], text: string) =>
      today.push({ day: day.day, kind, text });
    for (const event of day.events) {
      if (event.type === 'ceasefire') {
        line(
          'ceasefire',
          `Ceasefire among ${event.parties.map(name).join(', ')} for ${event.days} days.`,
        );
      }
    }
    for (const crossing of day.redLines) {
      if (!shown(crossing.actor)) continue;
      line(
        'red-line',
        `${name(crossing.actor)} red line crossed: ${crossing.label}; ceiling lifted to ${crossing.lift} until day ${crossing.until}.`,
      );
      for (const basis of crossing.provenance) line('basis', describeBasis(basis, pack));
    }
    for (const decision of day.decisions) {
      if (!shown(decision.actor)) continue;
      const verb = moveVerb(actors.get(decision.actor), decision);
      line(
        'decision',
        `${name(decision.actor)} ${verb} ${decision.from} → ${decision.to}: ${decision.why}.`,
      );
      const basis = decision.provenance[0];
      if (basis) line('basis', describeBasis(basis, pack));
    }
    for (const choice of day.choices ?? []) {
      if (!(shown(choice.actor) || shown(choice.adversary))) continue;
      line('choice', describeChoice(choice));
      const basis = choice.provenance[0];
      if (basis) line('basis', describeBasis(basis, pack));
    }
    const attacksByDyad = new Map<string, number>();
    for (const event of day.events) {
      if (event.type !== 'attack' || !(shown(event.from) || shown(event.to))) continue;
      const dyad = `${event.from}>${event.to}`;
      attacksByDyad.set(dyad, (attacksByDyad.get(dyad) ?? 0) + 1);
      if (seenDyads.has(dyad)) continue;
      seenDyads.add(dyad);
      line(
        'attack',
        `${name(event.from)} strikes ${name(event.to)} for the first time: ${event.means} on ${event.target}, severity ${event.severity.toFixed(2)}, at ${event.rung}.`,
      );
    }
    if (today.length > 0) {
      const attacks = [...attacksByDyad.values()].reduce((sum, count) => sum + count, 0);
      lines.push({
        day: day.day,
        kind: 'day',
        text: `Day ${day.day}${attacks ? ` — ${formatCount(attacks, 'attack')}` : ''}`,
      });
      lines.push(...today);
    }
  }
  return lines;
}

/**
 * A provenance in a line: the quote and its paragraph, the record's events and how the value is
 * read from them, or the assumption and why.
 */
export function describeBasis(basis: FieldProvenance, pack: Pack): string {
  if (basis.kind === 'assumption') return `${basis.field} — assumption: ${basis.why}`;
  if (basis.kind === 'recorded')
    return `${basis.field} — recorded, ${basis.record} (${basis.events.join(', ')}): ${basis.reasoning}`;
  const source = basis.source ?? pack.sources[0]?.id ?? 'source';
  const reasoning = basis.kind === 'inferred' ? ` — inferred: ${basis.reasoning}` : '';
  return `${basis.field} — ${basis.kind}, ${source} ¶${basis.paragraph}: “${basis.quote}”${reasoning}`;
}

/** An attack choice in a sentence: its reason, capitalised, with a full stop. */
export function describeChoice(choice: AttackChoice): string {
  return `${choice.why.charAt(0).toUpperCase()}${choice.why.slice(1)}.`;
}
