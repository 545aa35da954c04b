/**
 * The pane's Performance review, Reconcile (the selected range, the Mapping sheet, a tolerance) and Correct an
 * invoice in headless Chromium at Excel's documented pane size, 350 × 378, in English and French. The
 * bridge answers what the core's actions answered, in this process, over an in-memory workbook holding
 * the BPO template: the pane shows real outcomes, and each outcome is inside the visible pane after its
 * action. Screenshots: docs/screenshots/control-*.png (UPDATE_SCREENSHOTS=1).
 */
import { now } from '../../test/support/syncActions';
import type { Page } from 'playwright-core';
import { workbookActions } from '../../core/app/actions';
import type { Lang } from '../../core/app/bridge';
import { controlActions } from '../../core/app/controlActions';
import { sectionTexts } from '../../core/i18n/sections';
import { saveScreenshot } from '../../test/e2e/harness';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { supplierInvoiceGrid } from '../../test/support/supplierInvoiceGrid';
import type { FakeScenario } from '../testing/fakeBridge';
import {
  expectOutcomeBeside,
  expectText,
  paneInBrowser,
  statusText,
  waitForKind,
} from '../testing/paneInBrowser';

const SUPPLIER = 'Supplier =HYPERLINK("x")';

/**
 * The workbook a buyer has in `lang`: the BPO contract, October's invoice issued, then CSAT restated; the
 * supplier's e-mail pasted on a sheet (its invoice at B4, FCR billed 0.01 over and named its own way), and
 * a Mapping sheet. What the core's actions answer on it is what the fake bridge answers.
 */
function scenarioFor(
  lang: Lang,
  {
    fcrOver = 0.01,
    hiddenRows = [],
    restateCsat = true,
  }: { fcrOver?: number; hiddenRows?: number[]; restateCsat?: boolean } = {},
): FakeScenario & { readonly reconcileRange: string } {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', lang));
  const check = now(actions.checkContract(lang));
  const invoice = now(actions.generateInvoice('2026-10', lang));
  const lines = now(supplierInvoiceGrid(book, '2026-10', { FCR: fcrOver })).map((row) =>
    row[0] === 'FCR' ? ['First contact resolution', row[1]!] : row,
  );
  book.addSheet(SUPPLIER, [
    ['From: billing@contactplus.example'],
    [],
    [],
    ...lines.map((row) => ['', ...row]),
  ]);
  // Rows (0-based) the supplier hid, as Excel's read names them.
  book.hiddenRows.set(SUPPLIER, new Set(hiddenRows));
  book.addSheet('Mapping', [
    ['Supplier line', 'Contract line'],
    ['First contact resolution', 'FCR'],
  ]);
  const actuals = book.sheetMap.get(check.actualsSheet)!;
  if (restateCsat) actuals.find((row) => row[1] === 'CSAT')![actuals[0]!.indexOf('2026-10')] = 0.89;
  const control = controlActions(book, () => '2026-11-20');
  // The user selects the supplier's invoice: the pane takes the address the workbook gives, its sheet named.
  book.select(SUPPLIER, `B4:C${3 + lines.length}`);
  const range = book.selectedRange();
  return {
    selection: range,
    hostLanguage: lang,
    templates: { en: [], fr: [] },
    newContract: { sheets: [check.contractSheet, check.actualsSheet], message: '' },
    check,
    invoice,
    sheets: now(control.listSheets()),
    invoices: now(actions.workbookLists()).invoices,
    review: now(control.reviewPerformance('2026-09', '2026-12', lang)),
    reconcile: now(
      control.reconcileInvoice(SUPPLIER, '2026-10', lang, undefined, {
        range,
        mapping: 'Mapping',
        tolerance: '0.00',
      }),
    ),
    correction: now(control.correctInvoice(invoice.sheet, lang)),
    reconcileRange: range,
  };
}

const browser = paneInBrowser();

