import { getRecord } from '@brink/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clippedLabels,
  expectFiguresExported,
  type Harness,
  openHarness,
  openPage,
  shoot,
  smallLabels,
} from './harness';

const record = getRecord('axis-2023-2025');

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
}, 120_000);
afterAll(async () => {
  await harness?.close();
});

describe('Model vs record (/hindcast)', () => {
  it('runs the hindcast in workers, scores it and opens a recorded event with its source', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/hindcast?runs=8&seed=3`);
    await page.getByRole('heading', { name: 'Model vs record', level: 1 }).waitFor();
    const overall = page.getByTestId('hc-overall');
    await overall.waitFor({ timeout: 240_000 });
    expect(await overall.textContent()).toMatch(
      /of 14 stylised facts hold in the model \(8 runs, seed 3\)/,
    );

    // One fact per stylised fact of the record, each marked as holding or not.
    const facts = page.locator('[data-fact]');
    expect(await facts.count()).toBe(record.facts.length);
    for (const state of await facts.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-passed')),
    )) {
      expect(['true', 'false']).toContain(state);
    }

    // A chart per actor, each with the record's events as marks.
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(8);
    const event = record.events.find((e) => e.id === 'iran-first-salvo')!;
    await page.locator(`[data-event="${event.id}"]`).click();
    const panel = page.getByRole('complementary', { name: 'Event from the record' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(event.date);
    const link = panel.getByRole('link', { name: event.sources[0]!.title });
    expect(await link.getAttribute('href')).toBe(event.sources[0]!.url);

    // Each chart sits under a heading that names its actor: the chart does not repeat it.
    const heading = (await page.locator('figure h3').first().textContent()) ?? '';
    const name = heading.replace(/: record and model$/, '');
    const texts = await page.locator('figure').first().locator('svg text').allTextContents();
    expect(texts.map((text) => text.trim())).not.toContain(name);
    expect(await expectFiguresExported(page, '8 runs · seed 3')).toBe(8);

    for (const [width, height] of [
      [1366, 768],
      [820, 1180],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      expect(await clippedLabels(page), `${width}`).toEqual([]);
      expect(await smallLabels(page), `${width}`).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `hindcast-${width}x${height}`);
      await page.locator('figure').first().scrollIntoViewIfNeeded();
      await shoot(page, `hindcast-${width}x${height}-charts`);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('names the bad parameter of a malformed link', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}/hindcast?runs=0&seed=3`);
    await page
      .getByText('The number of runs must be a whole number from 1 to 2,000, not "0".')
      .waitFor();
    await page.close();
  });
});
