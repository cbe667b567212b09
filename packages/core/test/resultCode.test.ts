import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeResultCode,
  encodeResultCode,
  type Lesson,
  type LessonPrediction,
  lessonVersion,
  parseLesson,
} from '../src/index.js';
import { lessonInput } from './lessonFixture.js';

const choiceLesson: Lesson = parseLesson(lessonInput());
const estimateLesson: Lesson = parseLesson({
  ...lessonInput(),
  id: 'when-proxy',
  prediction: { question: 'On which day does the proxy fire?', estimate: { measure: 'proxy-day' } },
});
const lessons = [choiceLesson, estimateLesson];
const figures = { values: { 'proxy-fires': 0.62, 'sponsor-stays': 1, 'proxy-day': 3.5 } };

const decode = (code: string) => decodeResultCode(code, lessons);
const problemOf = (code: string) => {
  const decoded = decode(code);
  if (decoded.ok) throw new Error(`"${code}" was accepted`);
  return decoded.problem;
};

describe('encodeResultCode and decodeResultCode', () => {
  it('write a short, text-safe code that reads back as the lesson, prediction and figures', () => {
    const code = encodeResultCode(choiceLesson, { kind: 'choice', choice: 'sponsor' }, figures);
    expect(code).toMatch(/^brk1\.holding-back\.[0-9a-f]{8}\.c1\.[0-9a-z-]*\.[0-9a-f]{8}$/);
    expect(code.length).toBeLessThan(60);
    expect(decode(code)).toEqual({
      ok: true,
      result: {
        lessonId: 'holding-back',
        version: lessonVersion(choiceLesson),
        prediction: { kind: 'choice', choice: 'sponsor' },
        values: figures.values,
      },
    });
  });

  it('keep an estimate and a figure that is none (a rung never reached)', () => {
    const code = encodeResultCode(
      estimateLesson,
      { kind: 'estimate', value: 12.5 },
      { values: { ...figures.values, 'proxy-day': null } },
    );
    const decoded = decode(code);
    expect(decoded.ok && decoded.result.prediction).toEqual({ kind: 'estimate', value: 12.5 });
    expect(decoded.ok && decoded.result.values['proxy-day']).toBeNull();
  });

  it('tolerate blanks around a code and upper case', () => {
    const code = encodeResultCode(choiceLesson, { kind: 'choice', choice: 'proxy' }, figures);
    expect(decode(`  ${code.toUpperCase()} \t`).ok).toBe(true);
  });

  it('refuse a prediction the lesson does not take, and a figure below zero', () => {
    expect(() =>
      encodeResultCode(choiceLesson, { kind: 'choice', choice: 'nobody' }, figures),
    ).toThrow('lesson "holding-back" has no choice "nobody"');
    expect(() => encodeResultCode(choiceLesson, { kind: 'estimate', value: 3 }, figures)).toThrow(
      'takes a choice',
    );
    expect(() =>
      encodeResultCode(
        choiceLesson,
        { kind: 'choice', choice: 'proxy' },
        {
          values: { ...figures.values, 'proxy-fires': -1 },
        },
      ),
    ).toThrow('"proxy-fires" is -1');
  });
});

describe('decodeResultCode refuses bad codes with the reason', () => {
  const good = encodeResultCode(choiceLesson, { kind: 'choice', choice: 'proxy' }, figures);

  it('text that is no result code', () => {
    expect(problemOf('')).toBe('the line is empty');
    expect(problemOf('hello class')).toContain('not a result code');
    expect(problemOf('brk2.holding-back.x.c0.1.00000000')).toContain('not a result code');
  });

  it('a code cut short, wherever it is cut', () => {
    for (let length = 5; length < good.length; length++) {
      const problem = problemOf(good.slice(0, length));
      expect(problem).toMatch(/cut short|checksum does not match/);
    }
    expect(problemOf(good.slice(0, good.lastIndexOf('.')))).toContain('cut short: 5 of the 6');
    expect(problemOf(good.slice(0, -3))).toContain('checksum (the last part) is incomplete');
  });

  it('a code changed anywhere: any one character', () => {
    const body = good.lastIndexOf('.');
    for (let i = 0; i < good.length; i++) {
      if (good[i] === '.') continue;
      const swapped = good[i] === '1' ? '2' : '1';
      const tampered = good.slice(0, i) + swapped + good.slice(i + 1);
      expect(problemOf(tampered), `character ${i}`).toMatch(
        i > body ? /checksum does not match/ : /checksum does not match|not a result code/,
      );
    }
  });

  it('a code made on another version of the lesson', () => {
    const older = parseLesson({ ...lessonInput(), title: 'An older title' });
    const code = encodeResultCode(older, { kind: 'choice', choice: 'proxy' }, figures);
    expect(lessonVersion(older)).not.toBe(lessonVersion(choiceLesson));
    expect(problemOf(code)).toBe(
      `made on another version of lesson "holding-back" (${lessonVersion(older)}; this page has ${lessonVersion(choiceLesson)})`,
    );
  });

  it('a code for a lesson this page does not have', () => {
    expect(decodeResultCode(good, [estimateLesson])).toEqual({
      ok: false,
      problem: 'no lesson "holding-back" here',
    });
  });

  it('a well-checksummed code whose content the lesson cannot have given', () => {
    const forge = (prediction: string, values: string) => {
      const body = `brk1.holding-back.${lessonVersion(choiceLesson)}.${prediction}.${values}`;
      // The checksum is public: a code written by hand with a valid checksum is still checked.
      return `${body}.${sha(body)}`;
    };
    expect(problemOf(forge('c5', '1-2-3'))).toContain("not one of the lesson's 2 choices");
    expect(problemOf(forge('e10', '1-2-3'))).toContain('is not a choice');
    expect(problemOf(forge('c0', '1-2'))).toBe(
      '2 figures where lesson "holding-back" has 3 measures',
    );
    expect(problemOf(forge('c0', 'zzzz-2-3'))).toBe('figure 1 is a share above 100 %');
    expect(problemOf(forge('c0', '1-!-3'))).toBe('figure 2 ("!") is not a number');
  });
});

describe('the result code round trip (property)', () => {
  const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
  const day = fc.option(
    fc.integer({ min: 0, max: 6330 }).map((n) => n / 10),
    { nil: null },
  );
  const prediction = fc.oneof(
    fc.constantFrom<LessonPrediction>(
      { kind: 'choice', choice: 'proxy' },
      { kind: 'choice', choice: 'sponsor' },
    ),
    fc
      .integer({ min: 0, max: 10_000 })
      .map((n): LessonPrediction => ({ kind: 'estimate', value: n / 100 })),
  );

  it('decodes what it encodes, exactly, for every prediction and figures at the code’s precision', () => {
    fc.assert(
      fc.property(prediction, share, fc.option(share, { nil: null }), day, (p, a, b, d) => {
        const lesson = p.kind === 'choice' ? choiceLesson : estimateLesson;
        const values = { 'proxy-fires': a, 'sponsor-stays': b, 'proxy-day': d };
        const code = encodeResultCode(lesson, p, { values });
        expect(code).toMatch(/^[0-9a-z.-]+$/);
        expect(decode(code)).toEqual({
          ok: true,
          result: { lessonId: lesson.id, version: lessonVersion(lesson), prediction: p, values },
        });
      }),
    );
  });
});

/** The checksum a code's text before its last dot needs (8 hex digits of its sha256). */
function sha(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 8);
}
