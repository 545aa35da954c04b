/**
 * The pane's Invoice a range and Reconcile sections in real headless Chromium, on the scripted bridge: the
 * period from Generate invoice, the supplier's sheet picked from the workbook's sheets, workbook text shown
 * as text. The Model section has its own test (model.e2e.test.ts).
 */
import { modelTexts } from '../../core/i18n/model';
import { modelSheetTexts } from '../../core/i18n/modelSheets';
import { reconciliationTexts } from '../../core/i18n/reconciliation';
import { sectionTexts } from '../../core/i18n/sections';
import { saveScreenshot } from '../../test/e2e/harness';
import type { FakeScenario } from '../testing/fakeBridge';
import {
  expectText,
  expectTexts,
  paneInBrowser,
  statusText,
  waitForKind,
  XSS,
} from '../testing/paneInBrowser';
import { ONE_CONTRACT } from '../testing/paneScenarios';

const SUPPLIER = `Supplier ${XSS}`;
const en = modelTexts('en');

// The host's messages as the core writes them, as the real bridge answers: a fake's own would drift from
// the product's words unseen.
const SCENARIO: FakeScenario = {
  ...ONE_CONTRACT,
  sheets: ['Sheet1', SUPPLIER],
  range: {
    sheets: ['Summary', 'Invoice 2026-09', 'Invoice 2026-10'],
    message: sectionTexts('en').rangeInvoiced(2, 'Summary'),
  },
  exposure: {
    sheet: 'Exposure',
    minimum: '€129,195.00',
    maximum: null,
    unbounded: [modelSheetTexts('en').uncapped(XSS, 'max', 'percent', 'upper')],
    message: en.exposure(en.periodBase('2026-09'), '€129,195.00', null, 'Exposure'),
  },
  reconcile: {
    sheet: 'Reconciliation 2026-10',
    differences: 1,
    message: sectionTexts('en').reconciled('Reconciliation 2026-10', 1),
    notes: reconciliationTexts('en').billedDiffers(XSS, '€560.01', '€560.00', '', true, '€0.01'),
    hiddenRows: [],
  },
};

const browser = paneInBrowser();
const openPane = (overrides: Partial<FakeScenario> = {}) =>
  browser.open({ ...SCENARIO, ...overrides }, { viewport: { width: 320, height: 900 } });

describe('Invoice a range in Chromium', () => {
  test('before a check, offers the Period list’s months, in English and French; after one, the periods it found', async () => {
    const { page, calls, close } = await openPane();
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    const period = page.getByLabel('Period');
    // Not a blank select: the months the Period list offers, both ends on the month it chose.
    const months = await period.locator('option').allTextContents();
    expect(months).toHaveLength(25);
    await expectTexts(from.locator('option'), months);
    await expectTexts(to.locator('option'), months);
    const chosen = await period.inputValue();
    await expect(from.inputValue()).resolves.toBe(chosen);
    await expect(to.inputValue()).resolves.toBe(chosen);
    await page.evaluate(() =>
      (window as unknown as { pane: { setLanguage(l: string): Promise<void> } }).pane.setLanguage('fr'),
    );
    const mois = await page.getByLabel('Période').locator('option').allTextContents();
    expect(mois).not.toEqual(months);
    await expectTexts(page.getByLabel('Du', { exact: true }).locator('option'), mois);
    await expectTexts(page.getByLabel('Au', { exact: true }).locator('option'), mois);
    await page.evaluate(() =>
      (window as unknown as { pane: { setLanguage(l: string): Promise<void> } }).pane.setLanguage('en'),
    );

    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'success');
    await expect(from.inputValue()).resolves.toBe('2026-09');
    await expect(to.inputValue()).resolves.toBe('2026-10');
    await page.getByRole('button', { name: 'Invoice the range' }).click();
    await page.getByText(SCENARIO.range!.message).waitFor();
    await expect(calls('invoiceRange')).resolves.toEqual([['invoiceRange', '2026-09', '2026-10', 'en']]);
    await close();
  });

  test('keeps the ends the user picked when a check lists the periods again', async () => {
    const { page, close } = await openPane();
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'success');
    await page.getByLabel('To', { exact: true }).selectOption('2026-09');
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'success');
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2026-09');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2026-09');
    await close();
  });
});

describe('Reconcile section in Chromium', () => {
  test('reconciles the picked sheet with the chosen period and shows the dispute notes as text', async () => {
    const { page, watch, calls, close } = await openPane();
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'success');
    await page.getByLabel('Period').selectOption('2026-10');

    const sheet = page.getByLabel('Supplier invoice sheet');
    await expectTexts(sheet.locator('option'), ['(choose a sheet)', 'Sheet1', SUPPLIER]);
    await sheet.selectOption(SUPPLIER);
    await page.getByRole('button', { name: 'Reconcile' }).click();
    await waitForKind(page, 'warning');

    await expectText(statusText(page), SCENARIO.reconcile!.message);
    await expect(page.getByLabel('Dispute notes for the supplier').inputValue()).resolves.toBe(
      SCENARIO.reconcile!.notes,
    );
    await expect(calls('reconcileInvoice')).resolves.toEqual([
      // No range, no Mapping sheet in this workbook, the default tolerance.
      ['reconcileInvoice', SUPPLIER, '2026-10', 'en', { range: '', mapping: '', tolerance: '0.00' }],
    ]);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await saveScreenshot(page.locator('#taskpane-root'), 'taskpane-reconcile');
    await close();
  });

  test('asks for the supplier’s sheet before calling the host, and shows the host’s refusal in French', async () => {
    const { page, calls, close } = await openPane({
      failures: { reconcileInvoice: 'Cette feuille appartient au contrat.' },
    });
    await page.getByRole('button', { name: 'Reconcile' }).click();
    await waitForKind(page, 'error');
    await expectText(statusText(page), "Choose the sheet that holds the supplier's invoice.");
    await expect(calls('reconcileInvoice')).resolves.toEqual([]);

    await page.evaluate(() =>
      (window as unknown as { pane: { setLanguage(l: string): Promise<void> } }).pane.setLanguage('fr'),
    );
    await page.getByRole('button', { name: 'Vérifier le contrat' }).click();
    await waitForKind(page, 'success');
    await page.getByLabel('Feuille de la facture fournisseur').selectOption('Sheet1');
    await page.getByRole('button', { name: 'Rapprocher' }).click();
    await waitForKind(page, 'error');
    await expectText(statusText(page), 'Rapprochement impossible : Cette feuille appartient au contrat.');
    await close();
  });
});
