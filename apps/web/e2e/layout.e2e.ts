import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clippedLabels, type Harness, openHarness, openPage, resize, shoot } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Screens the app is meant to be comfortable on: laptops, a tablet held both ways, a phone. */
const SCREENS = [
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'laptop-wide', width: 1366, height: 768 },
  { name: 'tablet-portrait', width: 820, height: 1180 },
  { name: 'tablet-landscape', width: 1180, height: 820 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const PAGES = [
  { name: 'home', path: '/', ready: 'main' },
  { name: 'run', path: '/run?scenario=strike-on-iran&seed=7&day=40&actor=iran', ready: 'ladder' },
  { name: 'edit', path: '/run?scenario=baseline&seed=42&panel=edit', ready: 'editor' },
  { name: 'source', path: '/source?rule=iran.ceiling', ready: 'main' },
] as const;

/** How far the page is wider than the screen, in CSS pixels (0: no sideways scrolling). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Controls that a screen reader would announce without a name. */
const unnamedControls = (page: Page) =>
  page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input:not([type=hidden]), textarea, a[href], [role=slider], [role=button]',
    );
    const unnamed: string[] = [];
    for (const control of controls) {
      const labelled =
        control.getAttribute('aria-label') ||
        control.getAttribute('aria-labelledby') ||
        control.getAttribute('title') ||
        ('labels' in control && (control as HTMLInputElement).labels?.length) ||
        control.textContent?.trim();
      if (!labelled) unnamed.push(control.outerHTML.slice(0, 120));
    }
    return unnamed;
  });

describe('layout and labels', () => {
  // Each page is loaded once, at the first screen, and then resized through the others: a
  // resize lays the page out again as a load at that size does (the style's media queries and
  // the charts' resize observers follow the window), so a reload per screen proved nothing more.
  for (const target of PAGES) {
    let opened: Promise<{ page: Page; errors: string[] }> | undefined;
    afterAll(async () => {
      await (await opened)?.page.close();
    });
    for (const screen of SCREENS) {
      it(`${target.name} fits a ${screen.name} screen (${screen.width}×${screen.height}) with every control named`, async () => {
        const size = { width: screen.width, height: screen.height };
        let first = false;
        opened ??= (async () => {
          first = true;
          const tab = await openPage(harness);
          await tab.page.setViewportSize(size);
          await tab.page.goto(`${harness.url}${target.path}`);
          if (target.ready === 'main') await tab.page.locator('main').first().waitFor();
          else await tab.page.getByTestId(target.ready).waitFor();
          return tab;
        })();
        const { page, errors } = await opened;
        if (!first) await resize(page, size);
        expect(await overflow(page)).toBeLessThanOrEqual(1);
        expect(await unnamedControls(page)).toEqual([]);
        expect(await clippedLabels(page)).toEqual([]);
        await shoot(page, `layout-${target.name}-${screen.name}`);
        expect(errors).toEqual([]);
      });
    }
  }

  it('names the ladder’s actors without overlap and keeps the timeline’s key legible on a phone', async () => {
    const { page, errors } = await openPage(harness);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${harness.url}/run?scenario=strike-on-iran&seed=7&day=40&actor=iran`);
    await page.getByTestId('ladder').waitFor();
    // Each glyph of each label as a quadrilateral on screen (rotation included); no glyph of one
    // label may cross a glyph of another (separating-axis test on convex quadrilaterals).
    const overlaps = await page.evaluate(() => {
      type Quad = { x: number; y: number }[];
      const quads = (text: SVGTextElement): Quad[] => {
        const matrix = text.getScreenCTM();
        if (!matrix) return [];
        return Array.from({ length: text.getNumberOfChars() }, (_, i) => {
          const box = text.getExtentOfChar(i);
          return [
            [box.x, box.y],
            [box.x + box.width, box.y],
            [box.x + box.width, box.y + box.height],
            [box.x, box.y + box.height],
          ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
        });
      };
      const apart = (a: Quad, b: Quad) =>
        [a, b].some((quad) =>
          quad.some((p, i) => {
            const q = quad[(i + 1) % quad.length]!;
            const axis = { x: q.y - p.y, y: p.x - q.x };
            const project = (points: Quad) => points.map((v) => v.x * axis.x + v.y * axis.y);
            const [pa, pb] = [project(a), project(b)];
            // Glyph cells touch at their sides; a crossing of a pixel's width or more is an overlap.
            const size = Math.hypot(axis.x, axis.y) || 1;
            return (
              Math.max(...pa) - Math.min(...pb) < size || Math.max(...pb) - Math.min(...pa) < size
            );
          }),
        );
      const labels = [...document.querySelectorAll<SVGTextElement>('[data-testid="ladder"] text')];
      const cells = labels.map(quads);
      const found: string[] = [];
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          if (cells[i]!.some((a) => cells[j]!.some((b) => !apart(a, b)))) {
            found.push(`${labels[i]!.textContent} / ${labels[j]!.textContent}`);
          }
        }
      }
      return found;
    });
    expect(overlaps).toEqual([]);
    const keySize = await page
      .getByTestId('timeline-legend')
      .evaluate((key) => Number.parseFloat(getComputedStyle(key).fontSize));
    expect(keySize).toBeGreaterThanOrEqual(12);
    await page.getByTestId('ladder').scrollIntoViewIfNeeded();
    await shoot(page, 'ladder-phone');
    expect(errors).toEqual([]);
  });

  it('can be played from the keyboard alone: Tab reaches the playback controls', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42`);
    await page.getByTestId('ladder').waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.textContent?.trim() ??
          '',
      );
      reached.add(label);
    }
    expect([...reached]).toEqual(expect.arrayContaining(['Play', 'One day forward']));
    expect(errors).toEqual([]);
  });

  it('keeps a pressed button readable under the mouse (text against its fill at least 4.5:1)', async () => {
    const { page, errors } = await openPage(harness);
    await page.goto(`${harness.url}/run?scenario=baseline&seed=42&actor=iran`);
    await page.getByTestId('ladder').waitFor();
    const pressed = page.locator('button[aria-pressed="true"]');
    const count = await pressed.count();
    // The view switcher, the Why / Edit switcher and the actor chips each have one pressed.
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      await pressed.nth(i).hover();
      const ratio = await pressed.nth(i).evaluate((button) => {
        const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (text: string) => {
          const [r, g, b] = rgb(text).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const style = getComputedStyle(button);
        const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort(
          (x, y) => y - x,
        );
        return (a! + 0.05) / (b! + 0.05);
      });
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    }
    await shoot(page, 'pressed-hover');
    expect(errors).toEqual([]);
  });
});
