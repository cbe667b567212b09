import { type Lesson, parseLesson, provenanceFields, ValidationError } from '@brink/core';
import { describe, expect, it } from 'vitest';
import {
  articleParagraphs,
  axisPack,
  getLesson,
  getScenario,
  lessonSource,
  lessons,
  publicRecords,
  scenarios,
} from '../src/index.js';
import { measureLessonRuns } from './lessonRuns.js';

/** Runs per experiment in the claim tests: enough for the claims' margins, cheap enough for CI. */
const CLAIM_RUNS = 200;
const rules = provenanceFields(axisPack);

describe('lessons', () => {
  it('ships at least eight lessons, in order, each with a goal, a prediction and discussion', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(8);
    expect(lessons.map((lesson) => lesson.order)).toEqual(lessons.map((_, i) => i + 1));
    for (const lesson of lessons) {
      expect(getLesson(lesson.id)).toBe(lesson);
      expect(lesson.goal.length, lesson.id).toBeGreaterThan(40);
      expect(lesson.prediction.question.length, lesson.id).toBeGreaterThan(40);
      expect(lesson.discussion.length, lesson.id).toBeGreaterThanOrEqual(2);
      expect(lesson.reveal.explanation.length, lesson.id).toBeGreaterThan(200);
    }
    expect(getLesson('no-such-lesson')).toBeUndefined();
  });

  it('parses each shipped YAML file to the same lesson', () => {
    for (const lesson of lessons) {
      expect(
        parseLesson(lessonSource(lesson.id)!, {
          pack: axisPack,
          scenarios,
          records: publicRecords,
        }),
      ).toEqual(lesson);
    }
  });

  it('quotes the article verbatim, apostrophes and dashes included', () => {
    for (const lesson of lessons) {
      for (const { paragraph, quote } of lesson.context.quotes) {
        expect(articleParagraphs[paragraph - 1], `${lesson.id}: ${quote}`).toContain(quote);
      }
    }
  });

  it('ties a quote only to a rule resting on that same paragraph', () => {
    for (const lesson of lessons) {
      for (const { paragraph, quote, rule } of lesson.context.quotes) {
        if (rule === undefined) continue;
        const provenance = rules.get(rule);
        expect(provenance, `${lesson.id}: ${rule}`).toBeDefined();
        // A quote can only be tied to a rule that quotes the article: not an assumption, nor a
        // number calibrated to the public record.
        expect(['stated', 'inferred'], `${lesson.id}: ${rule}`).toContain(provenance!.kind);
        if (provenance!.kind === 'stated' || provenance!.kind === 'inferred') {
          expect(provenance!.paragraph, `${lesson.id}: ${quote}`).toBe(paragraph);
        }
      }
    }
  });

  it('names only scenarios, actors, outcomes and rules that exist', () => {
    const actors = new Set(axisPack.actors.map((actor) => actor.id));
    const outcomes = new Set(axisPack.outcomes.map((outcome) => outcome.id));
    for (const lesson of lessons) {
      for (const experiment of lesson.experiments) {
        expect(getScenario(experiment.scenario).pack).toBe(axisPack.id);
        if (experiment.watch) expect(actors).toContain(experiment.watch.actor);
      }
      for (const measure of lesson.measures) {
        if (measure.outcome) expect(outcomes).toContain(measure.outcome);
        const actor = measure.highest?.actor ?? measure.firstDay?.actor ?? measure.onDay?.actor;
        if (actor) expect(actors).toContain(actor);
      }
      for (const rule of [
        ...lesson.rules,
        ...lesson.context.quotes.flatMap((quote) => quote.rule ?? []),
      ]) {
        expect(rules.has(rule), `${lesson.id}: ${rule}`).toBe(true);
      }
    }
  });

  it('cites only events of the public record it names, and most lessons cite some', () => {
    const cited = lessons.filter((lesson) => lesson.context.record);
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const lesson of cited) {
      const { id, events } = lesson.context.record!;
      const record = publicRecords[id];
      expect(record, `${lesson.id}: ${id}`).toBeDefined();
      const known = new Set(record!.events.map((event) => event.id));
      for (const event of events) expect(known.has(event), `${lesson.id}: ${event}`).toBe(true);
    }
  });

  it('takes every day measure within its scenario, at the moment its label names', () => {
    for (const lesson of lessons) {
      for (const measure of lesson.measures) {
        if (!measure.onDay) continue;
        const experiment = lesson.experiments.find((e) => e.id === measure.experiment)!;
        expect(measure.onDay.day, `${lesson.id}: ${measure.id}`).toBeLessThan(
          getScenario(experiment.scenario).horizon,
        );
        expect(measure.label, `${lesson.id}: ${measure.id}`).toContain(`day ${measure.onDay.day}`);
      }
    }
  });

  it('refuses a lesson citing a record event that does not exist, or a day past the end', () => {
    const text = lessonSource('what-a-ceasefire-does')!
      .replace('events: [gaza-truce-2023,', 'events: [gaza-truce-2032,')
      .replace('day: 51, atLeast: limited }', 'day: 151, atLeast: limited }');
    const parse = () => parseLesson(text, { pack: axisPack, scenarios, records: publicRecords });
    expect(parse).toThrow(
      /context\.record\.events\[0\]: record "axis-2023-2025" has no event "gaza-truce-2032"/,
    );
    expect(parse).toThrow(
      /measures\[2\]\.onDay\.day: day 151 is past the end of "gaza-ceasefire" \(120 days\)/,
    );
  });

  it('refuses at load a lesson naming what does not exist, saying what and where', () => {
    const text = lessonSource('why-iran-holds-back')!
      .replace('scenario: iran-commits', 'scenario: iran-comits')
      .replace('rule: iran.ceiling', 'rule: iran.celing')
      .replace('extend to direct military intervention', 'extend to military intervention');
    let error: unknown;
    try {
      parseLesson(text, { pack: axisPack, scenarios });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as ValidationError).message;
    expect(message).toMatch(/experiments\[1\]\.scenario: unknown scenario "iran-comits"/);
    expect(message).toMatch(/context\.quotes\[1\]\.rule: unknown rule "iran\.celing"/);
    expect(message).toMatch(/context\.quotes\[1\]\.quote: not verbatim in paragraph 2/);
  });

  it.each(lessons.map((lesson) => [lesson.id, lesson] as [string, Lesson]))(
    '%s: every claim of its reveal holds on the engine (200 runs per experiment, its seed)',
    (_, lesson) => {
      const { claims, values } = measureLessonRuns(lesson, CLAIM_RUNS);
      for (const { claim, value, holds } of claims) {
        expect(holds, `${claim.says} (measured ${value}; ${JSON.stringify(values)})`).toBe(true);
      }
      // The prediction is answerable: an estimate has a figure, and choices do not all tie.
      const { estimate, choices } = lesson.prediction;
      if (estimate) expect(values[estimate.measure]).not.toBeNull();
      if (choices) {
        const shares = choices.map((choice) => values[choice.measure]!);
        expect(new Set(shares).size).toBeGreaterThan(1);
      }
    },
  );
});
