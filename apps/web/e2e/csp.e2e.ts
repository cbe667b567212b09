import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, OUT, openHarness, openPage } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Every page of the static export under `dir`, as file paths. */
function exportedPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return exportedPages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The routes every export has: a policy missing from any of them is a missing page too. */
const ROUTES = [
  'index',
  'run',
  'batch',
  'compare',
  'sensitivity',
  'explore',
  'hindcast',
  'lessons',
  'teacher',
  'glossary',
  'source',
  '404',
];

describe('the Content-Security-Policy', () => {
  it('is in every page: scripts only from the site or by hash, no eval, no inline script', () => {
    // The policy is the <meta> scripts/csp.mjs writes into each page of the export, which the
    // server serves as it is: read here from every page, lessons included.
    const pages = exportedPages(OUT);
    const names = pages.map((path) => path.slice(OUT.length + 1).replace(/\.html$/, ''));
    expect(names).toEqual(expect.arrayContaining([...ROUTES, 'lessons/why-iran-holds-back']));
    for (const [i, path] of pages.entries()) {
      const html = readFileSync(path, 'utf8');
      const metas = [
        ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g),
      ];
      expect(metas, names[i]).toHaveLength(1);
      const policy = metas[0]![1]!;
      const script = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
      expect(script, names[i]).toMatch(/^\s*script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
      expect(policy, names[i]).toContain("object-src 'none'");
      expect(policy, names[i]).not.toContain('unsafe-eval');
      // Before any script: a script above the policy would run outside it.
      expect(html.indexOf('<script'), names[i]).toBeGreaterThan(html.indexOf(metas[0]![0]));
    }
  });

  // Every page an end-to-end test opens reports a violation of the policy as an error (see
  // harness.ts's openPage), and the tests that open them expect no error: each page works under
  // the policy through everything those tests do there (the runner and its views, the editor,
  // batches, comparisons, sensitivity, Explore, hindcast, lessons, the teacher's page, the
  // glossary, the source view, downloads and exports). Here, the one work no other test makes
  // the page do: a sampled batch, whose Web Workers draw beta-PERT quantiles (stdlib).
  it('lets a sampled batch run its workers with no violation and no error', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/batch?scenario=baseline&runs=20&seed=1&sampling=sampled`);
    await page.getByText(/20 runs in [\d.]+ s/).waitFor({ timeout: 120_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a violation as an error of the page', async () => {
    // What the suite's error checks rest on: an inline script the policy does not allow is
    // refused, and the page's errors say so.
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/glossary`);
    await page.locator('main h1').first().waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.body.append(script);
    });
    await expect.poll(() => errors.join('\n')).toMatch(/Content-Security-Policy.*script-src/);
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
  });
});
