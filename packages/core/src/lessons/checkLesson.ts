import { lookupId } from '../schema/lookupId.js';
import { provenanceFields } from '../schema/provenanceField.js';
import { rungIndex } from '../schema/rungs.js';
import type { Lesson, LessonMeasure, Pack, Scenario } from '../schema/types.js';
import type { ValidationIssue } from '../schema/ValidationError.js';
import { measureUnit } from './measureLesson.js';

/**
 * What a lesson needs of a public record to check the events it cites: its id and its events'
 * ids (a `PublicRecord` is one; lessons do not depend on the hindcast folder).
 */
export interface CitedRecord {
  id: string;
  events: readonly { id: string }[];
}

/**
 * What a lesson gets wrong about the pack and scenarios it uses: unknown scenarios, actors,
 * outcomes, rules and measures; a day measured past its scenario's end; quotes that are not
 * verbatim in the paragraph they cite; predictions and claims that compare figures of different
 * units; and, when `records` are given, a record or record events it cites that do not exist.
 * Empty when the lesson fits.
 */
export function checkLesson(
  lesson: Lesson,
  pack: Pack,
  scenarios: Readonly<Record<string, Scenario>>,
  records?: Readonly<Record<string, CitedRecord>>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const actors = pack.actors.map((actor) => actor.id);
  const outcomes = pack.outcomes.map((outcome) => outcome.id);
  const rules = provenanceFields(pack);

  if (lesson.pack !== pack.id)
    add(['pack'], `lesson is for pack "${lesson.pack}", not "${pack.id}"`);

  const experiments = new Set<string>();
  const horizons = new Map<string, { scenario: string; horizon: number }>();
  lesson.experiments.forEach((experiment, i) => {
    if (experiments.has(experiment.id))
      add(['experiments', i, 'id'], `duplicate id "${experiment.id}"`);
    experiments.add(experiment.id);
    const scenario = lookupId(scenarios, experiment.scenario);
    if (!scenario) {
      add(
        ['experiments', i, 'scenario'],
        `unknown scenario "${experiment.scenario}" (known: ${Object.keys(scenarios).join(', ')})`,
      );
    } else if (scenario.pack !== pack.id) {
      add(
        ['experiments', i, 'scenario'],
        `scenario "${scenario.id}" is for pack "${scenario.pack}"`,
      );
    } else {
      horizons.set(experiment.id, { scenario: scenario.id, horizon: scenario.horizon });
      if (experiment.watch && experiment.watch.day >= scenario.horizon) {
        add(
          ['experiments', i, 'watch', 'day'],
          `day ${experiment.watch.day} is past the end of "${scenario.id}" (${scenario.horizon} days)`,
        );
      }
    }
    if (experiment.watch && !actors.includes(experiment.watch.actor)) {
      add(
        ['experiments', i, 'watch', 'actor'],
        `unknown actor "${experiment.watch.actor}" (known: ${actors.join(', ')})`,
      );
    }
  });

  const measures = new Map<string, LessonMeasure>();
  lesson.measures.forEach((measure, i) => {
    const path = ['measures', i];
    if (measures.has(measure.id)) add([...path, 'id'], `duplicate id "${measure.id}"`);
    measures.set(measure.id, measure);
    if (!experiments.has(measure.experiment)) {
      add(
        [...path, 'experiment'],
        `unknown experiment "${measure.experiment}" (known: ${[...experiments].join(', ')})`,
      );
    }
    if (measure.outcome !== undefined && !outcomes.includes(measure.outcome)) {
      add(
        [...path, 'outcome'],
        `unknown outcome "${measure.outcome}" (known: ${outcomes.join(', ')})`,
      );
    }
    const key = measure.highest ? 'highest' : measure.firstDay ? 'firstDay' : 'onDay';
    const actor = measure[key]?.actor;
    if (actor !== undefined && !actors.includes(actor)) {
      add([...path, key, 'actor'], `unknown actor "${actor}" (known: ${actors.join(', ')})`);
    }
    const span = measure.highest ?? measure.onDay;
    if (span?.atLeast && span.atMost && rungIndex(span.atLeast) > rungIndex(span.atMost)) {
      add([...path, key], `atLeast "${span.atLeast}" is above atMost "${span.atMost}"`);
    }
    const run = horizons.get(measure.experiment);
    if (measure.onDay && run && measure.onDay.day >= run.horizon) {
      add(
        [...path, 'onDay', 'day'],
        `day ${measure.onDay.day} is past the end of "${run.scenario}" (${run.horizon} days)`,
      );
    }
  });
  const requireMeasure = (id: string, path: (string | number)[]) => {
    const measure = measures.get(id);
    if (!measure) add(path, `unknown measure "${id}" (known: ${[...measures.keys()].join(', ')})`);
    return measure;
  };

  const { prediction } = lesson;
  if (prediction.estimate)
    requireMeasure(prediction.estimate.measure, ['prediction', 'estimate', 'measure']);
  const choices = new Set<string>();
  prediction.choices?.forEach((choice, i) => {
    if (choices.has(choice.id))
      add(['prediction', 'choices', i, 'id'], `duplicate id "${choice.id}"`);
    choices.add(choice.id);
    const measure = requireMeasure(choice.measure, ['prediction', 'choices', i, 'measure']);
    if (measure && measureUnit(measure) !== 'share') {
      add(
        ['prediction', 'choices', i, 'measure'],
        `a choice must be answered by a share of runs, and "${measure.id}" is a day`,
      );
    }
  });

  lesson.reveal.claims.forEach((claim, i) => {
    const path = ['reveal', 'claims', i];
    const measure = requireMeasure(claim.measure, [...path, 'measure']);
    for (const key of ['moreThan', 'lessThan'] as const) {
      const other = claim[key];
      if (other === undefined) continue;
      const compared = requireMeasure(other, [...path, key]);
      if (measure && compared && measureUnit(measure) !== measureUnit(compared)) {
        add([...path, key], `"${claim.measure}" and "${other}" are not in the same unit`);
      }
    }
    if (measure && measureUnit(measure) === 'share') {
      for (const key of ['atLeast', 'atMost'] as const) {
        const bound = claim[key];
        if (bound !== undefined && (bound < 0 || bound > 1)) {
          add([...path, key], `a share is bounded by a number from 0 to 1, not ${bound}`);
        }
      }
    }
  });

  lesson.context.quotes.forEach((quote, i) => {
    const path = ['context', 'quotes', i];
    const source = quote.source
      ? pack.sources.find((candidate) => candidate.id === quote.source)
      : pack.sources[0];
    if (!source) {
      add([...path, 'source'], `unknown source "${quote.source}"`);
      return;
    }
    const paragraph = source.paragraphs[quote.paragraph - 1];
    if (paragraph === undefined) {
      add(
        [...path, 'paragraph'],
        `source "${source.id}" has ${source.paragraphs.length} paragraphs, not ${quote.paragraph}`,
      );
    } else if (!paragraph.includes(quote.quote)) {
      add(
        [...path, 'quote'],
        `not verbatim in paragraph ${quote.paragraph} of "${source.id}" (keep its typographic apostrophes ’ and dashes —)`,
      );
    }
    if (quote.rule !== undefined && !rules.has(quote.rule)) {
      add([...path, 'rule'], `unknown rule "${quote.rule}"`);
    }
  });
  lesson.rules.forEach((rule, i) => {
    if (!rules.has(rule)) add(['rules', i], `unknown rule "${rule}"`);
  });
  const cited = lesson.context.record;
  if (cited && records) {
    const record = lookupId(records, cited.id);
    if (!record) {
      add(
        ['context', 'record', 'id'],
        `unknown record "${cited.id}" (known: ${Object.keys(records).join(', ')})`,
      );
    } else {
      const events = new Set(record.events.map((event) => event.id));
      cited.events.forEach((id, i) => {
        if (!events.has(id)) {
          add(['context', 'record', 'events', i], `record "${record.id}" has no event "${id}"`);
        }
      });
    }
  }
  return issues;
}
