import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Summary } from '@brink/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clippedLabels,
  expectFiguresExported,
  type Harness,
  openHarness,
  openPage,
  resize,
  SIZES,
  shoot,
  smallLabels,
} from './harness';

const CLI = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));
const SEED = 7;
// Enough runs for several shards on each of the page's workers (shards of 38 runs here), which is
// what the page's merge must get right to match the CLI.
const RUNS = 300;

let harness: Harness;
let dir: string;
let cli: { summary: Summary; csv: string };
beforeAll(async () => {
  harness = await openHarness();
  dir = mkdtempSync(join(tmpdir(), 'brink-batch-e2e-'));
  // The CLI's numbers for the same batch: its --json summary and its --out CSV.
  const csvPath = join(dir, 'cli.csv');
  const json = execFileSync(
    process.execPath,
    [
      CLI,
      'batch',
      'baseline',
      '--runs',
      String(RUNS),
      '--seed',
      String(SEED),
      '--json',
      '--quiet',
      '--out',
      csvPath,
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  // The web's summary download is the CLI's summary; the CLI also prints its runs' profile and
  // what each outcome counts (the page shows those beside its charts).
  const {
    profile: _profile,
    definitions: _definitions,
    ...summary
  } = JSON.parse(json) as Summary & { profile: unknown; definitions: unknown };
  cli = { summary, csv: readFileSync(csvPath, 'utf8') };
}, 120_000);
afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Waits for the batch to finish and all its charts (which mount one by one) to be drawn. */
async function batchDone(page: Page) {
  await page.getByText(/runs in [\d.]+ s on \d+ worker/).waitFor({ timeout: 120_000 });
  await page.locator('.mc-charts[aria-busy="false"]').waitFor();
}

async function downloadText(
  page: Page,
  button: string,
  nth?: number,
): Promise<{ name: string; text: string }> {
  const buttons = page.getByRole('button', { name: button, exact: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (nth === undefined ? buttons : buttons.nth(nth)).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('the batch page', () => {
  it('runs a batch in Web Workers and gives the CLI’s summary and CSV, byte for byte', async () => {
    const { page, errors } = await openPage(harness);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${harness.url}/batch?scenario=baseline&runs=${RUNS}&seed=${SEED}`);
    await page.getByRole('progressbar', { name: 'Runs done' }).waitFor();
    await batchDone(page);
    expect(workers.length).toBeGreaterThanOrEqual(1);

    // The chart shows the CLI's shares.
    for (const outcome of Object.keys(cli.summary.outcomes)) {
      const share = cli.summary.outcomes[outcome]!;
      await expect(
        page.locator(`[data-outcome="${outcome}"] text`).last().textContent(),
      ).resolves.toBe(`${(share * 100).toFixed(1)}%`);
    }
    await shoot(page, 'batch-baseline');

    const summary = await downloadText(page, 'Summary (JSON)');
    expect(summary.name).toBe(`baseline-seed${SEED}-runs${RUNS}.summary.json`);
    const parsed = JSON.parse(summary.text) as Summary;
    expect(parsed.outcomes).toEqual(cli.summary.outcomes);
    expect(parsed).toEqual(cli.summary);
    expect(summary.text).toBe(`${JSON.stringify(cli.summary, null, 2)}\n`);

    const csv = await downloadText(page, 'Every run (CSV)');
    expect(csv.text.split('\n').length).toBe(RUNS + 2);
    expect(csv.text).toBe(cli.csv);

    // The fan charts and the rules table are drawn.
    expect(await page.locator('.mc-fans svg').count()).toBe(8);
    expect(await page.locator('.mc-rules tbody tr').count()).toBeGreaterThan(0);
    await page.locator('.mc-rules').scrollIntoViewIfNeeded();
    await shoot(page, 'batch-rules');

    const svg = await downloadText(page, 'SVG', 0);
    expect(svg.name).toMatch(/outcomes\.svg$/);
    expect(svg.text).toContain('<svg');
    expect(errors).toEqual([]);
  });

  it('cancels a long batch, stopping its workers at once, and says how far it got', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/batch?scenario=baseline&runs=100000&seed=3`);
    await page.getByText(/^[1-9][\d,]* of 100,000 runs$/).waitFor({ timeout: 60_000 });
    expect(page.workers().length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('status')
      .getByText(/Cancelled after [\d,]+ of 100,000 runs/)
      .waitFor();
    // Every worker was running a shard: each is terminated, none kept busy for later.
    await expect.poll(() => page.workers().length).toBe(0);
    expect(errors).toEqual([]);
  });

  it('never restarts a cancelled batch on Back or a reload, and runs it again when asked', async () => {
    const { page, errors } = await openPage(harness);
    const long = `${harness.url}/batch?scenario=baseline&runs=100000&seed=5`;
    await page.goto(long);
    await page.getByText(/^[1-9][\d,]* of 100,000 runs$/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText(/Cancelled after/).waitFor();
    await page.goto(`${harness.url}/batch?scenario=baseline&runs=40&seed=5`);
    await batchDone(page);

    for (const back of [() => page.goBack(), () => page.reload()]) {
      await back();
      expect(page.url()).toBe(long);
      await page.getByTestId('cancelled-notice').waitFor();
      // Given time to start, it has not: no progress bar, no Cancel button, no old results.
      await page.waitForTimeout(1500);
      expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
      expect(await page.getByRole('progressbar').count()).toBe(0);
      expect(await page.locator('figure').count()).toBe(0);
    }
    await shoot(page, 'batch-cancelled-back');
    await page.getByRole('button', { name: 'Run it now' }).click();
    await page.getByText(/^[\d,]+ of 100,000 runs$/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText(/Cancelled after/).waitFor();
    expect(errors).toEqual([]);
  });

  it('opens another scenario at once on the same workers, and says when changed settings are not run yet', async () => {
    const { page, errors } = await openPage(harness);
    const started: string[] = [];
    page.on('worker', (worker) => started.push(worker.url()));
    await page.goto(`${harness.url}/batch?scenario=baseline&runs=40&seed=5`);
    await batchDone(page);
    const first = started.length;
    expect(first).toBeGreaterThan(0);
    await page.getByLabel('Runs', { exact: true }).fill('300');
    await page.getByTestId('pending-settings').waitFor();
    expect(await page.getByTestId('pending-settings').textContent()).toContain(
      'still 40 runs with seed 5',
    );
    await page.locator('select[name=scenario]').selectOption('strike-on-iran');
    await page.waitForURL(/scenario=strike-on-iran/);
    await page.getByRole('heading', { level: 1, name: /Israel strikes Iranian/ }).waitFor();
    await batchDone(page);
    expect(await page.getByTestId('pending-settings').count()).toBe(0);
    // The second batch ran on the workers the first gave back (src/lib/batchWorkerPool.ts).
    expect(started.length).toBe(first);
    expect(page.workers().length).toBe(first);
    expect(errors).toEqual([]);
  });

  it('explains an address it cannot run and offers a way back', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/batch?scenario=basline&runs=0&seed=x`);
    const alert = page.locator('.problem[role="alert"]');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('did you mean "baseline"');
    expect(text).toContain('runs must be a whole number from 1 to 100,000');
    expect(text).toContain('seed must be a whole number');
    await shoot(page, 'batch-bad-link');
    // The way back opens the batch it names and starts it (the first test follows a batch to
    // its end); closing the page stops its workers.
    await page.getByRole('link', { name: 'Run the baseline 1,000 times' }).click();
    await page.waitForURL(/\/batch\?scenario=baseline&runs=1000&seed=42$/);
    await page.getByRole('heading', { level: 1, name: /Monte Carlo: / }).waitFor();
    // Running, or (on a quiet machine) done already.
    await page
      .locator('.mc-progress')
      .getByText(/^[\d,]+ of 1,000 runs$|^1,000 runs in /)
      .waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  // The three checks below share one batch of strike-on-iran, loaded once: what they check
  // (labels at each width, the exports, the tablet's width) does not need a batch of its own.
  let charts: Promise<{ page: Page; errors: string[] }> | undefined;
  const chartsPage = () =>
    (charts ??= (async () => {
      const tab = await openPage(harness);
      await tab.page.setViewportSize(SIZES[0]);
      await tab.page.goto(`${harness.url}/batch?scenario=strike-on-iran&runs=300&seed=2`);
      await batchDone(tab.page);
      return tab;
    })());

  it('cuts no chart label and draws none too small at a laptop’s, a tablet’s or a phone’s width', async () => {
    const { page, errors } = await chartsPage();
    for (const size of SIZES) {
      await resize(page, size);
      expect(await clippedLabels(page), size.name).toEqual([]);
      expect(await smallLabels(page), size.name).toEqual([]);
      await page.locator('figure').nth(2).scrollIntoViewIfNeeded();
      await shoot(page, `batch-charts-${size.name}`);
    }
    expect(errors).toEqual([]);
  });

  it('exports a figure whole, under its title, scenario, runs and seed', async () => {
    const { page, errors } = await chartsPage();
    await resize(page, SIZES[0]);
    const fans = page.locator('figure', { hasText: 'Rung over the days' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      fans.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    // One fan chart per actor of the pack, all eight, in one file.
    expect(svg.match(/aria-label="[^"]+: rung over the days"/g)).toHaveLength(8);
    expect(svg).toContain('>Rung over the days</text>');
    expect(svg).toContain('strike-on-iran');
    expect(svg).toContain('300 runs · seed 2');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      fans.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    // Every figure of the page, each under its own title and the same caption.
    expect(await expectFiguresExported(page, 'strike-on-iran) · 300 runs · seed 2')).toBe(4);
    expect(errors).toEqual([]);
  });

  it('fits a tablet', async () => {
    const { page } = await chartsPage();
    await resize(page, { width: 820, height: 1180 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await shoot(page, 'batch-tablet');
  });
});
