/**
 * The pane's sheet lists in real headless Chromium, on a scripted workbook that grows as the pane paints:
 * every list is filled after each sheet the pane made, from one read for all of them, without waiting for
 * a focus (in Google Sheets a read on focus is a round trip, and the first click opened an empty list).
 * A list with nothing to offer says why, in the pane's language, as a disabled entry.
 */
import type { FakeScenario } from '../testing/fakeBridge';
import { expectTexts, paneInBrowser, press } from '../testing/paneInBrowser';
import { BPO } from '../testing/paneScenarios';

const EMPTY_WORKBOOK: FakeScenario = {
  ...BPO,
  grows: true,
  contracts: [],
  sheets: ['Sheet1'],
  check: { ...BPO.check, contracts: ['Contract', 'Contract (2)'] },
};

const browser = paneInBrowser();
const openPane = (overrides: Partial<FakeScenario> = {}) =>
  browser.open({ ...EMPTY_WORKBOOK, ...overrides }, { viewport: { width: 320, height: 900 } });

/** The options of the list labelled `label`: text, and whether each can be chosen. */
const options = (page: Awaited<ReturnType<typeof openPane>>['page'], label: string) =>
  page
    .getByLabel(label, { exact: true })
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => [node.textContent, (node as HTMLOptionElement).disabled]));

describe('the pane’s sheet lists in Chromium', () => {
  test('after two New contract, Compare’s lists hold both contract sheets without a focus', async () => {
    const { page, calls, close } = await openPane();
    await expect(options(page, 'First contract')).resolves.toEqual([
      ['(no contract yet — create one above)', true],
    ]);
    await expect(page.getByLabel('First contract').inputValue()).resolves.toBe('');

    await press(page, 'Create contract');
    await press(page, 'Create contract');
    await expectTexts(page.getByLabel('First contract').locator('option'), ['Contract', 'Contract (2)']);
    await expectTexts(page.getByLabel('Second contract').locator('option'), ['Contract', 'Contract (2)']);
    await expect(page.getByLabel('First contract').inputValue()).resolves.toBe('Contract');
    await expect(page.getByLabel('Second contract').inputValue()).resolves.toBe('Contract (2)');
    // One read when the pane opened, one after each contract it made: no list read on its own.
    await expect(calls('workbookLists')).resolves.toHaveLength(3);
    await expect(calls('listContracts')).resolves.toEqual([]);
    await expect(calls('listSheets')).resolves.toEqual([]);

    await press(page, 'Compare');
    await expect(calls('compareContracts')).resolves.toEqual([
      ['compareContracts', 'Contract', 'Contract (2)', 'en', { kind: 'actuals' }],
    ]);
    await close();
  });

  test('an invoice the pane wrote is offered to Correct and Reconcile at once', async () => {
    const { page, calls, close } = await openPane();
    await press(page, 'Create contract');
    await page.getByLabel('Period').selectOption('2026-10');
    await press(page, 'Generate invoice');
    await expectTexts(page.getByLabel('Invoice sheet', { exact: true }).locator('option'), [
      '(choose an invoice sheet)',
      'Sheet1',
      'Invoice 2026-10',
    ]);
    await expectTexts(page.getByLabel('Supplier invoice sheet').locator('option'), [
      '(choose a sheet)',
      'Sheet1',
      'Invoice 2026-10',
    ]);
    await expect(calls('workbookLists')).resolves.toHaveLength(3);
    await close();
  });

  test('a list that gets focus reads the workbook once for every list', async () => {
    const { page, calls, close } = await openPane();
    await page.getByLabel('Second contract').focus();
    await page.waitForFunction(
      () => document.querySelector('.of-pane')?.getAttribute('aria-busy') === 'false',
    );
    for (let tries = 0; (await calls('workbookLists')).length < 2 && tries < 50; tries += 1)
      await page.waitForTimeout(20);
    await expect(calls('workbookLists')).resolves.toHaveLength(2);
    await close();
  });

  test('in French, the empty lists say so in French', async () => {
    const { page, close } = await openPane({ hostLanguage: 'fr' });
    await expect(options(page, 'Premier contrat')).resolves.toEqual([
      ['(aucun contrat pour l’instant — créez-en un plus haut)', true],
    ]);
    await expect(options(page, 'Second contrat')).resolves.toEqual([
      ['(aucun contrat pour l’instant — créez-en un plus haut)', true],
    ]);
    await close();
  });
});

// A list is read again when it gets focus, which is when the user opens it: the options it shows are left
// as they are when the read finds the same sheets, so the drop-down being opened (or read by a screen
// reader) is not rebuilt under the user a round trip later.
test('a list read again on focus keeps its options when the sheets did not change', async () => {
  const { page, calls, close } = await openPane({ sheets: ['Sheet1', 'Supplier', 'Mapping'] });
  const list = page.getByLabel('Supplier invoice sheet', { exact: true });
  await list.evaluate((select) => {
    for (const option of Array.from((select as HTMLSelectElement).options)) option.dataset.before = '1';
  });
  const reads = (await calls('workbookLists')).length;
  await list.focus();
  await expect(calls('workbookLists')).resolves.toHaveLength(reads + 1);
  await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
  await expect(
    list.evaluate((select) => Array.from((select as HTMLSelectElement).options).map((o) => o.dataset.before)),
  ).resolves.toEqual(['1', '1', '1', '1']);
  await close();
});

// A read of the sheets that fails (an Apps Script round trip that errs) keeps the lists as last read: the
// sheet the user picked stays picked, rather than every list emptied until the next read.
test('a failed read of the sheets keeps every list and choice as they were', async () => {
  const { page, close } = await openPane({ sheets: ['Sheet1', 'Supplier', 'Mapping'] });
  const list = page.getByLabel('Supplier invoice sheet', { exact: true });
  await list.selectOption('Supplier');
  await page.evaluate(() => {
    const fake = (window as unknown as { fake: { workbookLists(): Promise<unknown> } }).fake;
    fake.workbookLists = () => Promise.reject(new Error('We’re sorry, a server error occurred.'));
  });
  await press(page, 'Generate invoice');
  await expect(list.inputValue()).resolves.toBe('Supplier');
  await expectTexts(list.locator('option'), ['(choose a sheet)', 'Sheet1', 'Supplier', 'Mapping']);
  await close();
});
