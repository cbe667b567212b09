import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

/** The static export the tests serve (`next build`). */
export const OUT = fileURLToPath(new URL('../out', import.meta.url));
/** The export built for the base path /brink (`build:subpath`). */
export const OUT_SUBPATH = fileURLToPath(new URL('../out-brink', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../test-results', import.meta.url));

/** Debian's chromium, installed by scripts/ensure-chromium.sh; never a downloaded build. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Serves `out/` (or `root`, below `base` if given) on a free port of 127.0.0.1 and launches
 * chromium. `url` ends with the base path.
 */
export async function openHarness(
  options: { root?: string; base?: string } = {},
): Promise<Harness> {
  const root = options.root ?? OUT;
  if (!existsSync(`${root}/index.html`)) {
    const folder = root.split('/').pop();
    throw new Error(
      `apps/web/${folder} is missing: build the web app first (npx -y pnpm@10 build${folder === 'out' ? '' : ', then npx -y pnpm@10 --filter @brink/web build:subpath'})`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh (as root)`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer({
    root,
    port: 0,
    ...(options.base ? { base: options.base } : {}),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A page at 1280×720 that records console errors, failed requests, uncaught exceptions and
 * violations of the Content-Security-Policy (each page's <meta>, see scripts/csp.mjs): a test
 * that expects no error expects the page to work under the policy.
 */
export async function openPage(harness: Harness): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      // The resource a load error is about is in its location, not in its text.
      const where = message.location().url;
      errors.push(`console.${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { page, errors };
}

/**
 * Resizes the page's window and waits until the page has laid itself out again: the window
 * reports the new width, and 300 ms pass for the charts' resize observers (debounced by 50 ms)
 * and React to draw at it.
 */
export async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.waitForFunction((width) => window.innerWidth === width, size.width);
  await page.waitForTimeout(300);
}

/** Saves a screenshot under apps/web/test-results/. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** The screens of issue 17: a laptop, a tablet held upright, a phone. */
export const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Chart labels cut by their chart: each SVG text (with its chart's label) whose box reaches more
 * than half a pixel past its SVG's box, which clips it.
 */
export function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      const svg = text.ownerSVGElement;
      if (!svg || !text.textContent?.trim()) continue;
      const box = text.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      if (box.width === 0 || frame.width === 0) continue;
      const out =
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5;
      if (out) {
        const chart = svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent;
        clipped.push(`${chart ?? 'chart'}: "${text.textContent.trim()}"`);
      }
    }
    return clipped;
  });
}

/** The smallest chart text a reader is given, in CSS pixels: the theme's smallest size. */
export const MIN_LABEL_PX = 11;

/**
 * Chart labels drawn smaller than MIN_LABEL_PX on screen: each SVG text (with its chart's
 * label and its size) whose font size, times the scale its SVG is drawn at, falls below it. A
 * chart shrunk to a phone's width shrinks its text with it; a chart laid out at that width keeps
 * the theme's sizes.
 */
export function smallLabels(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      const svg = text.ownerSVGElement;
      if (!svg || !text.textContent?.trim()) continue;
      const box = svg.viewBox.baseVal;
      const frame = svg.getBoundingClientRect();
      if (!box || box.width === 0 || frame.width === 0) continue;
      const px = Number.parseFloat(getComputedStyle(text).fontSize) * (frame.width / box.width);
      if (px < min - 0.05) {
        const chart = svg.getAttribute('aria-label') ?? 'chart';
        small.push(`${chart}: "${text.textContent.trim()}" at ${px.toFixed(1)} px`);
      }
    }
    return small;
  }, MIN_LABEL_PX);
}

/** The SVG file a figure's "SVG" button downloads. */
export async function exportedSvg(figure: Locator): Promise<string> {
  const [download] = await Promise.all([
    figure.page().waitForEvent('download'),
    figure.getByRole('button', { name: 'SVG', exact: true }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/**
 * Exports every figure on the page as SVG and checks each file has the figure's title and
 * `caption` (what was run: the scenario, the runs, the seed) as text. Returns how many.
 */
export async function expectFiguresExported(page: Page, caption: string): Promise<number> {
  const figures = page.locator('figure');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const title = (await figure.locator('h3').first().textContent())?.trim() ?? '';
    const svg = await exportedSvg(figure);
    const escaped = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    if (!svg.includes(`>${escaped}</text>`))
      throw new Error(`the export of "${title}" has no title`);
    if (!svg.includes(caption)) throw new Error(`the export of "${title}" lacks "${caption}"`);
  }
  return count;
}
