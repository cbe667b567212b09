import { batchHeader, encodeResultCode, type Lesson, runShard, summaryOf } from '@brink/core';
import { axisPack, lessons, scenarios } from '@brink/data';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFigures } from '../src/lib/lessonFiguresCache';
import { PROGRESS_KEY } from '../src/lib/lessonProgress';
import type { BatchRequest } from '../src/lib/runBatch';
import { runLesson } from '../src/lib/runLesson';
import {
  clippedLabels,
  expectFiguresExported,
  exportedSvg,
  type Harness,
  openHarness,
  openPage,
  resize,
  SIZES,
  shoot,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * The days a lesson's experiments simulate in all (runs × the scenario's horizon): what its
 * figures cost to compute, here in Node and on the page's workers. (Runs alone mislead: a lesson
 * of 300 runs of the 633-day hindcast costs three times one of 500 runs of 120 days.)
 */
const lessonDays = (candidate: Lesson) =>
  candidate.experiments.reduce(
    (sum, experiment) => sum + experiment.runs * scenarios[experiment.scenario]!.horizon,
    0,
  );
/** The lesson whose students choose an answer that is the cheapest to compute. */
const lesson: Lesson = lessons
  .filter((candidate) => candidate.prediction.choices)
  .sort((a, b) => lessonDays(a) - lessonDays(b))[0]!;
const choices = lesson.prediction.choices!;

/** How far the page is wider than the screen, in CSS pixels (0: no sideways scrolling). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Every page of the app, each with small runs, and what shows it is ready. */
const PAGES: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/', ready: (page) => page.locator('main').first().waitFor() },
  {
    name: 'run',
    path: '/run?scenario=strike-on-iran&seed=7&day=40&actor=iran',
    ready: (page) => page.getByTestId('ladder').waitFor(),
  },
  {
    name: 'batch',
    path: '/batch?scenario=baseline&runs=40&seed=3',
    ready: (page) => page.getByText(/runs in [\d.]+ s on \d+ worker/).waitFor({ timeout: 120_000 }),
  },
  {
    name: 'compare',
    path: '/compare?a=baseline&b=iran-commits&runs=30&seed=5',
    ready: (page) => page.getByText(/2 batches, 60 runs in/).waitFor({ timeout: 120_000 }),
  },
  {
    name: 'sensitivity',
    path: '/sensitivity?scenario=strike-on-iran&param=iran.params.riskAversion&values=1:2:0.5&runs=20&seed=4&outcome=iran-direct',
    ready: (page) => page.getByText(/3 batches, 60 runs in/).waitFor({ timeout: 120_000 }),
  },
  {
    name: 'hindcast',
    path: '/hindcast?runs=4&seed=3',
    ready: (page) => page.getByTestId('hc-overall').waitFor({ timeout: 240_000 }),
  },
  {
    name: 'lessons',
    path: '/lessons',
    ready: (page) => page.getByText(/of \d+ lessons completed/).waitFor(),
  },
  {
    name: 'lesson',
    path: `/lessons/${lesson.id}`,
    ready: (page) => page.getByRole('heading', { name: 'What this lesson is about' }).waitFor(),
  },
  {
    name: 'teacher',
    path: '/teacher',
    ready: (page) => page.getByRole('heading', { name: 'Your class' }).waitFor(),
  },
  {
    name: 'source',
    path: '/source?rule=iran.ceiling',
    ready: (page) => page.locator('main').first().waitFor(),
  },
];

/**
 * A page of PAGES loaded once, ready, in a tab of its own: the print checks and the phone check
 * share the loads (and the batches) of the pages they both look at.
 */
const loaded = new Map<string, Promise<{ page: Page; errors: string[] }>>();
function loadedPage(name: string): Promise<{ page: Page; errors: string[] }> {
  let tab = loaded.get(name);
  if (!tab) {
    const target = PAGES.find((candidate) => candidate.name === name)!;
    tab = (async () => {
      const opened = await openPage(harness);
      await opened.page.goto(`${harness.url}${target.path}`);
      await target.ready(opened.page);
      return opened;
    })();
    loaded.set(name, tab);
  }
  return tab;
}

