/** Headless Chromium for browser tests: Debian's `/usr/bin/chromium` driven by `playwright-core`. */
import { existsSync } from 'fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, offline, sandbox-less run (CI runs as root, where Chromium's sandbox cannot start).
 * Background networking, updates and sync are off so a test never talks to anything but its own routes.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium. Playwright's `launch` gives every browser a fresh temporary profile
 * (`--user-data-dir` in the OS temp dir, removed on `close()`), so no state leaks between runs.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
