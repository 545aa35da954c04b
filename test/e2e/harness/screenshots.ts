/** Screenshots that the README shows: written to `docs/screenshots/` at the repository root. */
import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Locator, Page } from 'playwright-core';

/** Where screenshots go. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../../docs/screenshots');

/** Saves a PNG of `target` as `docs/screenshots/<name>.png` and returns its path. */
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
