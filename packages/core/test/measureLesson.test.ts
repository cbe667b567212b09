import { describe, expect, it } from 'vitest';
import {
  measureLesson,
  measureValue,
  parseLesson,
  runShard,
  simulate,
  summarize,
} from '../src/index.js';
import type { LessonMeasure, Summary } from '../src/schema/types.js';
import { fixturePack, fixtureScenario } from './fixtures.js';
import { lessonInput } from './lessonFixture.js';

const scenarios = { [fixtureScenario.id]: fixtureScenario };
const traces = Array.from({ length: 40 }, (_, run) =>
  simulate(fixturePack, fixtureScenario, { seed: 5, run }),
);
const summary: Summary = summarize(traces, fixturePack);
const highestOf = (actor: string) =>
  traces.map((trace) => Math.max(...trace.days.map((day) => RUNG_INDEX[day.rungs[actor]!]!)));
const RUNG_INDEX: Record<string, number> = Object.fromEntries(
  ['dormant', 'political', 'material', 'indirect', 'limited', 'direct', 'war'].map((r, i) => [
    r,
    i,
  ]),
);
const measure = (fields: Partial<LessonMeasure>): LessonMeasure => ({
  id: 'm',
  label: 'm',
  experiment: 'main',
  ...fields,
});

describe('measureValue', () => {
  it('reads the share of runs whose highest rung lies in a range, as counted run by run', () => {
    for (const actor of ['sponsor', 'proxy', 'adversary']) {
      const highest = highestOf(actor);
      for (const [atLeast, atMost] of [
        ['material', 'indirect'],
        ['limited', undefined],
        [undefined, 'material'],
      ] as const) {
        const expected =
          highest.filter(
            (h) =>
              (atLeast === undefined || h >= RUNG_INDEX[atLeast]!) &&
              (atMost === undefined || h <= RUNG_INDEX[atMost]!),
          ).length / traces.length;
        const highestSpec = {
          actor,
          ...(atLeast ? { atLeast } : {}),
          ...(atMost ? { atMost } : {}),
        };
        expect(
          measureValue(measure({ highest: highestSpec }), summary),
          `${actor} ${atLeast}-${atMost}`,
        ).toBeCloseTo(expected, 10);
      }
    }
  });

  it('reads outcome shares and median first days straight off the summary', () => {
    expect(measureValue(measure({ outcome: 'contained' }), summary)).toBe(
      summary.outcomes.contained,
    );
    expect(
      measureValue(measure({ firstDay: { actor: 'proxy', atLeast: 'indirect' } }), summary),
    ).toBe(summary.actors.proxy!.firstDay.indirect);
    expect(
      measureValue(measure({ firstDay: { actor: 'sponsor', atLeast: 'war' } }), summary),
    ).toBeNull();
  });
});

describe('measureValue on a day', () => {
  const { profile } = runShard(fixturePack, fixtureScenario, { seed: 5, from: 0, to: 40 });
  it('reads the share of runs in which an actor stood within a range of rungs on that day', () => {
    for (const actor of ['sponsor', 'proxy', 'adversary']) {
      for (const day of [0, 3, 10]) {
        for (const [atLeast, atMost] of [
          ['indirect', undefined],
          [undefined, 'material'],
          ['material', 'limited'],
        ] as const) {
          const expected =
            traces.filter((trace) => {
              const rung = RUNG_INDEX[trace.days[day]!.rungs[actor]!]!;
              return (
                (atLeast === undefined || rung >= RUNG_INDEX[atLeast]!) &&
                (atMost === undefined || rung <= RUNG_INDEX[atMost]!)
              );
            }).length / traces.length;
          const onDay = {
            actor,
            day,
            ...(atLeast ? { atLeast } : {}),
            ...(atMost ? { atMost } : {}),
          };
          expect(measureValue(measure({ onDay }), summary, profile), `${actor} ${day}`).toBeCloseTo(
            expected,
            10,
          );
        }
      }
    }
  });

  it('says which experiment lacks the profile a day measure needs', () => {
    expect(() => measureValue(measure({ onDay: { actor: 'proxy', day: 3 } }), summary)).toThrow(
      'measure "m" reads the rungs of day 3: give the profile of experiment "main"',
    );
  });
});

describe('measureLesson', () => {
  it('checks each claim of the reveal against the measured figures', () => {
    const input = lessonInput();
    (input.reveal as { claims: unknown[] }).claims = [
      { says: 'The proxy fires in most runs.', measure: 'proxy-fires', atLeast: 0.5 },
      { says: 'The proxy never fires.', measure: 'proxy-fires', atMost: 0 },
      {
        says: 'The sponsor stays out more often than the proxy fires.',
        measure: 'sponsor-stays',
        moreThan: 'proxy-fires',
      },
      { says: 'The proxy fires after day 100.', measure: 'proxy-day', atLeast: 100 },
    ];
    const lesson = parseLesson(input, { pack: fixturePack, scenarios });
    const figures = measureLesson(lesson, { main: summary });
    const proxyFires = summary.outcomes['proxy-open']!;
    expect(figures.values['proxy-fires']).toBe(proxyFires);
    expect(figures.claims.map((claim) => claim.holds)).toEqual([
      proxyFires >= 0.5,
      proxyFires <= 0,
      figures.values['sponsor-stays']! > proxyFires,
      (figures.values['proxy-day'] ?? -1) >= 100,
    ]);
    // The fixture's proxy opens fire on day 0 in every run: the claims split both ways.
    expect(figures.claims.map((claim) => claim.holds)).toContain(true);
    expect(figures.claims.map((claim) => claim.holds)).toContain(false);
  });

  it('says which experiment has no summary', () => {
    const lesson = parseLesson(lessonInput(), { pack: fixturePack, scenarios });
    expect(() => measureLesson(lesson, {})).toThrow('no summary for experiment "main"');
  });
});
