/**
 * Screenshots of the panes. Every run takes them (so a broken render fails loudly) into `out/screenshots/`;
 * `UPDATE_SCREENSHOTS=1 npm test` writes them to `docs/screenshots/`, the ones the README shows, so an
 * ordinary test run leaves the checked-in pictures alone.
 */
import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Locator, Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../../..');

/** Where screenshots go. */
export const SCREENSHOT_DIR = join(
  ROOT,
  process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : 'out',
  'screenshots',
);

/** Saves a PNG of `target` as `<SCREENSHOT_DIR>/<name>.png` and returns its path. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // No hover state from the last click, and frozen animations (the busy spinner): the picture does not
  // depend on timing or on where the test last clicked.
  const page = 'mouse' in target ? target : target.page();
  await page.mouse.move(0, 0);
  await target.screenshot({ path, animations: 'disabled' });
  return path;
}