/** Presses `button`; its outcome says `text`, inside the visible pane, focused, beside the button. */
async function expectOutcome(page: Page, button: string, kind: string, text: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await waitForKind(page, kind);
  await expectText(statusText(page), text);
  await expectOutcomeBeside(page, button);
}

const LABELS = {
  en: {
    check: 'Check contract',
    review: 'Write the review',
    supplier: 'Supplier invoice sheet',
    range: 'Range (optional)',
    useSelection: 'Use selection',
    mapping: 'Line mapping',
    tolerance: 'Tolerance',
    noTolerance: '0.00',
    reconcile: 'Reconcile',
    invoiceSheet: 'Invoice sheet',
    correct: 'Correct the invoice',
  },
  fr: {
    check: 'Vérifier le contrat',
    review: 'Écrire la revue',
    supplier: 'Feuille de la facture fournisseur',
    range: 'Plage (facultatif)',
    useSelection: 'Utiliser la sélection',
    mapping: 'Correspondance des lignes',
    tolerance: 'Tolérance',
    noTolerance: '0,00',
    reconcile: 'Rapprocher',
    invoiceSheet: 'Feuille de la facture',
    correct: 'Corriger la facture',
  },
} as const;

describe.each(['en', 'fr'] as const)('the control sections at 350 × 378 (%s)', (lang) => {
  const scenario = scenarioFor(lang);
  const l = LABELS[lang];

  test('Performance review, Reconcile with a range, mapping and tolerance, and Correct an invoice', async () => {
    const { page, watch, calls } = await browser.open(scenario);
    // The host speaks `lang`: the pane starts in it.
    await page.getByRole('button', { name: l.check, exact: true }).click();
    await waitForKind(page, 'success');

    // Performance review over the range chosen under Invoice a range (the whole list by default).
    await expectOutcome(page, l.review, 'success', scenario.review!.message);
    expect(await calls('reviewPerformance')).toEqual([['reviewPerformance', '2026-09', '2026-12', lang]]);
    await saveScreenshot(page, `control-review-${lang}`);

    // Reconcile: the pasted range, the Mapping sheet picked for the user, a tolerance.
    await page
      .getByLabel('Period', { exact: true })
      .or(page.getByLabel('Période', { exact: true }))
      .selectOption('2026-10');
    await page.getByLabel(l.supplier).selectOption(SUPPLIER);
    await expect(page.getByLabel(l.mapping).inputValue()).resolves.toBe('Mapping');
    // Written as the pane's language writes an amount, as its error message asks for one.
    await expect(page.getByLabel(l.tolerance).inputValue()).resolves.toBe(l.noTolerance);
    const range = scenario.reconcileRange;
    await page.getByRole('button', { name: l.useSelection }).click();
    await expect(page.getByLabel(l.range).inputValue()).resolves.toBe(range);
    expect(await calls('selectedRange')).toEqual([['selectedRange']]);
    await expectOutcome(page, l.reconcile, 'warning', scenario.reconcile!.message);
    await expect(
      page.getByRole('textbox', { name: /Dispute notes|Notes de contestation/ }).inputValue(),
    ).resolves.toBe(scenario.reconcile!.notes);
    expect(await calls('reconcileInvoice')).toEqual([
      [
        'reconcileInvoice',
        SUPPLIER,
        '2026-10',
        lang,
        { range, mapping: 'Mapping', tolerance: l.noTolerance },
      ],
    ]);
    await saveScreenshot(page, `control-reconcile-${lang}`);

    // Correct an invoice: the October invoice sheet, its CSAT restated since. The list offers the invoice
    // alone, not the supplier's sheet or the Mapping sheet Reconcile's list offers.
    const invoiceSheet = scenario.invoice.sheet;
    const offered = (label: string) =>
      page
        .getByLabel(label, { exact: true })
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    await expect(offered(l.invoiceSheet)).resolves.toEqual(['', invoiceSheet]);
    await expect(offered(l.supplier)).resolves.toEqual(expect.arrayContaining([SUPPLIER, 'Mapping']));
    await page.getByLabel(l.invoiceSheet, { exact: true }).selectOption(invoiceSheet);
    await expectOutcome(page, l.correct, 'success', scenario.correction!.message);
    expect(await calls('correctInvoice')).toEqual([['correctInvoice', invoiceSheet, lang]]);
    await saveScreenshot(page, `control-correct-${lang}`);

    // Workbook text stays text: the sheet named like a formula is an option label, no markup, no error.
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(watch.pageErrors).toEqual([]);
  });
});

