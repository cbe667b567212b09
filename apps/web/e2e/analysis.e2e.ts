import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEdit } from '../src/lib/scenarioEdit';
import {
  clippedLabels,
  exportedSvg,
  type Harness,
  openHarness,
  openPage,
  SIZES,
  shoot,
  smallLabels,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the sensitivity page', () => {
  // The tornado is drawn, checked at every size and reloaded by the test that keeps it in the
  // address (below), on 20 runs a batch: this one draws the curve only.
  it('draws outcome shares across a swept parameter', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(
      `${harness.url}/sensitivity?scenario=strike-on-iran&param=iran.params.riskAversion&values=1:2.5:0.5&runs=60&seed=4&outcome=iran-direct`,
    );
    await page.getByText(/4 batches, 240 runs in/).waitFor({ timeout: 120_000 });
    const curve = page.locator('[data-curve="iran-direct"] path').nth(1);
    const d = (await curve.getAttribute('d')) ?? '';
    // A line through four points (a move and three segments) that falls as Iran grows more
    // averse to risk: the first point is higher on the chart (smaller y) than the last.
    const ys = d
      .slice(1)
      .split('L')
      .map((point) => Number(point.split(',')[1]));
    expect(ys).toHaveLength(4);
    expect(ys[0]!).toBeLessThan(ys[3]!);
    await shoot(page, 'sensitivity-curve');
    expect(errors).toEqual([]);
  }, 240_000);

  it('says what is wrong with a parameter it cannot sweep', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(
      `${harness.url}/sensitivity?scenario=baseline&param=iran.params.nerve&values=0:1:0.5`,
    );
    const text = await page.locator('.problem[role="alert"]').textContent();
    expect(text).toContain('"params.nerve" is not a posture field');
    expect(errors).toEqual([]);
  });
});

describe('the sensitivity page keeps its work', () => {
  const study =
    'scenario=strike-on-iran&param=iran.params.riskAversion&values=1:2:0.5&runs=20&seed=4&outcome=iran-direct';
  // One load of the study serves both tests: the first leaves the address and the curve as they
  // were (what it checks), and the second reloads the page after its click.
  let studied: Promise<{ page: Page; errors: string[] }> | undefined;
  const studyPage = () =>
    (studied ??= (async () => {
      const tab = await openPage(harness);
      await tab.page.goto(`${harness.url}/sensitivity?${study}`);
      await tab.page.getByText(/3 batches, 60 runs in/).waitFor({ timeout: 120_000 });
      return tab;
    })());

  it('shows a wrong setting beside the values and keeps the form and the curve', async () => {
    const { page, errors } = await studyPage();
    const url = page.url();
    const values = page.getByLabel('Values');
    await values.fill('0:3:0.01');
    await page.getByRole('button', { name: 'Draw the curve' }).click();
    const problems = page.locator('#values-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('"0:3:0.01" has 301 values; at most 25');
    expect(await values.getAttribute('aria-invalid')).toBe('true');
    expect(await values.inputValue()).toBe('0:3:0.01');
    expect(page.url()).toBe(url);
    expect(await page.locator('[data-curve="iran-direct"]').count()).toBe(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect(await clippedLabels(page), size.name).toEqual([]);
      expect(await smallLabels(page), size.name).toEqual([]);
      await page.locator('[data-curve]').first().scrollIntoViewIfNeeded();
      await shoot(page, `sensitivity-${size.name}`);
    }
    await page.setViewportSize(SIZES[0]);

    // A rung field with numeric values: the same, beside the same field.
    await values.fill('1,2');
    await page.getByLabel('Parameter').selectOption('ceiling');
    await page.getByRole('button', { name: 'Draw the curve' }).click();
    await expect.poll(() => problems.textContent()).toContain('"1" is not a rung');
    expect(page.url()).toBe(url);
    expect(await page.locator('[data-curve="iran-direct"]').count()).toBe(1);
    await shoot(page, 'sensitivity-form-problem');
    expect(errors).toEqual([]);
  }, 180_000);

  it('keeps the tornado in the address: a reload draws it again without a click', async () => {
    const { page, errors } = await studyPage();
    await page.getByRole('button', { name: 'Draw the tornado' }).click();
    await page.waitForURL(/tornado=1/);
    // The click put it in the address; a reload at once (the first tornado, under way, is
    // dropped) draws it without a click. Drawing it twice proved nothing more.
    await page.reload();
    await page.getByText(/17 batches, 340 runs in/).waitFor({ timeout: 240_000 });
    // One bar per assumption of the scenario.
    expect(await page.locator('[data-bar]').count()).toBe(8);
    // Both charts whole at every size, and exported under their title, runs and seed.
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect(await clippedLabels(page), size.name).toEqual([]);
      expect(await smallLabels(page), size.name).toEqual([]);
      await page.locator('.mc-tornado').scrollIntoViewIfNeeded();
      await shoot(page, `sensitivity-tornado-${size.name}`);
    }
    await page.setViewportSize(SIZES[0]);
    const curveFile = await exportedSvg(page.locator('figure').first());
    expect(curveFile).toContain('iran.params.riskAversion = 1:2:0.5 · 20 runs per value · seed 4');
    const tornadoFile = await exportedSvg(page.locator('.mc-tornado figure'));
    expect(tornadoFile).toContain('· 20 runs each · seed 4');
    expect(tornadoFile).toContain('low value (left of the slash)');
    expect(errors).toEqual([]);
  }, 480_000);
});

describe('the compare page', () => {
  it('sets two scenarios side by side with their differences', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/compare?a=baseline&b=iran-commits&runs=200&seed=5`);
    await page.getByText(/2 batches, 400 runs in/).waitFor({ timeout: 120_000 });
    await page.getByTestId('column-a').waitFor();
    await page.getByTestId('column-b').waitFor();
    // Each column's charts mount one by one: wait until both are drawn.
    await expect.poll(() => page.locator('.mc-charts[aria-busy="false"]').count()).toBe(2);
    const a = await page.getByTestId('column-a').boundingBox();
    const b = await page.getByTestId('column-b').boundingBox();
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(await page.getByTestId('differences').textContent()).toContain('iran.ceiling');
    expect(
      await page.locator('[data-testid="outcome-differences"] tr.mc-diff-yes').count(),
    ).toBeGreaterThan(0);
    await shoot(page, 'compare-two-scenarios');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect(await clippedLabels(page), size.name).toEqual([]);
      expect(await smallLabels(page), size.name).toEqual([]);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        size.name,
      ).toBeLessThanOrEqual(1);
      await page.locator('figure').first().scrollIntoViewIfNeeded();
      await shoot(page, `compare-${size.name}`);
    }
    expect(errors).toEqual([]);
  });

  it('compares a scenario with its edited counterfactual', async () => {
    const { page, errors } = await openPage(harness);
    const edit = encodeEdit({ overrides: { iran: { ceiling: 'direct' } } });
    await page.goto(`${harness.url}/compare?a=baseline&edit=${edit}&runs=100&seed=5`);
    await page.getByText(/2 batches, 200 runs in/).waitFor({ timeout: 120_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('(edited)');
    const differences = await page.getByTestId('differences').textContent();
    expect(differences).toContain('iran.ceiling');
    expect(differences).toContain('direct');
    await shoot(page, 'compare-counterfactual');
    expect(errors).toEqual([]);
  });
});
