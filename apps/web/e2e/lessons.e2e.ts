import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness, openPage, shoot } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

const BATCH_TIMEOUT = 90_000;

describe('a lesson', () => {
  it(
    'is completed from prediction to discussion, and keeps its progress over a reload',
    async () => {
      const { page, errors } = await openPage(harness);
      await page.goto(`${harness.url}/lessons`);
      const statuses = page.getByTestId('lesson-status');
      await page.getByText(/0 of \d+ lessons completed/).waitFor();
      expect(await statuses.count()).toBeGreaterThanOrEqual(4);
      expect(await statuses.first().textContent()).toContain('Not started');
      await shoot(page, 'lessons-list');

      await page.getByRole('link', { name: /What a ceasefire does/ }).click();
      await page.waitForURL(/\/lessons\/what-a-ceasefire-does$/);
      await page.getByRole('heading', { name: 'What this lesson is about' }).waitFor();
      await page.getByRole('button', { name: /Next: Context/ }).click();

      // Context: verbatim quotes, each rule named in words with its provenance and a link into
      // the article, and the record's events.
      await page.getByRole('heading', { name: 'What the article says' }).waitFor();
      const quote = page
        .locator('.lesson-quotes li')
        .filter({ hasText: 'maintaining solidarity with Hamas' });
      expect(await quote.locator('.badge-inferred').count()).toBe(1);
      expect(await quote.locator('.rule-name').textContent()).toBe(
        'Hezbollah’s fire at Israel, tied to Hamas’ war',
      );
      expect(await quote.getByRole('link').first().getAttribute('href')).toBe(
        '/source?rule=hezbollah.targets%5B0%5D.linkedTo',
      );
      expect(await page.locator('.lesson-rules .badge-assumption').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-event="gaza-truce-2023"]').textContent()).toContain(
        '2023-11-24 (day 48)',
      );
      await shoot(page, 'lesson-context');
      await page.getByRole('button', { name: /Next: Predict/ }).click();

      // The run stays shut until a prediction is committed; a bad estimate is refused.
      await page.getByRole('heading', { name: 'Your prediction' }).waitFor();
      expect(await page.getByRole('button', { name: /Next: Run/ }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Step 4: Run' }).isDisabled()).toBe(true);
      const estimate = page.getByRole('spinbutton', { name: /Your estimate/ });
      await estimate.fill('150');
      await page.keyboard.press('Enter');
      await page.getByText('Enter a number from 0 to 100.').waitFor();
      await shoot(page, 'lesson-predict');
      await estimate.fill('50');
      await page.keyboard.press('Enter');

      // Committed: locked, and the run opens.
      await page.getByRole('heading', { name: 'Run the model' }).waitFor();
      await page.getByRole('button', { name: /Back/ }).click();
      expect(await page.getByRole('spinbutton', { name: /Your estimate/ }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: /Next: Run/ }).click();
      await page.getByRole('button', { name: 'Run 900 runs' }).click();
      await page.getByRole('progressbar', { name: 'Runs done' }).waitFor();
      await shoot(page, 'lesson-running');
      await page
        .getByRole('heading', { name: 'What the model did' })
        .waitFor({ timeout: BATCH_TIMEOUT });

      // The reveal: the prediction beside the measured figure, and every claim checked live.
      expect(await page.locator('.reveal-yours .big').textContent()).toBe('50%');
      expect(await page.getByTestId('measured').textContent()).toMatch(/^\d+(\.\d)?%$/);
      expect(await page.getByTestId('off-by').textContent()).toMatch(/points below the model\.$/);
      expect(await page.locator('.reveal-claims li.holds').count()).toBe(7);
      expect(await page.locator('.reveal-claims li.fails').count()).toBe(0);
      await shoot(page, 'lesson-reveal');

      await page.getByRole('button', { name: /Next: Discuss/ }).click();
      await page.getByText('Lesson completed.').waitFor();
      await shoot(page, 'lesson-discuss');

      // A reload makes the runs again and returns to the discussion.
      await page.reload();
      await page.getByText('Lesson completed.').waitFor({ timeout: BATCH_TIMEOUT });
      await page.getByRole('button', { name: /Step 5: Reveal/ }).click();
      expect(await page.locator('.reveal-yours .big').textContent()).toBe('50%');

      await page.getByRole('link', { name: 'Lessons', exact: true }).first().click();
      await page.getByText(/1 of \d+ lessons completed/).waitFor();
      expect(
        await page
          .locator('[data-lesson="what-a-ceasefire-does"] [data-testid=lesson-status]')
          .textContent(),
      ).toContain('Completed');
      await shoot(page, 'lessons-progress');
      expect(errors).toEqual([]);
    },
    BATCH_TIMEOUT * 3,
  );

  it(
    'takes a choice from the keyboard, and shows it beside the share of runs for each choice',
    async () => {
      const { page, errors } = await openPage(harness);
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.goto(`${harness.url}/lessons/red-lines-retaliation`);
      await page.getByRole('heading', { name: 'What this lesson is about' }).waitFor();
      expect(await page.getByRole('button', { name: 'Step 3: Predict' }).isDisabled()).toBe(true);
      const next = page.getByRole('button', { name: /Next: Context/ });
      await next.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Next: Predict/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Your prediction' }).waitFor();
      await page.getByRole('radio', { name: /holds its line/ }).focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: /bounded \(limited\)/ }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Commit my prediction' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Run the model' }).waitFor();
      await page.getByRole('button', { name: 'Run 500 runs' }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { name: 'What the model did' })
        .waitFor({ timeout: BATCH_TIMEOUT });
      const mine = page.locator('.reveal-choices li.mine');
      expect(await mine.textContent()).toContain('your answer');
      expect(await mine.textContent()).toContain('most runs');
      await shoot(page, 'lesson-reveal-tablet');
      expect(errors).toEqual([]);
    },
    BATCH_TIMEOUT * 2,
  );

  it(
    'takes a new lesson, calibrated retaliation in April 2024, from prediction to discussion, in plain words',
    async () => {
      const { page, errors } = await openPage(harness);
      await page.goto(`${harness.url}/lessons/calibrated-retaliation`);
      await page.getByRole('heading', { name: 'What this lesson is about' }).waitFor();
      await page.getByRole('button', { name: /Next: Context/ }).click();
      await page.getByRole('heading', { name: 'What the article says' }).waitFor();
      // Rules read in words, not as field ids; the record's events and the glossary are linked.
      const rules = (await page.locator('.lesson-rules').textContent()) ?? '';
      expect(rules).toContain(
        "Iran’s red line “Iran's own territory, personnel or leadership is hit hard”",
      );
      expect(rules).not.toMatch(/redLines\[|when: \{|riskAversion/);
      expect(await page.locator('[data-event="iran-first-salvo"]').textContent()).toContain(
        '2024-04-13 (day 189)',
      );
      await shoot(page, 'lesson-new-context');
      await page.getByRole('button', { name: /Next: Predict/ }).click();
      await page.getByRole('radio', { name: /stands down within days/ }).check();
      await page.getByRole('button', { name: 'Commit my prediction' }).click();
      await page.getByRole('heading', { name: 'Run the model' }).waitFor();
      await page.getByRole('button', { name: 'Run 300 runs' }).click();
      await page
        .getByRole('heading', { name: 'What the model did' })
        .waitFor({ timeout: BATCH_TIMEOUT });
      const mine = page.locator('.reveal-choices li.mine');
      expect(await mine.textContent()).toContain('your answer');
      expect(await mine.textContent()).toContain('most runs');
      expect(await page.locator('.reveal-claims li.fails').count()).toBe(0);
      expect(await page.locator('.reveal-claims li.holds').count()).toBe(6);
      await shoot(page, 'lesson-new-reveal');
      await page.getByRole('button', { name: /Next: Discuss/ }).click();
      await page.getByText('Lesson completed.').waitFor();
      expect(await page.locator('.lesson-discussion li').count()).toBe(3);
      await shoot(page, 'lesson-new-discuss');

      // The glossary the context links to explains the words the lesson uses.
      await page.goto(`${harness.url}/glossary#rung-limited`);
      await page.getByRole('heading', { name: 'Glossary', level: 1 }).waitFor();
      expect(await page.locator('#rung-limited').textContent()).toContain('open, bounded strikes');
      expect(await page.locator('#field-params\\.riskAversion').textContent()).toContain(
        'fear of a wider war',
      );
      await shoot(page, 'glossary');
      expect(errors).toEqual([]);
    },
    BATCH_TIMEOUT * 2,
  );

  it('says so when the address names no lesson, with a way back', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}/lessons/no-such-lesson`);
    await page.getByRole('heading', { name: 'No such lesson' }).waitFor();
    expect(await page.locator('.problem[role=alert]').textContent()).toContain('no-such-lesson');
    expect(await page.getByRole('link', { name: 'See the lessons' }).getAttribute('href')).toBe(
      '/lessons',
    );
  });
});

describe('the teacher view', () => {
  it('lists every lesson with its goal and its scenarios, each linked to the runner and batch', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/teacher`);
    await page.getByRole('heading', { name: 'Teacher view' }).waitFor();
    const sections = page.locator('.teacher-lesson');
    expect(await sections.count()).toBeGreaterThanOrEqual(4);
    const ceasefire = sections.filter({ hasText: 'What a ceasefire does' });
    expect(await ceasefire.textContent()).toContain('Goal');
    const runs = await ceasefire
      .getByRole('link', { name: 'open in the runner' })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(runs).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/run\?scenario=early-truce&seed=2023/)]),
    );
    const batches = await ceasefire
      .getByRole('link', { name: 'open the batch' })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(batches).toContain('/batch?scenario=early-truce&runs=300&seed=2023');
    await shoot(page, 'teacher-view');

    // The home page and the header lead to the lessons.
    await page.goto(`${harness.url}/`);
    await page.locator('section[aria-labelledby=lessons-title]').scrollIntoViewIfNeeded();
    await shoot(page, 'home-lessons');
    expect(await page.getByRole('link', { name: 'Start a lesson' }).getAttribute('href')).toBe(
      '/lessons',
    );
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Lessons' })
        .count(),
    ).toBe(1);
    expect(errors).toEqual([]);
  });
});
