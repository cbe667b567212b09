import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clippedLabels,
  exportedSvg,
  type Harness,
  openHarness,
  openPage,
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

// A Morris screening of baseline's ranged assumptions with 4 trajectories: a few hundred runs.
const MORRIS = 'scenario=baseline&method=morris&outcome=hezbollah-near-daily-fire&runs=244&seed=5';

describe('the Explore page', () => {
  it('screens the assumptions in Web Workers, exports them, and its link reproduces them', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/explore?${MORRIS}`);
    const status = page.getByTestId('explore-status');
    await status.waitFor({ timeout: 240_000 });
    expect(await status.textContent()).toMatch(/runs in [\d.]+ s on 2 workers/);
    const runs = Number(
      (await status.textContent())!.match(/^([\d,]+) runs/)![1]!.replace(',', ''),
    );
    const points = await page.locator('[data-morris]').count();
    expect(points).toBeGreaterThan(20);
    expect(runs).toBe(Math.floor(244 / (points + 1)) * (points + 1));
    expect(await page.locator('[data-parameter]').count()).toBe(points);
    // Each assumption by its plain name, with its badge, linking to its rule.
    const first = page.locator('[data-parameter]').first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/source\?rule=/);
    expect(await first.locator('.badge').textContent()).toMatch(/stated|inferred|assumption/);
    expect(await page.getByTestId('outcome-definition').textContent()).toMatch(/^Counts the runs/);

    // The chart's file carries its title, the scenario, the runs and the seed.
    const svg = await exportedSvg(page.locator('figure').first());
    expect(svg).toContain('Morris screening: what moves');
    expect(svg).toContain('(baseline)');
    expect(svg).toContain(`${runs} runs · seed 5`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Result (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.method).toBe('morris');
    expect(exported.morris.effects).toHaveLength(points);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect(await clippedLabels(page), size.name).toEqual([]);
      await shoot(page, `explore-morris-${size.name}`);
      await page.locator('figure').first().scrollIntoViewIfNeeded();
      await shoot(page, `explore-morris-chart-${size.name}`);
    }
    await page.setViewportSize(SIZES[0]);

    // A reload shows the kept result; it does not run again.
    await page.reload();
    await status.waitFor();
    expect(await status.textContent()).toContain('Kept from earlier in this session');

    // The share link, opened in a fresh browser (no session), runs it again to the same numbers.
    const link = await page.getByLabel('Share link').inputValue();
    const other = await openPage(harness);
    await other.page.goto(link);
    await other.page.getByTestId('explore-status').waitFor({ timeout: 240_000 });
    const [again] = await Promise.all([
      other.page.waitForEvent('download'),
      other.page.getByRole('button', { name: 'Result (JSON)' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await again.path(), 'utf8'))).toEqual(exported);
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  }, 480_000);

  it('lists bad settings beside their fields, runs nothing, and keeps the page', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(
      `${harness.url}/explore?scenario=baseline&method=sobol&outcome=regional-war&runs=100&seed=1`,
    );
    const problem = page.locator('[data-problem="runs"]');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(
      /A Sobol analysis of \d+ parameters needs at least/,
    );
    expect(await page.getByLabel(/Runs/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('explore-problems').isVisible()).toBe(true);
    expect(await page.locator('progress').count()).toBe(0);
    await shoot(page, 'explore-problem');

    await page.goto(`${harness.url}/explore?scenario=baseline&method=prim&outcome=regional-wars`);
    await page.locator('[data-problem="outcome"]').waitFor();
    expect(await page.locator('[data-problem="outcome"]').textContent()).toContain(
      'did you mean "regional-war"?',
    );
    expect(await page.locator('h1').textContent()).toContain('Explore');
    expect(errors).toEqual([]);
  }, 120_000);
});
