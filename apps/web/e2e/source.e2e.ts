import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness, openPage, shoot } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the source view', () => {
  it('opens from a rule in the why panel, with its passage highlighted', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&day=30&actor=iran`);
    await page.getByTestId('why').waitFor();
    const link = page
      .getByTestId('why')
      .getByRole('link', { name: 'Open the passage in the article' })
      .first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/source\?rule=/);
    await link.click();
    await page.waitForURL(/\/source\?rule=/);
    const current = page.locator('.passage.current').first();
    await current.waitFor();
    const quote = (await page.getByTestId('rule-quote').textContent()) ?? '';
    expect(quote).toContain((await current.textContent())?.slice(0, 20));
    await shoot(page, 'source-from-rule');
    expect(errors).toEqual([]);
  });

  it('lists the rules resting on a passage when it is chosen', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/source`);
    const passage = page.locator('#p6 .passage').first();
    const fields = ((await passage.getAttribute('data-fields')) ?? '').split(' ');
    await passage.click();
    await page.waitForURL(/\/source\?p=6&at=/);
    const listed = page.getByTestId('passage-rules');
    await listed.waitFor();
    for (const field of fields) expect(await listed.textContent()).toContain(field);
    await shoot(page, 'source-passage');
    expect(errors).toEqual([]);
  });

  it('says so when a link names no rule of the pack', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}/source?rule=nobody.ceiling`);
    const alert = page.locator('.problem[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('There is no rule "nobody.ceiling"');
  });
});
