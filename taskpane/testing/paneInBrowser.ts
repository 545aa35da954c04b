/**
 * The task pane in headless Chromium, for the pane's browser tests: the shipped `taskpane.html` and
 * `taskpane.css`, the UI bundled from source with the scripted bridge (browserEntry.ts, global
 * `OutcomeFeesTest`), mounted on a scenario. `paneInBrowser()` bundles and launches Chromium once per
 * test file; every page it opens is closed after its test.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  bundleForBrowser,
  launchChromium,
  serveFiles,
  watchPage,
  type PageWatch,
  type ServeLog,
  type ServedFile,
} from '../../test/e2e/harness';
import { taskpanePage } from '../page';
import type { FakeScenario } from './fakeBridge';

/** Excel's documented task pane size. */
export const EXCEL_PANE = { width: 350, height: 378 } as const;

/** Markup that runs script if the pane ever parses workbook text as HTML. */
export const XSS = '<img src=x onerror=alert(1)>';

const ORIGIN = 'https://taskpane.test';

export interface OpenOptions {
  /** Default: Excel's pane, 350 × 378. */
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: 'light' | 'dark';
  /**
   * `files` (default): `taskpane.html` with its stylesheet and the bundle as separate files, the Excel
   * form; `inline`: one self-contained page that mounts itself, the Sheets sidebar form.
   */
  readonly mode?: 'files' | 'inline';
  /** Script run in the page before the pane mounts: a host's globals (a fake `Office`), its look. */
  readonly beforeMount?: string;
}

/** A pane open in its own browser context, ready (host language asked, templates listed). */
export interface OpenPane {
  readonly page: Page;
  readonly watch: PageWatch;
  readonly served: ServeLog;
  /** The bridge calls so far, as `[method, ...args]`; only those of `method` when it is given. */
  calls(method?: string): Promise<unknown[][]>;
  close(): Promise<void>;
}

export interface PaneBrowser {
  open(scenario: FakeScenario, options?: OpenOptions): Promise<OpenPane>;
}

/** Registers the file's `beforeAll`/`afterEach`/`afterAll`; call it at the top of a test file. */
export function paneInBrowser(): PaneBrowser {
  let browser: Browser | undefined;
  let bundle = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    bundle = bundleForBrowser(join(__dirname, 'browserEntry.ts'), { globalName: 'OutcomeFeesTest' });
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (scenario: FakeScenario, options: OpenOptions = {}): Promise<OpenPane> => {
    const { viewport = EXCEL_PANE, colorScheme = 'light', mode = 'files', beforeMount = '' } = options;
    if (!browser) throw new Error('paneInBrowser() must be called at the top of the test file');
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 2 });
    contexts.push(context);
    const page = await context.newPage();
    const watch = watchPage(page);
    const mount = `${beforeMount}
      window.fake = OutcomeFeesTest.createFakeBridge(${JSON.stringify(scenario)});
      window.pane = OutcomeFeesTest.mountTaskpane(document.getElementById('taskpane-root'), window.fake);`;
    const files: Record<string, ServedFile> =
      mode === 'inline'
        ? {
            '/sidebar.html': { body: taskpanePage({ inlineCss: true, inlineScript: `${bundle}\n${mount}` }) },
          }
        : {
            '/taskpane.html': { body: taskpanePage() },
            '/taskpane.css': { body: readFileSync(join(__dirname, '../taskpane.css')) },
            '/taskpane.test.js': { body: bundle },
          };
    const served = await serveFiles(page, { origin: ORIGIN, files });
    await page.goto(`${ORIGIN}/${mode === 'inline' ? 'sidebar' : 'taskpane'}.html`);
    if (mode === 'files') {
      await page.addScriptTag({ url: '/taskpane.test.js' });
      await page.addScriptTag({ content: mount });
    }
    await page.evaluate(() => (window as unknown as { pane: { ready: Promise<void> } }).pane.ready);
    const calls = (method?: string): Promise<unknown[][]> =>
      page.evaluate((name) => {
        const all = (window as unknown as { fake: { calls: unknown[][] } }).fake.calls;
        return name === null ? all : all.filter((call) => call[0] === name);
      }, method ?? null);
    return { page, watch, served, calls, close: () => context.close() };
  };
  return { open };
}

/**
 * Text as the tests compare it: French typography's no-break and narrow no-break spaces (before `:`,
 * inside « », in amounts) read as plain spaces, so a test says what the user reads whichever space the
 * text tables put there.
 */
export function plain(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

/** The locator's text is `expected`, spaces compared `plain`. */
export async function expectText(locator: Locator, expected: string): Promise<void> {
  expect(plain(await locator.textContent())).toBe(plain(expected));
}

/** The texts of every node the locator matches are `expected`, spaces compared `plain`. */
export async function expectTexts(locator: Locator, expected: readonly string[]): Promise<void> {
  expect((await locator.allTextContents()).map(plain)).toEqual(expected.map(plain));
}

/** The text of the pane's status. */
export const statusText = (page: Page): Locator => page.locator('.of-status-text');

/** Waits until the status shows an outcome of `kind` (`busy`, `success`, `warning`, `error`). */
export async function waitForKind(page: Page, kind: string): Promise<void> {
  await page.locator(`.of-status[data-kind="${kind}"]`).waitFor({ state: 'attached' });
}

/** Picks an option of a list, which the pane fills when the list gets focus. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  const list = page.getByLabel(label, { exact: true });
  await list.focus();
  await list.selectOption(option);
}

/** Clicks the button named `name` and waits until the pane is no longer busy. */
export async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.locator('.of-status:not([data-kind="busy"])').waitFor({ state: 'attached' });
}

/**
 * Where the outcome is after pressing the button named `button`: wholly inside the viewport, holding the
 * keyboard focus, right after the part of the pane the button is in.
 */
export function outcomePlace(
  page: Page,
  button: string,
): Promise<{ visible: boolean; focused: boolean; beside: boolean }> {
  return page.evaluate((name) => {
    const status = document.querySelector('.of-status')!;
    const box = status.getBoundingClientRect();
    const pressed = Array.from(document.querySelectorAll('button')).filter(
      (candidate) => candidate.textContent?.trim() === name,
    );
    return {
      visible: box.top >= 0 && box.bottom <= window.innerHeight,
      focused: document.activeElement === status,
      beside: pressed.length === 1 && (status.previousElementSibling?.contains(pressed[0]!) ?? false),
    };
  }, button);
}

/** The outcome of pressing `button` is visible, focused and beside it (see `outcomePlace`). */
export async function expectOutcomeBeside(page: Page, button: string): Promise<void> {
  await expect(outcomePlace(page, button)).resolves.toEqual({ visible: true, focused: true, beside: true });
}