/** The lesson's figures as the engine gives them, measured here in Node (core's runShard). */
async function nodeFigures() {
  return runLesson(lesson, {
    pack: axisPack,
    scenarios,
    runBatch: async ({ scenario, runs, seed, sampling }: BatchRequest) => {
      const shard = runShard(axisPack, scenario, { seed, from: 0, to: runs, sampling });
      const mode = typeof sampling === 'object' ? 'sampled' : sampling;
      return {
        summary: summaryOf(shard.aggregate, batchHeader(axisPack, scenario, seed), mode),
        profile: shard.profile,
      };
    },
  });
}

describe('the teacher’s toolkit', () => {
  it('carries a student’s result code to the teacher view, beside an answer key computed in the browser', async () => {
    const figures = await nodeFigures();
    const prediction = { kind: 'choice' as const, choice: choices[1]!.id };

    // The student: the lesson done, its figures in the session (as after the run), at the end.
    const session = new Map<string, string>();
    cacheFigures(
      {
        getItem: (key) => session.get(key) ?? null,
        setItem: (key, value) => void session.set(key, value),
        removeItem: (key) => void session.delete(key),
      },
      lesson,
      axisPack,
      figures,
    );
    const student = await openPage(harness);
    await student.page.addInitScript(
      ([progressKey, progress, entries]) => {
        window.localStorage.setItem(progressKey, progress);
        for (const [key, value] of entries) window.sessionStorage.setItem(key, value);
      },
      [
        PROGRESS_KEY,
        JSON.stringify({
          version: 1,
          lessons: { [lesson.id]: { reached: 'discuss', prediction, completed: true } },
        }),
        [...session.entries()],
      ] as const,
    );
    await student.page.goto(`${harness.url}/lessons/${lesson.id}`);
    const field = student.page.getByTestId('result-code');
    await field.waitFor();
    const code = await field.inputValue();
    expect(code).toBe(encodeResultCode(lesson, prediction, figures));
    expect(student.errors).toEqual([]);

    // The teacher: the answer key, computed on Web Workers, then the class's codes.
    const { page, errors } = await openPage(harness);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${harness.url}/teacher`);
    const key = page.getByTestId(`answer-key-${lesson.id}`);
    await key.getByRole('button', { name: /Compute the answers/ }).click();
    const answers = key.getByTestId('answers');
    await answers.waitFor({ timeout: 180_000 });
    const best = Math.max(...choices.map((choice) => figures.values[choice.measure] ?? 0));
    const bestLabel = choices.find((choice) => figures.values[choice.measure] === best)!.label;
    expect(await answers.locator('.answer-best th').first().textContent()).toContain(bestLabel);

    const other = encodeResultCode(lesson, { kind: 'choice', choice: choices[0]!.id }, figures);
    const older = encodeResultCode(
      { ...lesson, goal: `${lesson.goal} Revised.` },
      prediction,
      figures,
    );
    const tampered = code.replace(/\.c1\./, '.c2.');
    const pasted = [code, other, '', tampered, code.slice(0, 30), older, code].join('\n');
    await page.getByLabel('Result codes, one a line').fill(pasted);
    await page.getByRole('button', { name: 'Show the class' }).click();
    expect(await page.getByTestId('class-summary').textContent()).toBe(
      '3 codes read; 3 lines refused.',
    );
    const refused = await page.getByTestId('class-refused').locator('li').allTextContents();
    expect(refused).toEqual([
      expect.stringMatching(/^Line 4: the checksum does not match/),
      expect.stringMatching(/^Line 5: cut short/),
      expect.stringMatching(/^Line 6: made on another version of lesson/),
    ]);
    const group = page.getByTestId(`class-${lesson.id}`);
    // The browser's workers measured the figures the student's code carries, run for run.
    expect(await group.textContent()).toContain('the answer key computed on this page.');
    expect(await group.textContent()).not.toContain('differ');
    expect(await group.locator('svg g[data-choice]').count()).toBe(choices.length);
    expect(await clippedLabels(page)).toEqual([]);
    // Its export carries the chart's title, the scenario, the runs and the seed.
    const svg = await exportedSvg(group.locator('figure'));
    const experiment = lesson.experiments[0]!;
    expect(svg).toContain('the class’s predictions and the model</text>');
    expect(svg).toContain(
      `(${experiment.scenario}) · ${experiment.runs.toLocaleString('en')} runs · seed ${experiment.seed}`,
    );
    await group.scrollIntoViewIfNeeded();
    await shoot(page, 'teacher-class-laptop');
    expect(errors).toEqual([]);
  });

  it('switches projector mode from the header or the address, keeps it, and draws larger', async () => {
    const { page, errors } = await openPage(harness);
    await page.setViewportSize({ width: 1366, height: 768 });
    const tick = () =>
      page
        .getByTestId('timeline')
        .locator('text')
        .first()
        .evaluate((text) => text.getBoundingClientRect().height);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&day=20`);
    await page.getByTestId('timeline').waitFor();
    const before = await tick();
    const toggle = page.getByRole('button', { name: 'Projector' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.waitForFunction(() => document.documentElement.dataset.projector === 'on');
    await page.waitForTimeout(300);
    expect(await tick()).toBeGreaterThan(before * 1.15);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await shoot(page, 'projector-run-laptop');
    // Kept in the browser: another page opens in projector mode.
    await page.goto(`${harness.url}/lessons`);
    await page.getByText(/of \d+ lessons completed/).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBe('on');
    expect(
      await page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      ),
    ).toBeGreaterThan(15);
    // The address overrides it, and is kept in turn.
    await page.goto(`${harness.url}/lessons?projector=0`);
    await page.getByText(/of \d+ lessons completed/).waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.projector === undefined);
    await page.goto(`${harness.url}/teacher?projector=1`);
    await page.waitForFunction(() => document.documentElement.dataset.projector === 'on');
    expect(await page.getByRole('button', { name: 'Projector' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });

  it('takes the runner’s scenario, edited or not, to the batch and the comparison, and the header keeps it', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=strike-on-iran&seed=7`);
    await page.getByTestId('ladder').waitFor();
    const actions = page.getByTestId('run-actions');
    expect(
      await actions.getByRole('link', { name: 'Run this 1,000 times' }).getAttribute('href'),
    ).toBe('/batch?scenario=strike-on-iran&runs=1000&seed=7');
    expect(
      await actions.getByRole('link', { name: 'Compare with the baseline' }).getAttribute('href'),
    ).toBe('/compare?a=baseline&b=strike-on-iran&runs=1000&seed=7');
    const header = page.getByRole('navigation', { name: 'Main' });
    expect(await header.getByRole('link', { name: 'Monte Carlo' }).getAttribute('href')).toBe(
      '/batch?scenario=strike-on-iran&runs=1000&seed=7',
    );
    // Copy link: the address as it stands, on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await actions.getByRole('button', { name: 'Copy link' }).click();
    await actions.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    // An edit: the batch and the header carry it, and the comparison is with the original.
    await page.getByRole('button', { name: /Edit scenario/ }).click();
    await page.getByTestId('editor').waitFor();
    const horizon = page.getByLabel('Days', { exact: true });
    await horizon.fill('60');
    await horizon.press('Enter');
    await page.waitForURL(/edit=/);
    const edit = new URL(page.url()).searchParams.get('edit')!;
    // The links follow the address once the page has read it.
    const batchLink = actions.getByRole('link', { name: 'Run this 1,000 times' });
    await expect
      .poll(async () =>
        new URL((await batchLink.getAttribute('href'))!, harness.url).searchParams.get('edit'),
      )
      .toBe(edit);
    const compare = await actions
      .getByRole('link', { name: 'Compare with the original' })
      .getAttribute('href');
    expect(Object.fromEntries(new URL(compare!, harness.url).searchParams)).toEqual({
      a: 'strike-on-iran',
      b: 'strike-on-iran',
      runs: '1000',
      seed: '7',
      edit,
    });
    const run = await header.getByRole('link', { name: 'Run' }).getAttribute('href');
    expect(new URL(run!, harness.url).searchParams.get('edit')).toBe(edit);
    expect(errors).toEqual([]);
  });
});

describe('print', () => {
  it('prints a lesson as the student’s handout, without the answers or the page’s chrome', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/lessons/${lesson.id}`);
    await page.getByRole('heading', { name: 'What this lesson is about' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.lesson-handout');
    expect(await handout.isVisible()).toBe(true);
    expect(await page.locator('.lesson').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const text = (await handout.textContent()) ?? '';
    expect(text).toContain(lesson.prediction.question);
    for (const choice of choices) expect(text).toContain(choice.label);
    expect(text).toContain(lesson.discussion[0]!);
    // The answers stay for the class to find: no claim of the reveal, no explanation.
    for (const claim of lesson.reveal.claims) expect(text).not.toContain(claim.says);
    expect(text).not.toContain(lesson.reveal.explanation.slice(0, 60));
    await page.setViewportSize({ width: 794, height: 1123 });
    await shoot(page, 'print-lesson-handout');
    expect(errors).toEqual([]);
  });

  // What every exported chart of the page says it was drawn from (the scenario, the runs, the seed).
  const captions: Record<string, string | null> = {
    run: null,
    batch: '(baseline) · 40 runs · seed 3',
    compare: ' · 30 runs · seed 5',
    hindcast: '(hindcast-2023-2025) · against ',
    teacher: null,
  };
  for (const [name, caption] of Object.entries(captions)) {
    it(`prints ${name} without navigation or controls, every chart within an A4 page’s width`, async () => {
      const { page, errors } = await loadedPage(name);
      if (caption) expect(await expectFiguresExported(page, caption)).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.waitForTimeout(200);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      const visibleButtons = await page
        .locator('main button')
        .evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent).length);
      expect(visibleButtons).toBe(0);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main svg')]
          .map((svg) => svg.getBoundingClientRect())
          .filter((box) => box.width > 0 && box.right > document.documentElement.clientWidth + 1)
          .map((box) => Math.round(box.right)),
      );
      expect(wide).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(1);
      await shoot(page, `print-${name}`);
      expect(errors).toEqual([]);
    });
  }
});

