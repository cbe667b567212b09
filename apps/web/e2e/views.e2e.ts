import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness, openPage, shoot } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the network view', () => {
  it('draws the day’s attacks as edges, and changes with the day', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&day=20&view=network`);
    await page.getByTestId('network').waitFor();
    const edges = await page.getByTestId('attack-edge').count();
    expect(edges).toBeGreaterThan(0);
    const before = await page.locator('#network-desc').textContent();
    await page.getByRole('button', { name: 'One day forward' }).click();
    expect(await page.locator('#network-desc').textContent()).not.toBe(before);
    await shoot(page, 'view-network');
    expect(errors).toEqual([]);
  });
});

describe('the state machine view', () => {
  it('loads elkjs only when it opens, never with the other views', async () => {
    const { page, errors } = await openPage(harness);
    const elk: string[] = [];
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      const body = await response.text().catch(() => '');
      if (body.includes('org.eclipse.elk')) elk.push(response.url());
    });
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&day=20`);
    await page.getByTestId('ladder').waitFor();
    // Given the time an idle page would take to fetch it, it has not.
    await page.waitForTimeout(5000);
    await page.getByRole('button', { name: 'Network' }).click();
    await page.getByTestId('network').waitFor();
    expect(elk).toEqual([]);
    await page.getByRole('button', { name: /^State machine/ }).click();
    await page.getByTestId('machine').locator('[data-state]').first().waitFor({ timeout: 20_000 });
    expect(elk).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('draws the machine with the current state, the last move and red-line transitions', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(
      `${harness.url}/run?scenario=strike-on-iran&seed=42&day=60&actor=iran&view=machine`,
    );
    const machine = page.getByTestId('machine');
    await machine.locator('[data-state]').first().waitFor({ timeout: 20_000 });
    const states = await machine
      .locator('[data-state]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')));
    expect(states).toEqual(expect.arrayContaining(['material', 'indirect', 'limited', 'direct']));
    const current = await machine.locator('[data-current]').getAttribute('data-state');
    const rung = await page.getByTestId('why-rung').textContent();
    expect(current).toBe(rung);
    // Climbing past Iran's ceiling (indirect) is red-line-guarded, and drawn so.
    expect(await machine.locator('[data-guard=riseByRedLine]').count()).toBeGreaterThan(0);
    expect(await machine.locator('[data-last]').count()).toBe(1);
    await shoot(page, 'view-machine');

    // Choosing another actor redraws the machine for it.
    await page.getByRole('button', { name: /Hamas/ }).first().click();
    await page.getByText('State machine: Hamas').waitFor();
    await machine.locator('[data-state=war]').waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
  });
});

describe('the timeline', () => {
  it('shows the decision under the pointer, and a click selects that day and actor', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&actor=iran`);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    const box = (await timeline.boundingBox())!;
    // Somewhere in the middle of Hezbollah's row (the third of eight).
    const x = box.x + 128 + (box.width - 144) * 0.5;
    const y = box.y + 16 + ((box.height - 52) / 8) * 2.3;
    await page.mouse.move(x, y);
    const tooltip = page.locator('.chart-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Day \d+ · Hezbollah/);
    await shoot(page, 'timeline-hover');
    await page.mouse.click(x, y);
    await expect
      .poll(() => page.getByRole('heading', { name: /^Why: Hezbollah on day \d+/ }).count())
      .toBe(1);
    expect(page.url()).toContain('actor=hezbollah');
    expect(errors).toEqual([]);
  });
});
