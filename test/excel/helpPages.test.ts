/**
 * The function help Excel opens from a function's `helpUrl`: the built HTML pages, loaded in Chromium at
 * each help URL of functions.json and functions.fr.json. The anchor must land on the function's section
 * (the raw Markdown these links used to open was shown as text, and its anchors went nowhere).
 */
import type { Browser } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../e2e/harness';
import { builtFile, readBuilt } from './builtExcel';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 30000);

afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['functions.json', 'docs/functions.html', 'en'],
  ['functions.fr.json', 'docs/functions.fr.html', 'fr'],
])('the help links of %s', (metadata, page, lang) => {
  const helpUrls = (): { id: string; anchor: string }[] =>
    (JSON.parse(readBuilt(metadata)).functions as { id: string; helpUrl: string }[]).map((f) => ({
      id: f.id,
      anchor: new URL(f.helpUrl).hash,
    }));

  it('open an HTML page that scrolls to the function and marks it as the target', async () => {
    const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      const url = pathToFileURL(builtFile(page)).href;
      const seen: { id: string; target: string | null; heading: string | null; top: number }[] = [];
      for (const { id, anchor } of helpUrls()) {
        await tab.goto(`${url}${anchor}`);
        seen.push({
          id,
          ...(await tab.evaluate(() => {
            const target = document.querySelector(':target');
            return {
              target: target?.id ?? null,
              heading: target?.querySelector('h2')?.textContent ?? null,
              top: Math.round(target?.getBoundingClientRect().top ?? -1) + 0,
            };
          })),
        });
        expect(await tab.evaluate(() => document.documentElement.lang)).toBe(lang);
      }
      expect(seen.length).toBeGreaterThan(10);
      // The section is the target, is the function's, and is scrolled to the top of the window.
      expect(seen).toEqual(seen.map(({ id }) => ({ id, target: id.toLowerCase(), heading: id, top: 0 })));
    } finally {
      await tab.close();
    }
  }, 60000);
});
