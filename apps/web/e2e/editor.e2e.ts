import { readFileSync } from 'node:fs';
import { MAX_SEED } from '@brink/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness, openPage, SCREENSHOTS, shoot } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

const iranRungs = (page: import('playwright-core').Page) =>
  page
    .locator('#timeline-desc')
    .textContent()
    .then((text) => text?.match(/Iran: [^.]*\./)?.[0]);

describe('the scenario editor', () => {
  it('changes Iran’s ceiling, reruns at once, and a reload keeps the edit', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&day=60&actor=iran&panel=edit`);
    await page.getByTestId('editor').waitFor();
    // With its ceiling at indirect, Iran goes above it only through a red line's bounded answer
    // (limited); raised to war, its own drive takes it to direct.
    const before = await iranRungs(page);
    expect(before).not.toMatch(/\bdirect from day/);

    await page.getByTestId('override-ceiling').selectOption('war');
    await page.waitForURL(/edit=/);
    await expect.poll(() => iranRungs(page)).toMatch(/\bdirect from day/);
    const after = await iranRungs(page);
    expect(after).not.toBe(before);
    expect(await page.locator('.edited-mark').count()).toBe(1);
    expect(await page.locator('.run-meta').textContent()).toContain('baseline-edited');
    await shoot(page, 'editor-iran-ceiling');

    const url = page.url();
    const ladder = await page.getByTestId('ladder').innerHTML();
    await page.reload();
    await page.getByTestId('editor').waitFor();
    expect(page.url()).toBe(url);
    expect(await iranRungs(page)).toBe(after);
    expect(await page.getByTestId('ladder').innerHTML()).toBe(ladder);
    expect(await page.getByTestId('override-ceiling').inputValue()).toBe('war');

    await page.getByRole('button', { name: /as built in/ }).click();
    await page.waitForURL((address) => !address.search.includes('edit='));
    await expect.poll(() => iranRungs(page)).toBe(before);
    expect(errors).toEqual([]);
  });

  it('shows validation problems beside the field and keeps the last valid run until they are fixed', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&panel=edit`);
    await page.getByTestId('editor').waitFor();
    const ladder = await page.locator('#ladder-desc').textContent();
    const severity = page.getByTestId('inject').first().getByLabel('severity');
    await severity.fill('2');
    await severity.press('Enter');
    const issues = page.getByTestId('editor-issues');
    await issues.waitFor();
    expect(await issues.textContent()).toContain('injects[0].severity');
    expect(
      await page.getByTestId('inject').first().locator('.field-error').first().textContent(),
    ).toContain('between 0 and 1');
    // The last valid run stays, said to be so.
    await page.getByTestId('stale-run').waitFor();
    expect(await page.getByTestId('timeline').count()).toBe(1);
    expect(await page.locator('#ladder-desc').textContent()).toBe(ladder);
    await shoot(page, 'editor-invalid');
    await severity.fill('0.9');
    await severity.press('Tab');
    await expect.poll(() => page.getByTestId('stale-run').count()).toBe(0);
    expect(await issues.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('applies Days when typed in full, and clamps the current day to a shorter run', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&day=60&panel=edit`);
    await page.getByTestId('editor').waitFor();
    const days = page.getByLabel('Days', { exact: true });
    await days.fill('');
    await days.pressSequentially('90');
    await days.press('Enter');
    await page.waitForURL(/edit=/);
    await expect.poll(() => page.getByTestId('day').textContent()).toContain('/ 89');
    expect(await page.getByTestId('day').textContent()).toContain('Day 60');
    expect(await days.inputValue()).toBe('90');

    // A run shorter than the day shown moves to its last day: never a dead end.
    await days.fill('30');
    await days.press('Enter');
    await expect.poll(() => page.getByTestId('day').textContent()).toContain('Day 29');
    await page.waitForURL(/day=29/);
    expect(await page.getByTestId('editor').count()).toBe(1);
    await shoot(page, 'editor-days-clamped');
    expect(errors).toEqual([]);
  });

  it('says what is wrong with the seed beside it, and a negative parameter keeps the run', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&actor=iran&panel=edit`);
    await page.getByTestId('editor').waitFor();
    const seed = page.getByLabel('Seed');
    await seed.fill('hello');
    expect(await page.locator('.seed-problem').textContent()).toBe(
      `A seed is a whole number from 0 to ${MAX_SEED}, not “hello”.`,
    );
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);
    await seed.fill('7');
    expect(await page.locator('.seed-problem').count()).toBe(0);

    const aversion = page.getByTestId('param-riskAversion');
    await aversion.fill('-1');
    await aversion.press('Enter');
    await page.getByTestId('editor-issues').waitFor();
    expect(await page.getByTestId('stale-run').count()).toBe(1);
    expect(await page.getByTestId('timeline').count()).toBe(1);
    expect(await page.getByTestId('ladder').count()).toBe(1);
    await shoot(page, 'editor-negative-param');
    expect(errors).toEqual([]);
  });

  it('adds a scripted event, downloads the scenario as YAML and loads it back', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&panel=edit`);
    await page.getByTestId('editor').waitFor();
    await page.getByRole('button', { name: 'Add a scripted event' }).click();
    await page.waitForURL(/edit=/);
    await expect.poll(() => page.getByTestId('inject').count()).toBe(2);
    await page.getByTestId('timeline').waitFor();
    const edited = page.url();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download YAML' }).click(),
    ]);
    const file = `${SCREENSHOTS}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('id: baseline-edited');
    expect(yaml).toContain('injects:');

    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&panel=edit`);
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('load-file').setInputFiles(file);
    await page.waitForURL(/edit=/);
    await expect.poll(() => page.getByTestId('inject').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('edit')).toBe(
      new URL(edited).searchParams.get('edit'),
    );
    expect(errors).toEqual([]);
  });

  it('switches a red line off, and Iran then stays under its ceiling', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(
      // Seed 2: a run in which the strike crosses the graded line and Iran answers at limited.
      `${harness.url}/run?scenario=strike-on-iran&seed=2&day=40&actor=iran&panel=edit`,
    );
    await page.getByTestId('editor').waitFor();
    expect(await iranRungs(page)).toContain('limited');
    // The box is controlled by the URL, which updates a moment after the click.
    await page.getByTestId('red-line-iran-attacked').getByRole('checkbox').click();
    await page.waitForURL(/edit=/);
    await expect.poll(() => iranRungs(page)).not.toContain('limited');
    await shoot(page, 'editor-red-line-off');
    await page.reload();
    await page.getByTestId('editor').waitFor();
    expect(await page.getByTestId('red-line-iran-attacked').getByRole('checkbox').isChecked()).toBe(
      false,
    );
    expect(await iranRungs(page)).not.toContain('limited');
    // The change is part of the scenario: the YAML file keeps it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download YAML' }).click(),
    ]);
    const file = `${SCREENSHOTS}/red-line-off-${download.suggestedFilename()}`;
    await download.saveAs(file);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(/redLines:\s+iran-attacked:\s+off: true/);
    expect(errors).toEqual([]);
  });

  it('explains a damaged edit in the address', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&edit=%21%21not-base64`);
    const alert = page.locator('.problem[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('cannot be read');
    expect(await alert.getByRole('link', { name: /as built in/ }).count()).toBe(1);
  });
});
