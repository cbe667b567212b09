import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, OUT_SUBPATH, openHarness, openPage, shoot } from './harness';

// The export built with BRINK_BASE_PATH=/brink (`build:subpath`), served below /brink as a host
// serving it from a folder would; and the ordinary export wrongly served there.
let subpath: Harness;
let misplaced: Harness;
beforeAll(async () => {
  subpath = await openHarness({ root: OUT_SUBPATH, base: '/brink' });
  misplaced = await openHarness({ base: '/brink' });
});
afterAll(async () => {
  await subpath?.close();
  await misplaced?.close();
});

describe('Brink served below the host’s root', () => {
  it('runs, links and batches under /brink when built for it', async () => {
    expect(subpath.url).toMatch(/\/brink$/);
    const { page, errors } = await openPage(subpath);
    await page.goto(`${subpath.url}/run?scenario=baseline&seed=42&day=30`);
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('day').textContent()).toContain('Day 30');
    await shoot(page, 'subpath-run');

    // The site's own links stay below the base path.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Lessons' })
      .click();
    await page.waitForURL(/\/brink\/lessons/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${subpath.url}/batch?scenario=baseline&runs=20&seed=3`);
    // The batch runs in Web Workers, whose scripts load from below the base path too (a small
    // batch: one worker loads them as two would).
    await page.getByText(/runs in [\d.]+ s on \d+ worker/).waitFor({ timeout: 120_000 });
    expect(errors).toEqual([]);
    // The 404 page reads the address below the base path.
    await page.goto(`${subpath.url}/lessons/no-such-lesson`);
    await page.getByRole('heading', { name: 'No such lesson' }).waitFor();
    expect(await page.getByRole('link', { name: 'See the lessons' }).getAttribute('href')).toBe(
      '/brink/lessons',
    );
  });

  it('says so when the page’s code cannot load, instead of loading for ever', async () => {
    const { page, errors } = await openPage(misplaced);
    await page.goto(`${misplaced.url}/run?scenario=baseline`);
    const stalled = page.getByTestId('load-stalled');
    await stalled.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await stalled.textContent()).toContain('Serving under a sub-path');
    expect(await page.getByText('Loading the run…').isVisible()).toBe(true);
    // The scripts were asked for at the host's root, where nothing is served.
    expect(errors.some((error) => /HTTP 404 .*\/_next\//.test(error))).toBe(true);
    await shoot(page, 'subpath-misplaced');
  });
});
