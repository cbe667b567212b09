import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const OUT = fileURLToPath(new URL('../out', import.meta.url));
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

/** A page at 1280×720 that records console errors, failed requests and uncaught exceptions. */
export async function openPage(harness: Harness): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      errors.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { page, errors };
}

/** Saves a screenshot under apps/web/test-results/. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
