import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseRecord, parseScenario, ValidationError } from '../../src/index.js';
import { fixturePack } from '../fixtures.js';
import { fixtureHindcast, RECORD_YAML, withLine } from './recordFixture.js';

const pack = fixturePack;

function rejection(input: unknown, scenario = fixtureHindcast): ValidationError {
  try {
    parseRecord(input, { pack, scenario });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError, but the record parsed');
}

function expectIssue(error: ValidationError, path: string, line: number, text?: string) {
  const issue = error.issues.find((candidate) => formatIssue(candidate).includes(`${path}: `));
  expect(issue, `no issue at ${path} in:\n${error.message}`).toBeDefined();
  expect(issue!.line).toBe(line);
  expect(error.message).toContain(`${line}:`);
  if (text) expect(issue!.message).toContain(text);
}

describe('parseRecord', () => {
  it('reads a valid record, filling in defaults', () => {
    const record = parseRecord(RECORD_YAML, { pack, scenario: fixtureHindcast });
    expect(record.events.map((event) => event.id)).toEqual(['p1', 's1', 'p2']);
    expect(record.events[1]!.scripted).toBe(false);
    expect(record.facts).toHaveLength(4);
  });

  it('rejects an unknown actor, naming events[0].actor, its line and the nearest id', () => {
    expectIssue(
      rejection(withLine(13, '    actor: proxi')),
      'events[0].actor',
      13,
      'did you mean "proxy"',
    );
  });

  it('rejects a date that does not match its day, naming events[1].date and its line', () => {
    expectIssue(
      rejection(withLine(26, '    date: "2024-02-02"')),
      'events[1].date',
      26,
      'is day 3',
    );
  });

  it('rejects a date that does not exist', () => {
    expectIssue(
      rejection(withLine(26, '    date: "2024-02-30"')),
      'events[1].date',
      26,
      'not a date',
    );
  });

  it('rejects a rung that is not on the ladder', () => {
    expectIssue(rejection(withLine(18, '    rung: nuclear')), 'events[0].rung', 18);
  });

  it('rejects a target class outside the vocabulary', () => {
    expectIssue(rejection(withLine(16, '    target: embassy')), 'events[0].target', 16);
  });

  it('rejects an attack without a target class', () => {
    expectIssue(rejection(withLine(16, null)), 'events[0].target', 10, 'needs a target');
  });

  it('rejects an event with no sources', () => {
    const text = withLine(35, null).replace(
      '    sources:\n  - id: p2',
      '    sources: []\n  - id: p2',
    );
    expectIssue(rejection(text), 'events[1].sources', 34, 'at least one source');
  });

  it('rejects a confirmed event with one outlet', () => {
    expectIssue(rejection(withLine(24, null)), 'events[0].sources', 23, 'two outlets');
  });

  it('rejects a contested event that does not say who disputes what', () => {
    expectIssue(rejection(withLine(46, null)), 'events[2].disagreement', 36, 'disagreement');
  });

  it('rejects a fact resting on an unknown event', () => {
    expectIssue(
      rejection(withLine(54, '    events: [p3]')),
      'facts[0].events[0]',
      54,
      'unknown event "p3"',
    );
  });

  it('rejects a fact measured past the record’s end', () => {
    expectIssue(
      rejection(
        withLine(
          76,
          '    measure: { actors: [sponsor], atMost: material, from: 0, to: 40, over: all }',
        ),
      ),
      'facts[3].measure.to',
      76,
      'after the record',
    );
  });

  it('rejects a scripted event its scenario does not script', () => {
    const scenario = parseScenario({ ...fixtureHindcast, injects: [] }, { pack });
    expectIssue(
      rejection(RECORD_YAML, scenario),
      'events[0].scripted',
      21,
      'scripts no attack by proxy on day 0',
    );
  });

  it('rejects an unknown key at its own line', () => {
    expectIssue(
      rejection(withLine(19, '    codin: Deniable fire.')),
      'events[0].codin',
      19,
      'is not a field here; did you mean "coding"?',
    );
  });

  it('turns YAML syntax errors into a located ValidationError', () => {
    const error = rejection(withLine(17, '    action: [unclosed'));
    expect(error.issues[0]!.line).toBeGreaterThan(0);
  });

  it('accepts any input or rejects it with a ValidationError, never another error', () => {
    const base = parseRecord(RECORD_YAML, { pack });
    const mutations = fc.oneof(
      fc.anything(),
      fc.string(),
      fc
        .record({
          key: fc.constantFrom('id', 'pack', 'epoch', 'end', 'events', 'facts'),
          value: fc.anything(),
        })
        .map(({ key, value }) => ({ ...base, [key]: value })),
      fc
        .record({
          index: fc.nat(2),
          key: fc.constantFrom(
            'date',
            'day',
            'actor',
            'against',
            'type',
            'target',
            'rung',
            'status',
            'sources',
            'disagreement',
          ),
          value: fc.anything(),
        })
        .map(({ index, key, value }) => ({
          ...base,
          events: base.events.map((event, i) => (i === index ? { ...event, [key]: value } : event)),
        })),
      fc
        .record({
          index: fc.nat(3),
          key: fc.constantFrom('events', 'measure', 'share', 'kind'),
          value: fc.anything(),
        })
        .map(({ index, key, value }) => ({
          ...base,
          facts: base.facts.map((fact, i) => (i === index ? { ...fact, [key]: value } : fact)),
        })),
    );
    fc.assert(
      fc.property(mutations, (input) => {
        try {
          parseRecord(input, { pack, scenario: fixtureHindcast });
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
