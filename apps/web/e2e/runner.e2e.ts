import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness, openPage, shoot } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

const dayShown = async (page: import('playwright-core').Page) =>
  Number(await page.getByTestId('day').locator('strong').textContent());

describe('the home page', () => {
  it('introduces Brink, quotes the central claim and lists the scenarios', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    expect(await page.locator('.claim blockquote').textContent()).toContain(
      'would not extend to direct military intervention',
    );
    expect(await page.locator('.gallery > li').count()).toBeGreaterThanOrEqual(6);
    await shoot(page, 'home');
    await page.getByRole('link', { name: /After 7 October/ }).click();
    await page.waitForURL(/\/run\?scenario=baseline/);
    await page.getByTestId('ladder').waitFor();
    expect(errors).toEqual([]);
  });
});

describe('the runner', () => {
  it('runs baseline, steps days, and the ladder and the why panel follow', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&actor=iran`);
    await page.getByTestId('ladder').waitFor();
    expect(await dayShown(page)).toBe(0);
    const iranAtStart = await page.getByTestId('ladder-iran').getAttribute('data-rung');
    const whyAtStart = await page.getByTestId('why').textContent();
    await shoot(page, 'run-day-0');

    // Step with the keyboard until Iran has moved.
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    let day = 0;
    while (
      (await page.getByTestId('ladder-iran').getAttribute('data-rung')) === iranAtStart &&
      day < 60
    ) {
      await page.keyboard.press('ArrowRight');
      day++;
    }
    expect(await dayShown(page)).toBe(day);
    expect(await page.getByTestId('ladder-iran').getAttribute('data-rung')).not.toBe(iranAtStart);
    const why = await page.getByTestId('why').textContent();
    expect(why).not.toBe(whyAtStart);
    expect(why).toContain('rises');
    expect(page.url()).toContain(`day=${day}`);
    await shoot(page, 'run-iran-moves');

    await page.keyboard.press('ArrowLeft');
    expect(await dayShown(page)).toBe(day - 1);
    await page.getByRole('button', { name: 'One day forward' }).click();
    expect(await dayShown(page)).toBe(day);

    // Play a little, then pause: days advance on their own, and nothing on the page moves about.
    await page.evaluate(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[]) {
          if (!entry.hadRecentInput) w.__shift += entry.value;
        }
      }).observe({ type: 'layout-shift' });
    });
    await page.getByRole('button', { name: 'Play' }).click();
    // Four days played, however long a loaded machine takes to play them.
    await page.waitForFunction(
      (after) => Number(document.querySelector('[data-testid=day] strong')?.textContent) > after,
      day + 3,
      { timeout: 30_000 },
    );
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await dayShown(page);
    expect(paused).toBeGreaterThan(day + 3);
    // While playing the address keeps its day; paused, it takes the day shown.
    await page.waitForURL(new RegExp(`[?&]day=${paused}(&|$)`));
    expect(shift).toBeLessThan(0.01);
    expect(errors).toEqual([]);
  });

  it('replays exactly from its URL after a reload', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=strike-on-iran&seed=7&day=40&actor=hezbollah`);
    await page.getByTestId('ladder').waitFor();
    const before = {
      day: await dayShown(page),
      why: await page.getByTestId('why').textContent(),
      ladder: await page.getByTestId('ladder').innerHTML(),
      timeline: await page.getByTestId('timeline').innerHTML(),
    };
    await page.reload();
    await page.getByTestId('ladder').waitFor();
    expect({
      day: await dayShown(page),
      why: await page.getByTestId('why').textContent(),
      ladder: await page.getByTestId('ladder').innerHTML(),
      timeline: await page.getByTestId('timeline').innerHTML(),
    }).toEqual(before);
    expect(before.day).toBe(40);
    expect(before.why).toContain('Hezbollah');
    expect(errors).toEqual([]);
  });

  it('explains a bad link and offers a way back', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baselin&seed=abc`);
    const alert = page.locator('.problem[role=alert]');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('did you mean "baseline"');
    expect(text).toContain('seed');
    await shoot(page, 'run-bad-link');
    await alert.getByRole('link', { name: /Back to the scenarios/ }).click();
    await page.waitForURL(`${harness.url}/`);
  });
});
