/**
 * The built Excel task pane end to end: dist/excel/taskpane.html in headless Chromium with the real
 * office.js (from @microsoft/office-js) and an in-page Excel fake as the workbook. The user's path goes
 * through the pane's real buttons: New contract, Check contract (with workbook text that is HTML), Generate
 * invoice, French. Each step is checked in the fake workbook, and the number of Excel round trips each action
 * costs is held constant. Screenshots of the pane: excel-taskpane-*.png (see test/e2e/harness/screenshots.ts).
 */
import type { Browser } from 'playwright-core';
import { newContractPlans } from '../../../core/app/newContractPlans';
import { excelHostTexts } from '../../../core/i18n/excelHost';
import { OLD_WEBVIEW_TEXTS } from '../../../core/i18n/oldWebview';
import { planToGrid } from '../../../core/layout/planToGrid';
import type { SheetPlan } from '../../../core/layout/sheetPlan';
import { PAINT_SYNCS } from '../../../excel-addin/painter';
import { launchChromium, saveScreenshot } from '../../e2e/harness';
import { cellName } from '../../fakes/excel/a1';
import type { RunRecord } from '../../fakes/excel/officeJs';
import type { CellValue } from '../../fakes/excel/workbook';
import { openExcelPane, press, status, type ExcelPane } from './excelPane';
import { FRENCH_BUTTONS } from '../../../taskpane/testing/frenchPane';

const XSS = '<img src=x onerror=alert(1)>';
const TEMPLATE = 'bpo-customer-service';

/** `Excel.run`s of one action, as (syncs, round trips) pairs: what a test can hold constant. */
const trips = (runs: readonly RunRecord[]): [number, number][] => runs.map((r) => [r.syncs, r.roundTrips]);
/**
 * Reading the contract: the sheets and the active one, then their tags (2 syncs), then the Contract and
 * Actuals sheets in one run of 2 syncs, as any number of sheets.
 */
const READ_WORKBOOK: [number, number][] = [
  [2, 2],
  [2, 2],
];
/**
 * Listing the sheets for every list of the pane (contracts, sheets to pick, invoices to correct): the
 * sheets, then their tags with the top-left cells of every sheet (which tell _Correct an invoice_ an
 * untagged invoice, copied from another workbook, by its printed fingerprint): one run of 2 syncs, with
 * Sheet1 untagged as without.
 */
const LIST_SHEETS: [number, number][] = [[2, 2]];
/** A new contract: its two sheets painted, then tagged in one more sync. */
const NEW_CONTRACT: [number, number] = [PAINT_SYNCS + 1, PAINT_SYNCS + 1];
/** An invoice: its sheet painted, then tagged as the add-in's invoice (for _Correct an invoice_) in one more sync. */
const INVOICE: [number, number] = [PAINT_SYNCS + 1, PAINT_SYNCS + 1];

/** The index of the last item that passes `test`, or -1 (Array#findLastIndex is ES2023). */
function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i])) return i;
  return -1;
}

