import {
  batchHeader,
  describeField,
  encodeResultCode,
  type Lesson,
  type LessonFigures,
  runShard,
  summaryOf,
} from '@brink/core';
import { axisPack, lessons } from '@brink/data';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerKey } from '../src/components/AnswerKey';
import { ClassResults } from '../src/components/ClassResults';
import { TeacherView } from '../src/components/TeacherView';
import { readClassCodes } from '../src/lib/classCodes';
import { cacheFigures } from '../src/lib/lessonFiguresCache';
import type { BatchOptions, BatchRequest } from '../src/lib/runBatch';

// The Web Worker batch, stood in for by the same engine in process over 8 runs; each call waits
// for the test to let it finish, so the running state can be seen and cancelled.
const pending: { finish: () => void; request: BatchRequest }[] = [];
vi.mock('../src/lib/runBatch', () => ({
  runBatch: (request: BatchRequest, options: BatchOptions) =>
    new Promise((resolve, reject) => {
      options.onProgress?.(Math.floor(request.runs / 2), request.runs);
      options.signal?.addEventListener('abort', () =>
        reject(new DOMException('cancelled', 'AbortError')),
      );
      pending.push({
        request,
        finish: () => {
          const { seed, scenario } = request;
          const shard = runShard(axisPack, scenario, { seed, from: 0, to: 8 });
          resolve({
            summary: summaryOf(shard.aggregate, batchHeader(axisPack, scenario, seed)),
            profile: shard.profile,
          });
        },
      });
    }),
}));

const choiceLesson = lessons.find((lesson) => lesson.prediction.choices)!;
const estimateLesson = lessons.find((lesson) => lesson.prediction.estimate);

beforeEach(() => {
  pending.length = 0;
  window.sessionStorage.clear();
});
afterEach(cleanup);

