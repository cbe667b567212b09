import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  parseLesson,
  parseRecord,
  provenanceFields,
  ValidationError,
} from '../src/index.js';
import { fixturePack, fixtureScenario, PARAGRAPHS } from './fixtures.js';
import { fixtureHindcast, RECORD_YAML } from './hindcast/recordFixture.js';
import { lessonInput } from './lessonFixture.js';

const scenarios = { [fixtureScenario.id]: fixtureScenario };

function rejection(input: unknown): ValidationError {
  try {
    parseLesson(input, { pack: fixturePack, scenarios });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError, but the lesson parsed');
}

const messages = (error: ValidationError) => error.issues.map(formatIssue);

describe('parseLesson', () => {
  it('accepts a lesson whose ids all exist in the pack and scenarios', () => {
    const lesson = parseLesson(lessonInput(), { pack: fixturePack, scenarios });
    expect(lesson.id).toBe('holding-back');
    expect(lesson.measures).toHaveLength(3);
  });

  it('names every unknown scenario, actor, outcome, rule and measure by its path', () => {
    const input = lessonInput();
    input.experiments[0]!.scenario = 'nowhere';
    (input.experiments[0] as Record<string, unknown>).watch = { day: 3, actor: 'ghost' };
    input.measures[0]!.outcome = 'peace';
    input.measures[1]!.highest!.actor = 'nobody';
    input.context.quotes[0]!.rule = 'sponsor.courage';
    input.rules.push('world.nothing');
    input.prediction.choices[1]!.measure = 'missing';
    input.reveal.claims[0]!.measure = 'absent';
    const found = messages(rejection(input));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^experiments\[0\]\.scenario: unknown scenario "nowhere"/),
        expect.stringMatching(/^experiments\[0\]\.watch\.actor: unknown actor "ghost"/),
        expect.stringMatching(/^measures\[0\]\.outcome: unknown outcome "peace"/),
        expect.stringMatching(/^measures\[1\]\.highest\.actor: unknown actor "nobody"/),
        'context.quotes[0].rule: unknown rule "sponsor.courage"',
        'rules[1]: unknown rule "world.nothing"',
        expect.stringMatching(/^prediction\.choices\[1\]\.measure: unknown measure "missing"/),
        expect.stringMatching(/^reveal\.claims\[0\]\.measure: unknown measure "absent"/),
      ]),
    );
  });

  it('rejects a quote that is not verbatim in the paragraph it cites', () => {
    const input = lessonInput();
    input.context.quotes[0]!.quote = 'will never fight the Adversary';
    expect(messages(rejection(input))).toEqual([
      expect.stringMatching(/^context\.quotes\[0\]\.quote: not verbatim in paragraph 2/),
    ]);
    input.context.quotes[0] = { paragraph: 9, quote: PARAGRAPHS[0], rule: 'sponsor.ceiling' };
    expect(messages(rejection(input))).toEqual([
      expect.stringMatching(
        /^context\.quotes\[0\]\.paragraph: source "fixture-text" has 4 paragraphs, not 9/,
      ),
    ]);
  });

  it('answers a choice only with a share, and compares only figures of one unit', () => {
    const input = lessonInput();
    input.prediction.choices[0]!.measure = 'proxy-day';
    (input.reveal.claims[0] as Record<string, unknown>).moreThan = 'proxy-day';
    const found = messages(rejection(input));
    expect(found).toContain(
      'prediction.choices[0].measure: a choice must be answered by a share of runs, and "proxy-day" is a day',
    );
    expect(found).toContain(
      'reveal.claims[0].moreThan: "proxy-fires" and "proxy-day" are not in the same unit',
    );
  });

  it('asks for exactly one kind of measure, prediction and at least one bound per claim', () => {
    const input = lessonInput();
    (input.measures[0] as Record<string, unknown>).highest = { actor: 'proxy' };
    (input.prediction as Record<string, unknown>).estimate = { measure: 'proxy-day' };
    delete (input.reveal.claims[0] as { atLeast?: number }).atLeast;
    const found = messages(rejection(input));
    expect(found).toEqual(
      expect.arrayContaining([
        'measures[0]: give exactly one of outcome, highest, firstDay, onDay (found outcome, highest)',
        'prediction: give exactly one of estimate, choices',
        'reveal.claims[0]: give at least one of atLeast, atMost, moreThan, lessThan',
      ]),
    );
  });

  it('checks the record events a lesson cites, when given the records', () => {
    const record = parseRecord(RECORD_YAML, { pack: fixturePack, scenario: fixtureHindcast });
    const records = { [record.id]: record };
    const input = lessonInput();
    (input.context as Record<string, unknown>).record = { id: record.id, events: ['p1', 's1'] };
    expect(parseLesson(input, { pack: fixturePack, scenarios, records }).context.record).toEqual({
      id: record.id,
      events: ['p1', 's1'],
    });
    (input.context as Record<string, unknown>).record = { id: record.id, events: ['p1', 'p9'] };
    expect(() => parseLesson(input, { pack: fixturePack, scenarios, records })).toThrow(
      'context.record.events[1]: record "fixture-record" has no event "p9"',
    );
    (input.context as Record<string, unknown>).record = { id: 'elsewhere', events: ['p1'] };
    expect(() => parseLesson(input, { pack: fixturePack, scenarios, records })).toThrow(
      'context.record.id: unknown record "elsewhere" (known: fixture-record)',
    );
  });

  it('measures a day only within its scenario, and a range of rungs only low to high', () => {
    const input = lessonInput();
    (input.measures as unknown[]).push({
      id: 'late',
      label: 'The proxy on a late day',
      experiment: 'main',
      onDay: {
        actor: 'proxy',
        day: fixtureScenario.horizon,
        atLeast: 'limited',
        atMost: 'material',
      },
    });
    const found = messages(rejection(input));
    expect(found).toEqual(
      expect.arrayContaining([
        `measures[3].onDay.day: day ${fixtureScenario.horizon} is past the end of "fixture-escalation" (${fixtureScenario.horizon} days)`,
        'measures[3].onDay: atLeast "limited" is above atMost "material"',
      ]),
    );
  });

  it('reports the line of a problem in YAML text', () => {
    const yaml = [
      'id: broken',
      'order: 1',
      'title: Broken',
      'pack: fixture',
      'goal: none',
      'context: { intro: x, quotes: [{ paragraph: 1, quote: "The Sponsor backs" }] }',
      'experiments: [{ id: main, label: x, scenario: fixture-escalation, seed: 1, runs: 0 }]',
    ].join('\n');
    const error = rejection(yaml);
    const runs = error.issues.find((issue) => formatIssue(issue).includes('experiments[0].runs'));
    expect(runs?.line).toBe(7);
    expect(error.message).toMatch(/measures: /);
  });
});

describe('provenanceField', () => {
  it('names fields as decisions name them: actor posture under its id, world, outcomes', () => {
    const fields = [...provenanceFields(fixturePack).keys()];
    expect(fields).toContain('sponsor.ceiling');
    expect(fields).toContain('proxy.redLines[0]');
    expect(fields).toContain('proxy.params.solidarity');
    expect(fields).toContain('world.noise');
    expect(fields).toContain('outcomes.contained');
    expect(fields.some((field) => field.includes('posture'))).toBe(false);
  });
});
