import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEdit } from '../src/lib/scenarioEdit';
import { type Harness, openHarness, openPage, shoot } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the sensitivity page', () => {
  it('draws outcome shares across a swept parameter, then a tornado', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(
      `${harness.url}/sensitivity?scenario=strike-on-iran&param=iran.params.riskAversion&values=1:2.5:0.25&runs=60&seed=4&outcome=iran-direct`,
    );
    await page.getByText(/7 batches, 420 runs in/).waitFor({ timeout: 120_000 });
    const curve = page.locator('[data-curve="iran-direct"] path').nth(1);
    const d = (await curve.getAttribute('d')) ?? '';
    // A line through seven points (a move and six segments) that falls as Iran grows more
    // averse to risk: the first point is higher on the chart (smaller y) than the last.
    const ys = d
      .slice(1)
      .split('L')
      .map((point) => Number(point.split(',')[1]));
    expect(ys).toHaveLength(7);
    expect(ys[0]!).toBeLessThan(ys[6]!);
    await shoot(page, 'sensitivity-curve');

    await page.getByRole('button', { name: 'Draw the tornado' }).click();
    await page.getByText(/17 batches, 1,020 runs in/).waitFor({ timeout: 180_000 });
    expect(await page.locator('[data-bar]').count()).toBe(8);
    await page.locator('.mc-tornado').scrollIntoViewIfNeeded();
    await shoot(page, 'sensitivity-tornado');
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

describe('the compare page', () => {
  it('sets two scenarios side by side with their differences', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/compare?a=baseline&b=iran-commits&runs=200&seed=5`);
    await page.getByText(/2 batches, 400 runs in/).waitFor({ timeout: 120_000 });
    await page.getByTestId('column-a').waitFor();
    await page.getByTestId('column-b').waitFor();
    const a = await page.getByTestId('column-a').boundingBox();
    const b = await page.getByTestId('column-b').boundingBox();
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(await page.getByTestId('differences').textContent()).toContain('iran.ceiling');
    expect(
      await page.locator('[data-testid="outcome-differences"] tr.mc-diff-yes').count(),
    ).toBeGreaterThan(0);
    await shoot(page, 'compare-two-scenarios');
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