/** Lets every batch the page started finish, one after the other. */
async function finishBatches() {
  for (let i = 0; i < 10 && pending.length > 0; i++) {
    await act(async () => {
      pending.shift()!.finish();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

const figuresOf = (lesson: Lesson, share: number): LessonFigures => ({
  values: Object.fromEntries(
    lesson.measures.map((measure) => [measure.id, measure.firstDay ? 12 : share]),
  ),
  claims: [],
});

describe('AnswerKey', { timeout: 30_000 }, () => {
  it('computes the answers on demand, with progress, and shows each choice’s share with the seed and runs', async () => {
    const onFigures = vi.fn();
    render(<AnswerKey lesson={choiceLesson} onFigures={onFigures} />);
    for (const experiment of choiceLesson.experiments) {
      const lines = screen.getAllByText(new RegExp(`seed ${experiment.seed}`));
      expect(lines.some((line) => line.textContent?.includes(experiment.scenario))).toBe(true);
    }
    expect(screen.queryByTestId('answers')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Compute the answers/ }));
    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    expect(screen.getByRole('progressbar', { name: 'Runs done' })).toBeTruthy();
    expect(pending[0]!.request.seed).toBe(choiceLesson.experiments[0]!.seed);
    await finishBatches();
    const answers = screen.getByTestId('answers');
    const rows = within(answers).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      choiceLesson.prediction.choices!.map((choice) => expect.stringContaining(choice.label)),
    );
    expect(within(answers).getAllByText(/the model’s answer/).length).toBeGreaterThan(0);
    expect(onFigures).toHaveBeenCalledTimes(1);
    expect(Object.keys(onFigures.mock.calls[0]![0].values)).toEqual(
      choiceLesson.measures.map((measure) => measure.id),
    );
  });

  it('stops when cancelled, and offers to compute again', async () => {
    render(<AnswerKey lesson={choiceLesson} />);
    fireEvent.click(screen.getByRole('button', { name: /Compute the answers/ }));
    await act(async () => {});
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => {});
    expect(screen.getByText('Cancelled.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Compute the answers/ })).toBeTruthy();
    expect(screen.queryByTestId('answers')).toBeNull();
  });

  it('shows figures measured earlier in the session at once', async () => {
    cacheFigures(window.sessionStorage, choiceLesson, axisPack, figuresOf(choiceLesson, 0.4));
    render(<AnswerKey lesson={choiceLesson} />);
    fireEvent.click(screen.getByRole('button', { name: /Compute the answers/ }));
    await act(async () => {});
    expect(pending).toHaveLength(0);
    expect(within(screen.getByTestId('answers')).getAllByText('40%').length).toBe(
      choiceLesson.prediction.choices!.length,
    );
  });
});

describe('TeacherView', () => {
  it('names the rules a lesson rests on in plain words, each linked to its source, its id beside', () => {
    const { container } = render(<TeacherView lessons={[choiceLesson]} />);
    const items = [...container.querySelectorAll('.teacher-rules li')];
    expect(items).toHaveLength(choiceLesson.rules.length);
    items.forEach((item, i) => {
      const field = choiceLesson.rules[i]!;
      expect(item.querySelector('a')!.textContent).toBe(describeField(axisPack, field).name);
      expect(item.querySelector('code')!.textContent).toBe(field);
    });
  });
});

describe('class codes', { timeout: 30_000 }, () => {
  const choices = choiceLesson.prediction.choices!;
  const figures = figuresOf(choiceLesson, 0.3);
  const code = (choice: number) =>
    encodeResultCode(choiceLesson, { kind: 'choice', choice: choices[choice]!.id }, figures);
  const good = [code(0), code(0), code(1)];
  const older = encodeResultCode(
    { ...choiceLesson, title: `${choiceLesson.title} (last year)` },
    { kind: 'choice', choice: choices[0]!.id },
    figures,
  );
  const tampered = good[2]!.replace(/\.c1\./, '.c0.');
  const truncated = good[1]!.slice(0, -10);

  it('keeps every good line and refuses each bad one with its line number and reason', () => {
    const lines = readClassCodes(
      [good[0], '', older, good[1], tampered, '  ', truncated, 'my answer was b', good[2]].join(
        '\n',
      ),
      lessons,
    );
    expect(lines.map((line) => [line.line, line.ok])).toEqual([
      [1, true],
      [3, false],
      [4, true],
      [5, false],
      [7, false],
      [8, false],
      [9, true],
    ]);
    const problems = lines.flatMap((line) => (line.ok ? [] : [line.problem]));
    expect(problems[0]).toMatch(/another version of lesson/);
    expect(problems[1]).toMatch(/checksum does not match/);
    expect(problems[2]).toMatch(/cut short|checksum/);
    expect(problems[3]).toMatch(/not a result code/);
  });

  it('shows the class against the model, and names each refused line', async () => {
    render(<ClassResults lessons={lessons} answers={{}} />);
    const pasted = [...good, tampered, older, truncated].join('\n');
    fireEvent.change(screen.getByLabelText('Result codes, one a line'), {
      target: { value: pasted },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show the class' }));
    expect(screen.getByTestId('class-summary').textContent).toBe('3 codes read; 3 lines refused.');
    const refused = within(screen.getByTestId('class-refused')).getAllByRole('listitem');
    expect(refused.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Line 4: the checksum does not match/),
      expect.stringMatching(/^Line 5: made on another version of lesson/),
      expect.stringMatching(/^Line 6: cut short/),
    ]);
    const group = screen.getByTestId(`class-${choiceLesson.id}`);
    expect(within(group).getAllByRole('heading', { level: 3 })[0]!.textContent).toContain(
      '3 students',
    );
    expect(within(group).getByText(/the figures in the students’ codes/)).toBeTruthy();
    // The chart: one row per choice, its class share (2 of 3, 1 of 3) and the model's share.
    const rows = group.querySelectorAll('svg g[data-choice]');
    expect(rows).toHaveLength(choices.length);
    expect(rows[0]!.textContent).toContain('class 66.7%');
    expect(rows[0]!.textContent).toContain('model 30%');
    expect(rows[1]!.textContent).toContain('class 33.3%');
  });

  it('takes the model’s answers from the answer key, and counts the codes that differ from it', () => {
    render(
      <ClassResults
        lessons={lessons}
        answers={{ [choiceLesson.id]: figuresOf(choiceLesson, 0.5) }}
      />,
    );
    fireEvent.change(screen.getByLabelText('Result codes, one a line'), {
      target: { value: good.join('\n') },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show the class' }));
    const group = screen.getByTestId(`class-${choiceLesson.id}`);
    expect(within(group).getByText(/answer key computed on this page/).textContent).toContain(
      '3 codes carry figures that differ',
    );
    expect(group.querySelector('svg g[data-choice]')!.textContent).toContain('model 50%');
  });

  it.runIf(estimateLesson)('plots a class’s estimates as dots beside the model’s figure', () => {
    const lesson = estimateLesson!;
    const estimates = [10, 20, 20.5];
    const codes = estimates.map((value) =>
      encodeResultCode(lesson, { kind: 'estimate', value }, figuresOf(lesson, 0.25)),
    );
    render(<ClassResults lessons={lessons} answers={{}} />);
    fireEvent.change(screen.getByLabelText('Result codes, one a line'), {
      target: { value: codes.join('\n') },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show the class' }));
    const group = screen.getByTestId(`class-${lesson.id}`);
    expect(group.querySelectorAll('svg[role="img"] circle')).toHaveLength(3);
    expect(group.querySelector('svg')!.textContent).toMatch(/model: (25%|day 12)/);
  });
});