// Excel's read names the rows the supplier hid: every amount matching, the status still warns and names them.
test('Reconcile warns of a hidden row of the supplier even when every amount matches', async () => {
  const scenario = scenarioFor('en', { fcrOver: 0, hiddenRows: [4], restateCsat: false });
  expect(scenario.reconcile).toMatchObject({ differences: 0, hiddenRows: [`'${SUPPLIER}'!B5`] });
  const { page } = await browser.open(scenario);
  await page.getByRole('button', { name: 'Check contract', exact: true }).click();
  await waitForKind(page, 'success');
  await page.getByLabel('Period', { exact: true }).selectOption('2026-10');
  await page.getByLabel('Supplier invoice sheet').selectOption(SUPPLIER);
  await page.getByRole('button', { name: 'Use selection' }).click();
  await expectOutcome(
    page,
    'Reconcile',
    'warning',
    `Every line matches: written to "Reconciliation 2026-10". Row hidden in the supplier's file, read as billed: '${SUPPLIER}'!B5.`,
  );
});

// The tolerance left as the pane wrote it follows the language (the core reads "0.00" in English only); a
// tolerance the user typed stays as typed.
test('writes the untouched tolerance in the language the pane switches to, keeps a typed one', async () => {
  const { page } = await browser.open(scenarioFor('en'));
  const setLanguage = (lang: string) =>
    page.evaluate(
      (next) =>
        (window as unknown as { pane: { setLanguage(l: string): Promise<void> } }).pane.setLanguage(next),
      lang,
    );
  await setLanguage('fr');
  await expect(page.getByLabel('Tolérance').inputValue()).resolves.toBe('0,00');
  await setLanguage('en');
  await expect(page.getByLabel('Tolerance').inputValue()).resolves.toBe('0.00');
  await page.getByLabel('Tolerance').fill('0.01');
  await setLanguage('fr');
  await expect(page.getByLabel('Tolérance').inputValue()).resolves.toBe('0.01');
});

const WITH_VAT = 'Supplier VAT';

/**
 * The BPO workbook of `lang` with the supplier's invoice as real invoices print it, on a sheet of its own:
 * each line's date (text in digits, the first showing a day over 12, then date cells), its VAT rate (number
 * cells formatted as percentages, FCR's at 10 %) and its VAT. `september` dates CSAT in the month before.
 */
function datedVatScenario(lang: Lang, { september = false } = {}): FakeScenario & { book: MemoryWorkbook } {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', lang));
  const check = now(actions.checkContract(lang));
  const invoice = now(actions.generateInvoice('2026-10', lang));
  const [, ...lines] = now(supplierInvoiceGrid(book, '2026-10'));
  // 46326 is 2026-10-31 as a date cell; 46295, 2026-09-30.
  const date = (label: string, i: number) =>
    i === 0 ? '15/10/2026' : i === 1 ? '05/10/2026' : label === 'CSAT' && september ? 46295 : 46326;
  const rate = (label: string) => (label === 'FCR' ? 0.1 : 0.2);
  book.addSheet(WITH_VAT, [
    ['Date', 'Line', 'Amount', 'VAT rate', 'VAT'],
    ...lines.map(([label, amount], i) => [
      date(String(label), i),
      label!,
      amount!,
      rate(String(label)),
      Math.round(Number(amount) * 20) / 100,
    ]),
  ]);
  book.formats.set(WITH_VAT, [
    [],
    ...lines.map((_, i) => [i < 2 ? null : 'dd/mm/yyyy', null, '#,##0.00', '0%', '#,##0.00']),
  ]);
  const control = controlActions(book, () => '2026-11-20');
  const reconcile = () =>
    now(control.reconcileInvoice(WITH_VAT, '2026-10', lang, undefined, { tolerance: '0.00' }));
  let failure: string | undefined;
  let reconciled;
  try {
    reconciled = reconcile();
  } catch (error) {
    failure = (error as Error).message;
  }
  return {
    book,
    hostLanguage: lang,
    templates: { en: [], fr: [] },
    newContract: { sheets: [check.contractSheet, check.actualsSheet], message: '' },
    check,
    invoice,
    sheets: now(control.listSheets()),
    invoices: now(actions.workbookLists()).invoices,
    ...(reconciled ? { reconcile: reconciled } : {}),
    ...(failure ? { failures: { reconcileInvoice: failure } } : {}),
  };
}

