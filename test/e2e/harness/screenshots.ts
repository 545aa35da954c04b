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
  // Animations (the busy spinner) are frozen so a picture does not depend on timing.
  await target.screenshot({ path, animations: 'disabled' });
  return path;
}
