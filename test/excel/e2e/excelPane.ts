/**
 * Opens the built dist/excel/taskpane.html in Chromium as Excel on the web would: the page's own files from
 * its origin, the real office.js from @microsoft/office-js where the page asks Microsoft's CDN for it, and
 * the in-page Excel fake (fakeOffice.ts) installed before any script of the page runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  bundleForBrowser,
  fileUnder,
  serveFiles,
  watchPage,
  type PageWatch,
  type ServedFile,
  type ServeLog,
} from '../../e2e/harness';
import { DIST_EXCEL, REPO_ROOT, builtFile } from '../builtExcel';
import type { RunRecord } from '../../fakes/excel/officeJs';
import type { ExcelFakeControl, FakeOfficeOptions } from '../../fakes/excel/browser';
import type { CellValue, SheetSnapshot } from '../../fakes/excel/workbook';

/** Where the add-in is served in development, as in manifest.xml. */
export const ORIGIN = 'https://localhost:3000';
/** The day the pane believes it is: its month field then offers October 2026, DOMAIN.md's example. */
export const TODAY = '2026-11-15T12:00:00';
const OFFICE_HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = join(REPO_ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/** The fake workbook, read and edited from the test (each call is one round trip to the page). */
export interface FakeExcelHandle {
  sheetNames(): Promise<string[]>;
  activeSheet(): Promise<string | null>;
  selection(): Promise<{ sheet: string; address: string } | null>;
  grid(sheet: string): Promise<CellValue[][]>;
  snapshot(sheet: string): Promise<SheetSnapshot>;
  typeInto(sheet: string, address: string, text: string): Promise<void>;
  takeRuns(): Promise<RunRecord[]>;
}

/** An open pane. */
export interface ExcelPane {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly watch: PageWatch;
  /** Requests to the add-in's origin (office.js's are in `officeFiles`). */
  readonly served: ServeLog;
  /** Files of @microsoft/office-js the page loaded, relative to its dist folder. */
  readonly officeFiles: string[];
  readonly excel: FakeExcelHandle;
}

let fakeBundle: string | undefined;

function handle(page: Page): FakeExcelHandle {
  const call = <K extends keyof ExcelFakeControl>(
    method: K,
    ...args: Parameters<ExcelFakeControl[K]>
  ): Promise<ReturnType<ExcelFakeControl[K]>> =>
    page.evaluate(
      ([name, values]) => {
        const fake = (window as unknown as { excelFake: Record<string, (...a: unknown[]) => unknown> })
          .excelFake;
        return fake[name](...values);
      },
      [method, args] as [string, unknown[]],
    ) as Promise<ReturnType<ExcelFakeControl[K]>>;
  return {
    sheetNames: () => call('sheetNames'),
    activeSheet: () => call('activeSheet'),
    selection: () => call('selection'),
    grid: (sheet) => call('grid', sheet),
    snapshot: (sheet) => call('snapshot', sheet),
    typeInto: (sheet, address, text) => call('typeInto', sheet, address, text),
    takeRuns: () => call('takeRuns'),
  };
}

/** How the page's browser engine differs from today's Chromium. */
export interface EngineOptions {
  /**
   * An engine too old for the bundles, as Internet Explorer 11 is: they fail to parse, and the built-ins
   * the guard probes are missing. The pane then never mounts: this does not wait for its templates.
   */
  readonly old?: boolean;
}

/** A script no engine parses: what the ES2020 bundles are to Internet Explorer 11. */
const UNPARSABLE: ServedFile = { body: 'let = ;', contentType: 'text/javascript' };

/** Opens the pane at Excel's task pane width and waits until it has listed its templates. */
export async function openExcelPane(
  browser: Browser,
  options: FakeOfficeOptions,
  engine: EngineOptions = {},
): Promise<ExcelPane> {
  builtFile('taskpane.html');
  fakeBundle ??= bundleForBrowser(join(__dirname, '..', '..', 'fakes', 'excel', 'browser.ts'), {
    globalName: 'ExcelFake',
  });
  const context = await browser.newContext({
    viewport: { width: 320, height: 900 },
    deviceScaleFactor: 2,
    locale: options.displayLanguage,
  });
  const page = await context.newPage();
  // The month field defaults to the month before today: a fixed today keeps the screenshots the same.
  await page.clock.setFixedTime(new Date(TODAY));
  const watch = watchPage(page);
  const served = await serveFiles(page, {
    origin: ORIGIN,
    root: DIST_EXCEL,
    files: engine.old ? { '/functions.js': UNPARSABLE, '/taskpane.js': UNPARSABLE } : {},
  });
  const officeFiles: string[] = [];
  // Registered after serveFiles, so it wins for the CDN's URLs: office.js and the scripts it loads next.
  await page.route(`${OFFICE_HOSTED}**`, async (route) => {
    const path = route
      .request()
      .url()
      .slice(OFFICE_HOSTED.length - 1)
      .split('?')[0];
    const file = fileUnder(OFFICE_DIST, path);
    if (file === undefined || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    officeFiles.push(path);
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
  });
  await page.addInitScript({ content: `${fakeBundle}\nExcelFake.install(${JSON.stringify(options)});` });
  if (engine.old) await page.addInitScript({ content: 'delete Array.prototype.at;' });
  await page.goto(`${ORIGIN}/taskpane.html`);
  // An old engine, or another Office application, shows a message in the pane's place: nothing to wait for.
  if (engine.old || (options.host ?? 'Excel') !== 'Excel')
    return { context, page, watch, served, officeFiles, excel: handle(page) };
  await page.locator('.of-pane[aria-busy="false"] select option').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelectorAll('.of-pane select option').length > 1);
  return { context, page, watch, served, officeFiles, excel: handle(page) };
}

/** Clicks the button named `name` and waits until the pane is no longer busy. */
export async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  // The pane sets aria-busy in the click handler, before any await: this waits for the action's end.
  await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
}

/** The pane's status line and its detail. */
export async function status(page: Page): Promise<{ kind: string | null; text: string; detail: string }> {
  return {
    kind: await page.locator('.of-status').getAttribute('data-kind'),
    text: (await page.locator('.of-status-text').textContent()) ?? '',
    detail: (await page.locator('.of-status-detail').textContent()) ?? '',
  };
}
