import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness, openPage } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Records every Content-Security-Policy violation of the page from its start. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

const PAGES = [
  { path: '/', ready: 'main h1' },
  { path: '/run?scenario=baseline&seed=42&day=40', ready: '[data-testid=ladder]' },
  {
    path: '/run?scenario=baseline&seed=42&view=machine&panel=edit',
    ready: '[data-testid=machine]',
  },
  { path: '/batch?scenario=baseline&runs=20&seed=1', ready: 'text=/runs in [\\d.]+ s/' },
  // Sampled assumptions draw beta-PERT quantiles (stdlib) in the Web Workers.
  {
    path: '/batch?scenario=baseline&runs=20&seed=1&sampling=sampled',
    ready: 'text=/runs in [\\d.]+ s/',
  },
  {
    path: '/compare?a=baseline&b=strike-on-iran&runs=20&seed=1',
    ready: 'text=/2 batches, 40 runs in/',
  },
  {
    path: '/sensitivity?scenario=baseline&param=iran.power&values=0.2,0.8&runs=20&seed=1',
    ready: 'text=/2 batches, 40 runs in/',
  },
  // The Explore page's runs go to the batch workers, its analysis to a worker of its own.
  {
    path: '/explore?scenario=baseline&method=morris&outcome=hezbollah-near-daily-fire&runs=144&seed=1',
    ready: '[data-testid=explore-status]',
  },
  { path: '/lessons', ready: 'main h1' },
  { path: '/lessons/why-iran-holds-back', ready: 'main h1' },
  { path: '/teacher', ready: 'main h1' },
  { path: '/glossary', ready: 'main h1' },
  { path: '/source?rule=iran.ceiling', ready: 'main h1' },
] as const;

/** The page's policy, from its <meta>. */
const policyOf = async (page: Page) =>
  (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';

describe('the Content-Security-Policy', () => {
  // One load of each page serves both tests: the first reads the policy each page was loaded
  // with, the second what the page did under it.
  const loaded = new Map<
    string,
    Promise<{ policy: string; violations: string[]; errors: string[] }>
  >();
  const load = (path: string, ready: string) => {
    let found = loaded.get(path);
    if (!found) {
      found = (async () => {
        const { page, errors } = await openPage(harness);
        await watchViolations(page);
        await page.goto(`${harness.url}${path}`);
        await page.locator(ready).first().waitFor({ timeout: 120_000 });
        const result = { policy: await policyOf(page), violations: await violations(page), errors };
        await page.close();
        return result;
      })();
      loaded.set(path, found);
    }
    return found;
  };

  it('is in every page: scripts only from the site or by hash, no eval, no inline script', {
    timeout: 240_000,
  }, async () => {
    for (const { path, ready } of PAGES) {
      const { policy } = await load(path, ready);
      const script = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
      expect(script, path).toMatch(/^\s*script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('unsafe-eval');
    }
  });

  it('lets every page work, with no violation and no error', { timeout: 240_000 }, async () => {
    for (const { path, ready } of PAGES) {
      const { violations, errors } = await load(path, ready);
      expect(violations, path).toEqual([]);
      expect(errors, path).toEqual([]);
    }
  });
});