describe.each(['en', 'fr'] as const)(
  'Reconcile a supplier invoice with VAT rate and Date columns (%s)',
  (lang) => {
    const l = LABELS[lang];
    const percent = lang === 'fr' ? '10\u00a0%' : '10%';
    const due = lang === 'fr' ? '20\u00a0%' : '20%';

    async function reconcileIn(scenario: FakeScenario, kind: string, text: string) {
      const { page, watch, calls } = await browser.open(scenario);
      await page.getByRole('button', { name: l.check, exact: true }).click();
      await waitForKind(page, 'success');
      await page
        .getByLabel('Period', { exact: true })
        .or(page.getByLabel('Période', { exact: true }))
        .selectOption('2026-10');
      await page.getByLabel(l.supplier).selectOption(WITH_VAT);
      await expectOutcome(page, l.reconcile, kind, text);
      expect(await calls('reconcileInvoice')).toEqual([
        [
          'reconcileInvoice',
          WITH_VAT,
          '2026-10',
          lang,
          expect.objectContaining({ tolerance: l.noTolerance }),
        ],
      ]);
      expect(watch.pageErrors).toEqual([]);
      return page;
    }

    test('a wrong VAT rate on a right amount is disputed at its cell; dates in digits read as the column shows', async () => {
      const scenario = datedVatScenario(lang);
      // The core's answer: FCR's rate the one difference (05/10/2026 read day first, as 15/10/2026 shows).
      expect(scenario.reconcile).toMatchObject({ differences: 1 });
      expect(scenario.reconcile!.notes).toContain(`('${WITH_VAT}'!D4)`);
      expect(scenario.reconcile!.notes).toContain(percent);
      expect(scenario.reconcile!.notes).toContain(due);
      const sheet = scenario.book.sheetMap.get(scenario.reconcile!.sheet)!;
      const fcr = sheet.find((row) => row[0] === 'FCR')!;
      expect(fcr[2]).toBe(lang === 'fr' ? 'détail erroné' : 'details differ');
      const page = await reconcileIn(scenario, 'warning', scenario.reconcile!.message);
      await expect(
        page.getByRole('textbox', { name: /Dispute notes|Notes de contestation/ }).inputValue(),
      ).resolves.toBe(scenario.reconcile!.notes);
    });

    test('a line dated outside the period is refused at its Date cell, nothing written', async () => {
      const scenario = datedVatScenario(lang, { september: true });
      const failure = scenario.failures?.reconcileInvoice;
      expect(failure).toContain(`'${WITH_VAT}'!A6`);
      expect(failure).toContain('2026-09-30');
      // The pane has no command line options: what to do is said in words every host has.
      expect(failure).not.toMatch(/--[a-z]/);
      expect(scenario.book.sheetNames().some((name) => /Reconciliation|Rapprochement/.test(name))).toBe(
        false,
      );
      // Said as the pane says a failed action: its section's words, then the core's message.
      await reconcileIn(scenario, 'error', sectionTexts(lang).reconcileFailed(failure!));
    });
  },
);