describe('phone and dark mode', () => {
  it('fits every page on a 390×844 phone without sideways scrolling', async () => {
    const wide: string[] = [];
    for (const target of PAGES) {
      // The pages the print checks loaded are shown on screen again, at the phone's size.
      const { page, errors } = await loadedPage(target.name);
      await page.emulateMedia({ media: 'screen' });
      await resize(page, { width: 390, height: 844 });
      const over = await overflow(page);
      if (over > 1) wide.push(`${target.name}: ${over}px`);
      expect(errors, target.name).toEqual([]);
    }
    expect(wide).toEqual([]);
  });

  it('keeps the day slider usable on a phone', async () => {
    // The run page the checks above loaded (at day 40), on the phone's screen.
    const { page, errors } = await loadedPage('run');
    await page.emulateMedia({ media: 'screen' });
    await resize(page, { width: 390, height: 844 });
    const slider = page.getByRole('slider').first();
    const box = (await slider.boundingBox())!;
    expect(box.width).toBeGreaterThan(250);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await slider.focus();
    await slider.press('ArrowRight');
    await page.waitForURL(/day=41/);
    expect(errors).toEqual([]);
  });

  it('follows the system’s dark mode, charts on their own light paper; screenshots at three sizes', async () => {
    // Each page loaded once (the tabs of the checks above), then shown in both schemes at each
    // size: the scheme and the size are followed live (the style's media queries), as a load in
    // each would show them.
    const tabs = ['teacher', 'lesson', 'run'] as const;
    for (const name of tabs) {
      const tab = (await loadedPage(name)).page;
      await tab.emulateMedia({ media: 'screen', colorScheme: 'light' });
      for (const scheme of ['light', 'dark'] as const) {
        await tab.emulateMedia({ colorScheme: scheme });
        for (const size of SIZES) {
          await resize(tab, size);
          await shoot(tab, `${scheme}-${name}-${size.name}`);
        }
      }
    }
    // The run page in each scheme.
    const { page } = await loadedPage('run');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const chart = document.querySelector('main svg[role="img"]');
        return {
          page: getComputedStyle(document.documentElement).backgroundColor,
          ink: body.color,
          chart: chart ? getComputedStyle(chart).backgroundColor : null,
        };
      });
      const light = (rgb: string) => {
        const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3 > 128;
      };
      expect(light(colours.page)).toBe(scheme === 'light');
      expect(light(colours.ink)).toBe(scheme === 'dark');
      // The charts' paper stays light in both, under the theme's dark inks.
      if (scheme === 'dark') expect(light(colours.chart!)).toBe(true);
    }
    for (const name of tabs) expect((await loadedPage(name)).errors, name).toEqual([]);
  });
});