/** A grid without its trailing empty rows and columns, `null` cells as the `''` Excel reads. */
function trimmed(grid: readonly (readonly (CellValue | null)[])[]): CellValue[][] {
  const rows = grid.map((row) => row.map((value) => value ?? ''));
  while (rows.length > 0 && rows[rows.length - 1].every((value) => value === '')) rows.pop();
  const width = Math.max(0, ...rows.map((row) => lastIndexWhere(row, (value) => value !== '') + 1));
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** The A1 address of the cell in the row whose column A is `rowLabel`, under the header `column`. */
function cellOf(grid: readonly (readonly CellValue[])[], rowLabel: string, column: string): string {
  const row = grid.findIndex((cells) => cells[0] === rowLabel);
  const header = lastIndexWhere(grid.slice(0, Math.max(row, 0)), (cells) => cells.includes(column));
  expect(row).toBeGreaterThan(header);
  expect(header).toBeGreaterThanOrEqual(0);
  return cellName(row, grid[header].indexOf(column));
}

/**
 * Steps of one user's path on one workbook, run in order: each continues the one before it (the contract a
 * step checks is the one an earlier step created). A step run alone (`jest -t`) or after a failed one would
 * meet a workbook it does not expect and fail with a message that looks like the add-in's ("no contract
 * sheet"); it fails instead naming the steps it needs.
 */
function journey(): (name: string, body: () => Promise<void>) => void {
  let declared = 0;
  let passed = 0;
  return (name, body) => {
    const index = declared++;
    test(name, async () => {
      if (passed !== index)
        throw new Error(`"${name}" continues the steps before it, which did not all pass: run them all`);
      await body();
      passed += 1;
    });
  };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built Excel task pane on a fake Excel', () => {
  let pane: ExcelPane;
  const plans = newContractPlans(TEMPLATE, 'en') as SheetPlan[];
  let kpiName = '';
  let target = '';
  const step = journey();

  beforeAll(async () => {
    pane = await openExcelPane(browser, { displayLanguage: 'en-US', excelApi: '1.12' });
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  step('loads office.js from the package and opens in English without touching the workbook', async () => {
    const { page, officeFiles, served } = pane;
    expect(officeFiles[0]).toBe('/office.js');
    expect(served.requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/taskpane.html',
      '/taskpane.css',
      '/functions.js',
      '/taskpane.js',
    ]);
    await expect(page.locator('.of-pane').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByLabel('Template').locator('option').allTextContents()).resolves.toContain(
      'BPO customer service',
    );
    await expect(pane.excel.sheetNames()).resolves.toEqual(['Sheet1']);
    // Listing templates and learning the language touch no workbook; listing its sheets, once for every
    // list of the pane, only reads it.
    const runs = await pane.excel.takeRuns();
    expect(trips(runs)).toEqual(LIST_SHEETS);
    expect(runs.map((run) => run.wrote)).toEqual([[]]);
  });

  step(
    'New contract paints Contract and Actuals as the core plans them, in one run of PAINT_SYNCS syncs',
    async () => {
      const { page, excel } = pane;
      await page.getByLabel('Template').selectOption({ label: 'BPO customer service' });
      await press(page, 'Create contract');
      await expect(status(page)).resolves.toEqual({
        kind: 'success',
        text: 'Contract created: Contract, Actuals.',
        detail:
          'Created the sheets "Contract" and "Actuals". Adjust the contract, enter the actuals, then check the contract.',
      });

      await expect(excel.sheetNames()).resolves.toEqual(['Sheet1', 'Contract', 'Actuals']);
      await expect(excel.activeSheet()).resolves.toBe('Contract');
      for (const plan of plans) {
        await expect(excel.grid(plan.name)).resolves.toEqual(trimmed(planToGrid(plan)));
        const sheet = await excel.snapshot(plan.name);
        expect(sheet.tables.map((t) => t.name)).toEqual((plan.tables ?? []).map((t) => t.name));
        expect(sheet.validations).toHaveLength((plan.validations ?? []).length);
        expect(sheet.freeze).toEqual(
          plan.frozenRows || plan.frozenColumns
            ? { rows: plan.frozenRows ?? 0, columns: plan.frozenColumns ?? 0 }
            : null,
        );
        // Every number format of the plan reached its cell: the list of those that did not is empty.
        const missed = plan.blocks.flatMap((block) =>
          (block.numberFormats ?? []).flatMap((row, r) =>
            row.flatMap((format, c) => {
              const address = cellName(block.row + r, block.col + c);
              return format === null || sheet.cells[address]?.numberFormat === format ? [] : [address];
            }),
          ),
        );
        expect(missed).toEqual([]);
      }
      const contract = await excel.grid('Contract');
      kpiName = cellOf(contract, 'FCR', 'Name');
      target = cellOf(contract, 'FCR', 'Target');
      await expect(excel.snapshot('Contract')).resolves.toMatchObject({
        cells: { [kpiName]: { value: 'FCR', numberFormat: '@' }, [target]: { value: 0.75 } },
      });

      const runs = await excel.takeRuns();
      expect(trips(runs)).toEqual([NEW_CONTRACT, ...LIST_SHEETS]);
      expect(runs[0].wrote).toEqual(['Contract', 'Actuals']);
      await saveScreenshot(page.locator('#taskpane-root'), 'excel-taskpane-new-contract');
    },
  );

  step('Check contract lists a problem as a button that selects its cell in Excel', async () => {
    const { page, excel } = pane;
    await pane.excel.takeRuns(); // Only this step's runs count below.
    await excel.typeInto('Contract', kpiName, XSS);
    await excel.typeInto('Contract', target, 'n/a');
    await press(page, 'Check contract');
    await expect(status(page)).resolves.toMatchObject({
      kind: 'warning',
      text: '1 problem found in the contract.',
    });
    const issues = page.locator('.of-issues button');
    await expect(issues.count()).resolves.toBe(1);
    await issues.first().click();
    await page.waitForFunction(() =>
      (window as unknown as { excelFake: { selection(): unknown } }).excelFake.selection(),
    );
    await expect(excel.selection()).resolves.toEqual({ sheet: 'Contract', address: target });
    await expect(excel.activeSheet()).resolves.toBe('Contract');
    expect(trips(await excel.takeRuns())).toEqual([...READ_WORKBOOK, [1, 1]]);
    // The location is shown once, then the problem.
    await expect(issues.first().textContent()).resolves.toBe(
      `Contract!${target} (Target): expected a number, got "n/a"`,
    );
  });

  step(`a KPI named ${XSS} shows as text and runs nothing`, async () => {
    const { page, excel, watch, served } = pane;
    await pane.excel.takeRuns(); // Only this step's runs count below.
    await excel.typeInto('Contract', target, '0.75');
    await press(page, 'Check contract');
    await expect(status(page)).resolves.toMatchObject({
      kind: 'warning',
      text: '1 problem found in the contract.',
    });
    // The Actuals still name the KPI "FCR": the problem quotes the contract's KPIs, the payload among them.
    const issue = page.locator('.of-issues button').first();
    const text = await issue.textContent();
    expect(text).toContain(
      `unknown KPI "FCR" (the contract's KPIs: ${XSS}, Average response time, CSAT, Average response time Black Friday)`,
    );
    await expect(page.getByRole('button', { name: XSS }).count()).resolves.toBe(1);
    await issue.click();
    await page.waitForFunction(
      () =>
        (window as unknown as { excelFake: { selection(): { sheet: string } } }).excelFake.selection()
          ?.sheet === 'Actuals',
    );
    await expect(excel.selection()).resolves.toEqual({ sheet: 'Actuals', address: 'B3' });
    await expect(excel.activeSheet()).resolves.toBe('Actuals');

    // Give an injected image time to load, fail and fire its handler, then look for any trace of it.
    await page.waitForTimeout(300);
    await expect(page.locator('img').count()).resolves.toBe(0);
    // office.js turns window.alert into a function that throws: a payload that ran is a page error.
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(served.requests.map((r) => new URL(r.url).pathname)).not.toContain('/x');
    await saveScreenshot(page.locator('#taskpane-root'), 'excel-taskpane-check');
    expect(trips(await excel.takeRuns())).toEqual([...READ_WORKBOOK, [1, 1]]);
    // The location once, then the problem.
    expect(text).toBe(
      `Actuals!B3 (Name): unknown KPI "FCR" (the contract's KPIs: ${XSS}, Average response time, CSAT, Average response time Black Friday)`,
    );
  });

  step('with the Actuals renamed too, the contract is valid and offers its periods', async () => {
    const { page, excel } = pane;
    await pane.excel.takeRuns(); // Only this step's runs count below.
    await excel.typeInto('Actuals', 'B3', XSS);
    await press(page, 'Check contract');
    await expect(status(page)).resolves.toMatchObject({ kind: 'success', text: 'The contract is valid.' });
    await expect(page.locator('.of-issues button').count()).resolves.toBe(0);
    await expect(page.getByLabel('Period').locator('option').allTextContents()).resolves.toEqual([
      'September 2026',
      'October 2026',
      'November 2026',
      'December 2026',
    ]);
    expect(trips(await excel.takeRuns())).toEqual(READ_WORKBOOK);
  });

  step(
    'Generate invoice builds "Invoice 2026-10" with SUM formulas totalling 136,788 and leaves the contract as it was',
    async () => {
      const { page, excel } = pane;
      await pane.excel.takeRuns(); // Only this step's runs count below.
      const before = [await excel.snapshot('Contract'), await excel.snapshot('Actuals')];
      await page.getByLabel('Period').selectOption('2026-10');
      await press(page, 'Generate invoice');
      await expect(status(page)).resolves.toEqual({
        kind: 'success',
        text: 'Invoice created on sheet "Invoice 2026-10": 5 lines, total €136,788.00.',
        // Every result names the sheets it read.
        detail:
          'Invoice bpo-customer-service-2026-10: €113,990.00 excluding VAT, VAT €22,798.00. Read "Contract" and "Actuals".',
      });
      await expect(excel.sheetNames()).resolves.toEqual(['Sheet1', 'Contract', 'Actuals', 'Invoice 2026-10']);
      await expect(excel.activeSheet()).resolves.toBe('Invoice 2026-10');

      const { cells, pageLayout } = await excel.snapshot('Invoice 2026-10');
      // The invoice prints portrait on A4 (a euro contract), one page
      // wide, its header rows on every page.
      expect(pageLayout).toEqual({
        orientation: 'Portrait',
        paperSize: 'A4',
        printTitleRows: 'A1:XFD8',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
      expect(cells.F15).toMatchObject({ formula: '=SUM(F9:F13)', value: 113990 });
      // VAT is a ROUND over the subtotal, calculated by Excel (here the fake) as the core computed it.
      expect(cells.F16).toMatchObject({ formula: '=ROUND(ROUND(F15*100,0)/5,0)/100', value: 22798 });
      expect(cells.F17).toMatchObject({ formula: '=SUM(F15:F16)', value: 136788 });
      // The renamed KPI is a line of the invoice, as text in a text cell.
      const kpiLine = Object.values(cells).filter((cell) => cell.value === XSS);
      expect(kpiLine.length).toBeGreaterThan(0);
      expect(kpiLine.every((cell) => cell.numberFormat === '@' && cell.formula === null)).toBe(true);

      await expect(excel.snapshot('Contract')).resolves.toEqual(before[0]);
      await expect(excel.snapshot('Actuals')).resolves.toEqual(before[1]);
      const runs = await excel.takeRuns();
      // The lists are read again after the sheet the pane painted.
      expect(trips(runs)).toEqual([...READ_WORKBOOK, INVOICE, ...LIST_SHEETS]);
      expect(runs.flatMap((run) => run.wrote)).toEqual(['Invoice 2026-10']);
      await saveScreenshot(page.locator('#taskpane-root'), 'excel-taskpane-invoice');
    },
  );

  step('another invoice, longer, costs the same syncs; the same period again gets a new sheet', async () => {
    const { page, excel } = pane;
    await pane.excel.takeRuns(); // Only this step's runs count below.
    await page.getByLabel('Period').selectOption('2026-11');
    await press(page, 'Generate invoice');
    await expect(status(page)).resolves.toMatchObject({
      text: 'Invoice created on sheet "Invoice 2026-11": 7 lines, total €141,348.00.',
    });
    const november = await excel.snapshot('Invoice 2026-11');
    // Seven lines (the Black Friday clause is active in November): rows 9 to 15.
    expect(november.cells.F17).toMatchObject({ formula: '=SUM(F9:F15)' });
    expect(november.cells.F19).toMatchObject({ formula: '=SUM(F17:F18)', value: 141348 });
    const longer = await excel.takeRuns();

    await page.getByLabel('Period').selectOption('2026-10');
    await press(page, 'Generate invoice');
    await expect(status(page)).resolves.toMatchObject({
      text: 'Invoice created on sheet "Invoice 2026-10 (2)": 5 lines, total €136,788.00.',
    });
    const again = await excel.takeRuns();
    expect(trips(longer)).toEqual([...READ_WORKBOOK, INVOICE, ...LIST_SHEETS]);
    expect(trips(again)).toEqual(trips(longer));
    // Each block is one bulk write: a longer invoice is not more calls, but for the heights of rows whose
    // wrapped text needs one, one write per run of consecutive rows of one height (November's Black Friday
    // line and its KPI's evidence row split October's runs), carried by the same syncs.
    const paint = READ_WORKBOOK.length;
    const heightWrites = async (name: string) =>
      (await excel.snapshot(name)).formats.filter((f) => f.property === 'rowHeight').length;
    const moreHeights = (await heightWrites('Invoice 2026-11')) - (await heightWrites('Invoice 2026-10 (2)'));
    expect(moreHeights).toBeGreaterThan(0);
    expect(longer[paint].calls).toBe(again[paint].calls + moreHeights);
  });

  step('the same payload parsed as HTML does run: the checks above would have seen it', async () => {
    const { page, watch, served } = pane;
    // office.js replaces window.alert with a function that throws, so a payload that runs shows up as a
    // page error rather than a dialog; its image request shows up too.
    await Promise.all([
      page.waitForEvent('pageerror'),
      page.evaluate(`document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(XSS)})`),
    ]);
    expect(watch.pageErrors).toEqual(['Function window.alert is not supported.']);
    expect(served.requests.map((r) => new URL(r.url).pathname)).toContain('/x');
  });
});

test('switching to French relabels the pane and checks an English contract in French', async () => {
  // Its own workbook: the contract it checks is the one it creates, whatever ran before it.
  const pane = await openExcelPane(browser, { displayLanguage: 'en-US', excelApi: '1.12' });
  try {
    const { page, excel, watch } = pane;
    await page.getByLabel('Template').selectOption({ label: 'BPO customer service' });
    await press(page, 'Create contract');
    const target = cellOf(await excel.grid('Contract'), 'FCR', 'Target');
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Nouveau contrat' }).waitFor();
    await expect(page.getByRole('button').allTextContents()).resolves.toEqual(FRENCH_BUTTONS);
    await press(page, 'Vérifier le contrat');
    await expect(status(page)).resolves.toMatchObject({ kind: 'success', text: 'Le contrat est valide.' });
    await excel.typeInto('Contract', target, 'n/a');
    await press(page, 'Vérifier le contrat');
    // The column is named as the (English) sheet names it; the problem is in the pane's language.
    const issue = await page.locator('.of-issues button').first().textContent();
    // French typography: a no-break space before the colon and inside the quotes.
    expect(issue).toBe(`Contract!${target} (Target)\u00a0: nombre attendu, reçu «\u00a0n/a\u00a0»`);
    await saveScreenshot(page.locator('#taskpane-root'), 'excel-taskpane-fr');
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  } finally {
    await pane.context.close();
  }
});

test('in an engine too old for the bundles (Internet Explorer 11), says so in the pane, in French for a French Office', async () => {
  const pane = await openExcelPane(browser, { displayLanguage: 'fr-CA', excelApi: '1.12' }, { old: true });
  try {
    const { page, watch } = pane;
    // The built page's own guard, minified as it ships, writes the message; the bundles did not parse.
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(OLD_WEBVIEW_TEXTS.fr);
    await expect(page.locator('#taskpane-root').getAttribute('data-old-webview')).resolves.toBe('true');
    expect(watch.pageErrors.length).toBeGreaterThanOrEqual(2);
    expect(watch.pageErrors.every((error) => /Unexpected token|SyntaxError/i.test(error))).toBe(true);
  } finally {
    await pane.context.close();
  }
});

test('opened in Word by a wrong manifest, says in the pane that it is an Excel add-in, in French for a French Office', async () => {
  const pane = await openExcelPane(browser, { displayLanguage: 'fr-FR', excelApi: '1.12', host: 'Word' });
  try {
    const { page, watch } = pane;
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(excelHostTexts('fr').wrongHost('Word'));
    await expect(page.locator('#taskpane-root form').count()).resolves.toBe(0);
    expect(watch.pageErrors).toEqual([]);
  } finally {
    await pane.context.close();
  }
});

test("opens in French when Office's display language is French, and creates Contrat and Réalisé", async () => {
  const pane = await openExcelPane(browser, { displayLanguage: 'fr-FR', excelApi: '1.12' });
  try {
    const { page, excel } = pane;
    await expect(page.locator('.of-pane').getAttribute('lang')).resolves.toBe('fr');
    await page.getByLabel('Modèle').selectOption({ label: 'Service client externalisé (BPO)' });
    await press(page, 'Créer le contrat');
    await expect(status(page)).resolves.toMatchObject({
      kind: 'success',
      text: 'Contrat créé\u00a0: Contrat, Réalisé.',
    });
    await expect(excel.sheetNames()).resolves.toEqual(['Sheet1', 'Contrat', 'Réalisé']);
    expect(pane.watch.pageErrors).toEqual([]);
  } finally {
    await pane.context.close();
  }
});
