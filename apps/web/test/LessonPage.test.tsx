import { axisPack, getLesson } from '@brink/data';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LessonPage } from '../src/components/LessonPage';
import { cacheFigures } from '../src/lib/lessonFiguresCache';
import { PROGRESS_KEY } from '../src/lib/lessonProgress';

const lesson = getLesson('proxies-multi-front')!;

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterEach(cleanup);

const step = (name: string) =>
  screen.getByRole('button', { name: new RegExp(`^Step \\d: ${name}`) });

// The first render loads the whole lesson page; on a loaded machine that alone can take seconds.
describe('LessonPage', { timeout: 20_000 }, () => {
  it('keeps the run shut until a choice is committed, then locks the choice and saves it', async () => {
    render(<LessonPage lesson={lesson} next={null} />);
    await act(async () => {});
    expect((step('Run') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Next: Context/ }));
    expect(screen.getAllByText(/rapidly mobilise its forces/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: /Next: Predict/ }));
    expect((screen.getByRole('button', { name: /Next: Run/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
    expect(screen.getByText('Choose one answer.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'The Syrian government' }));
    fireEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
    expect(screen.getByRole('heading', { name: 'Run the model' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run 1,000 runs' })).toBeTruthy();
    fireEvent.click(step('Predict'));
    // The choices' fieldset is disabled once committed (browsers disable its inputs with it).
    const fieldset = screen.getByRole('radio', { name: 'Hezbollah' }).closest('fieldset');
    expect(fieldset?.disabled).toBe(true);
    const saved = JSON.parse(window.localStorage.getItem(PROGRESS_KEY)!);
    expect(saved.lessons[lesson.id]).toEqual({
      reached: 'run',
      prediction: { kind: 'choice', choice: 'syria' },
      completed: false,
    });
  });

  it('opens where saved progress left it, and ignores corrupt storage', async () => {
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        lessons: { [lesson.id]: { reached: 'predict', prediction: null } },
      }),
    );
    render(<LessonPage lesson={lesson} next={null} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { name: 'Your prediction' })).toBeTruthy();
    cleanup();
    window.localStorage.setItem(PROGRESS_KEY, '{corrupt');
    render(<LessonPage lesson={lesson} next={null} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { name: 'What this lesson is about' })).toBeTruthy();
  });

  it('drops a saved choice the lesson no longer offers', async () => {
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        lessons: {
          [lesson.id]: { reached: 'run', prediction: { kind: 'choice', choice: 'egypt' } },
        },
      }),
    );
    render(<LessonPage lesson={lesson} next={null} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { name: 'What this lesson is about' })).toBeTruthy();
  });

  it('returns to the discussion on a reload from the session’s figures, running nothing again', async () => {
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        lessons: {
          [lesson.id]: {
            reached: 'discuss',
            prediction: { kind: 'choice', choice: 'syria' },
            completed: true,
          },
        },
      }),
    );
    const values = Object.fromEntries(lesson.measures.map((measure) => [measure.id, 0.25]));
    cacheFigures(window.sessionStorage, lesson, axisPack, { values, claims: [] });
    // No Web Worker exists here: a batch started by the page would fail, not finish.
    render(<LessonPage lesson={lesson} next={null} />);
    await act(async () => {});
    expect(document.querySelector('.lesson')?.getAttribute('data-step')).toBe('discuss');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
