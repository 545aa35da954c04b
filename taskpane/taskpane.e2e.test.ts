/**
 * The task pane in real headless Chromium: the shipped `taskpane.html` and `taskpane.css`, the UI bundled
 * from source, and a scripted bridge in the page. Drives the pane through its labelled controls, by mouse
 * and by keyboard, and saves the screenshots the README shows.
 */
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../test/e2e/harness';
import type { FakeScenario } from './testing/fakeBridge';
import {
  expectText,
  expectTexts,
  paneInBrowser,
  statusText,
  waitForKind,
  XSS,
  type OpenOptions,
} from './testing/paneInBrowser';
import { FRENCH_BUTTONS, FRENCH_HEADINGS } from './testing/frenchPane';

const SCENARIO: FakeScenario = {
  hostLanguage: 'en',
  templates: {
    en: [
      {
        id: 'bpo',
        title: 'BPO customer service',
        description: 'Fixed fee, graduated volumes, FCR and CSAT.',
      },
      { id: 'obm', title: 'Online business manager', description: `Hourly rate with KPIs such as ${XSS}.` },
    ],
    fr: [
      {
        id: 'bpo',
        title: 'Service client externalisé',
        description: 'Fixe, volumes par paliers, FCR et CSAT.',
      },
      { id: 'obm', title: 'Online business manager (OBM)', description: 'Forfait horaire et KPI.' },
    ],
  },
  newContract: {
    sheets: ['Contract', 'Actuals'],
    message: 'Fill in the Actuals table, then check the contract.',
  },
  check: {
    ok: false,
    contractSheet: 'Contract',
    actualsSheet: 'KPI data',
    contracts: ['Contract'],
    errors: [
      { sheet: 'Contract', address: 'H7', column: 'Target', message: 'expected a number, got "n/a".' },
      { sheet: 'Contract', address: 'B9', column: 'KPI', message: `KPI ${XSS} has no model.` },
      { sheet: 'KPI data', address: 'C4', column: XSS, message: 'actual missing for 2026-10.' },
      { sheet: 'Contract', address: 'A2', column: '', message: 'currency must be an ISO 4217 code.' },
    ],
    periods: ['2026-08', '2026-09', '2026-10'],
    periodMonths: 1,
  },
  invoice: {
    sheet: 'Invoice {period}',
    total: '€136,788.00',
    currency: 'EUR',
    lines: 7,
    contractSheet: 'Contract',
    actualsSheet: 'KPI data',
    message: 'Amounts are frozen; totals are SUM formulas.',
  },
};

const EXPECTED_ISSUES = [
  'Contract!H7 (Target): expected a number, got "n/a".',
  `Contract!B9 (KPI): KPI ${XSS} has no model.`,
  `'KPI data'!C4 (${XSS}): actual missing for 2026-10.`,
  'Contract!A2: currency must be an ISO 4217 code.',
];

const browser = paneInBrowser();

/** The pane at 320 px on a fake bridge playing `SCENARIO` with `overrides`, ready. */
const openPane = (overrides: Partial<FakeScenario> = {}, mode: OpenOptions['mode'] = 'files') =>
  browser.open({ ...SCENARIO, ...overrides }, { viewport: { width: 320, height: 720 }, mode });

/** Whether the keyboard focus is on the pane's status, the outcome of the last action. */
const statusFocused = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.classList.contains('of-status') ?? false);

/** Accessible-ish name of the focused control: its label, or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
    if (!active || active === document.body) return '(body)';
    return (active.labels?.[0]?.textContent ?? active.textContent ?? '').trim();
  });
}

describe('task pane in Chromium', () => {
  test('creates a contract from the chosen template and says so', async () => {
    const { page, calls, watch } = await openPane();
    const template = page.getByLabel('Template');
    await expectOptions(template, ['Empty contract', 'BPO customer service', 'Online business manager']);
    await expectText(
      page.locator('#' + (await template.getAttribute('aria-describedby'))),
      'Blank Contract and Actuals tables to fill in yourself.',
    );

    await template.selectOption('bpo');
    await expect(page.getByText('Fixed fee, graduated volumes, FCR and CSAT.').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Create contract' }).click();

    await waitForKind(page, 'success');
    await expectText(statusText(page), 'Contract created: Contract, Actuals.');
    await expectText(
      page.locator('.of-status-detail'),
      'Fill in the Actuals table, then check the contract.',
    );
    expect(await calls()).toEqual([
      ['hostLanguage'],
      ['listTemplates', 'en'],
      // One read of the workbook's sheets fills every list of the pane, again after the sheets it painted.
      ['workbookLists'],
      ['newContract', 'bpo', 'en'],
      ['workbookLists'],
    ]);
    expect(watch.pageErrors).toEqual([]);
    await saveScreenshot(page.locator('#taskpane-root'), 'taskpane-new-contract');
  });

  test('lists every contract error as a button naming its cell; workbook text stays text', async () => {
    const { page, calls, watch, served } = await openPane();
    // The template description carries the payload too.
    await page.getByLabel('Template').selectOption('obm');
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'warning');
    await expectText(statusText(page), '4 problems found in the contract.');

    const issues = page.locator('.of-issues button');
    await expectTexts(issues, EXPECTED_ISSUES);
    await expect(
      page.getByText(`Hourly rate with KPIs such as ${XSS}.`, { exact: true }).count(),
    ).resolves.toBe(1);

    await issues.nth(2).click();
    await issues.nth(0).click();
    const selects = (await calls()).filter((call) => call[0] === 'selectCell');
    expect(selects).toEqual([
      ['selectCell', 'KPI data', 'C4'],
      ['selectCell', 'Contract', 'H7'],
    ]);

    // Give an injected image time to fail and fire its handler, then look for any trace of it.
    await page.waitForTimeout(300);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(served.requests.map((request) => new URL(request.url).pathname)).not.toContain('/x');
    await saveScreenshot(page.locator('#taskpane-root'), 'taskpane-check-errors');

    // The same payload parsed as HTML does fire: the checks above would have seen it.
    await Promise.all([
      page.waitForEvent('dialog'),
      page.evaluate(`document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(XSS)})`),
    ]);
    expect(watch.dialogs).toEqual(['alert: 1']);
  });

  test('generates the invoice for a period from the check, showing progress while it runs', async () => {
    const { page, calls } = await openPane({ held: ['generateInvoice'] });
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'warning');

    const period = page.getByLabel('Period');
    await expect(period.evaluate((node) => node.tagName)).resolves.toBe('SELECT');
    // Periods in words, values ISO.
    await expectOptions(period, ['August 2026', 'September 2026', 'October 2026']);
    await expect(period.inputValue()).resolves.toBe('2026-10');
    await period.selectOption('2026-09');
    await page.getByRole('button', { name: 'Generate invoice' }).click();

    await waitForKind(page, 'busy');
    await expectText(statusText(page), 'Generating the invoice for September 2026…');
    await expect(page.locator('.of-pane').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('.of-spinner').isVisible()).resolves.toBe(true);
    const enabled = page.locator('.of-pane :is(button, select, input):not(:disabled)');
    await expect(enabled.count()).resolves.toBe(0);
    await saveScreenshot(page.locator('#taskpane-root'), 'taskpane-busy');

    await page.evaluate(() =>
      (window as unknown as { fake: { release(m: string): void } }).fake.release('generateInvoice'),
    );
    await waitForKind(page, 'success');
    await expectText(
      statusText(page),
      'Invoice created on sheet "Invoice 2026-09": 7 lines, total €136,788.00.',
    );
    await expect(page.locator('.of-pane').getAttribute('aria-busy')).resolves.toBe('false');
    await expect(page.locator('.of-pane :is(button, select, input):disabled').count()).resolves.toBe(0);
    expect((await calls()).slice(-2)).toEqual([['generateInvoice', '2026-09', 'en'], ['workbookLists']]);
    await saveScreenshot(page.locator('#taskpane-root'), 'taskpane-invoice');
  });

  test('without a check, offers the recent months in a select (no month field) and invoices the one picked', async () => {
    const { page, calls } = await openPane({ invoice: { ...SCENARIO.invoice, lines: 1 } });
    const period = page.getByLabel('Period');
    // <input type="month"> is a plain text box in Safari, Firefox and Excel for Mac: a select everywhere.
    await expect(period.evaluate((node) => node.tagName)).resolves.toBe('SELECT');
    await expect(page.locator('input[type="month"]').count()).resolves.toBe(0);
    const expected = await page.evaluate(() => {
      const now = new Date();
      const previous = new Date(now.getFullYear(), now.getMonth() - 1, 1);
      return {
        value: `${previous.getFullYear()}-${String(previous.getMonth() + 1).padStart(2, '0')}`,
        label: previous.toLocaleDateString('en-GB', { month: 'long', year: 'numeric' }),
      };
    });
    await expect(period.inputValue()).resolves.toBe(expected.value);
    await expectText(period.locator('option:checked'), expected.label);
    await expect(period.locator('option').count()).resolves.toBe(25);

    await page.evaluate(() =>
      (window as unknown as { pane: { setLanguage(l: string): Promise<void> } }).pane.setLanguage('fr'),
    );
    await expectText(
      page.getByLabel('Période').locator('option:checked'),
      await page.evaluate(
        (value) =>
          new Date(`${value}-01T12:00`).toLocaleDateString('fr-FR', { month: 'long', year: 'numeric' }),
        expected.value,
      ),
    );
    await page.evaluate(() =>
      (window as unknown as { pane: { setLanguage(l: string): Promise<void> } }).pane.setLanguage('en'),
    );

    await page.getByRole('button', { name: 'Generate invoice' }).click();
    await waitForKind(page, 'success');
    await expectText(
      statusText(page),
      `Invoice created on sheet "Invoice ${expected.value}": 1 line, total €136,788.00.`,
    );
    expect((await calls()).slice(-2)).toEqual([['generateInvoice', expected.value, 'en'], ['workbookLists']]);
  });

  test('switched to French while a check runs, lists the templates in French once the check is done', async () => {
    const { page, calls } = await openPane({ held: ['checkContract'] });
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'busy');
    // The language changes while the pane is busy (the Sheets sidebar learns it from the host that late).
    await page.evaluate(() => {
      void (window as unknown as { pane: { setLanguage(l: string): Promise<void> } }).pane.setLanguage('fr');
    });
    await page.evaluate(() =>
      (window as unknown as { fake: { release(m: string): void } }).fake.release('checkContract'),
    );
    await waitForKind(page, 'warning');
    await expectTexts(page.getByLabel('Modèle').locator('option'), [
      'Contrat vierge',
      'Service client externalisé',
      'Online business manager (OBM)',
    ]);
    expect((await calls('listTemplates')).at(-1)).toEqual(['listTemplates', 'fr']);
    // The check's outcome stays shown, in French, after the templates are listed again.
    await expectText(statusText(page), '4 problèmes trouvés dans le contrat.');
  });

  test("shows the host's message when an action fails, and stays usable", async () => {
    const { page } = await openPane({
      failures: {
        newContract: 'A sheet named "Contract" already exists.',
        selectCell: 'The sheet "KPI data" was deleted.',
      },
    });
    await page.getByRole('button', { name: 'Create contract' }).click();
    await waitForKind(page, 'error');
    await expectText(
      statusText(page),
      'The contract could not be created: A sheet named "Contract" already exists.',
    );
    await expect(page.getByRole('button', { name: 'Create contract' }).isEnabled()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'warning');
    await page.locator('.of-issues button').nth(2).click();
    await waitForKind(page, 'error');
    await expectText(statusText(page), 'The cell could not be selected: The sheet "KPI data" was deleted.');
  });

  test('says so when the templates cannot be listed, and still offers the empty contract', async () => {
    const { page } = await openPane({ failures: { listTemplates: 'No workbook is open.' } });
    await expectText(statusText(page), 'The templates could not be loaded: No workbook is open.');
    await expectOptions(page.getByLabel('Template'), ['Empty contract']);
  });

  test('switching to French relabels everything, asks templates in French, keeps the outcome as written', async () => {
    // The host's own message stays as the host wrote it; here the host answers in French.
    const { page, calls } = await openPane({
      newContract: {
        sheets: ['Contrat', 'Réalisé'],
        message: 'Remplissez la table Réalisé, puis vérifiez le contrat.',
      },
    });
    await page.getByRole('button', { name: 'Create contract' }).click();
    await waitForKind(page, 'success');

    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Nouveau contrat' }).waitFor();
    await expect(page.locator('.of-pane').getAttribute('lang')).resolves.toBe('fr');
    await expectTexts(page.getByRole('heading'), FRENCH_HEADINGS);
    await expectTexts(page.getByRole('button'), FRENCH_BUTTONS);
    await expectOptions(page.getByLabel('Modèle'), [
      'Contrat vierge',
      'Service client externalisé',
      'Online business manager (OBM)',
    ]);
    await expect(page.getByLabel('Période').count()).resolves.toBe(1);
    await expect(page.getByLabel('Langue').inputValue()).resolves.toBe('fr');
    // Written in English, with the host's reply: kept whole rather than half translated.
    await expectText(statusText(page), 'Contract created: Contrat, Réalisé.');

    await page.getByRole('button', { name: 'Vérifier le contrat' }).click();
    await waitForKind(page, 'warning');
    await expectText(statusText(page), '4 problèmes trouvés dans le contrat.');
    await expectText(
      page.locator('.of-issues button').first(),
      'Contract!H7 (Target) : expected a number, got "n/a".',
    );
    await page.getByLabel('Modèle').selectOption('bpo');
    await page.getByRole('button', { name: 'Créer le contrat' }).click();
    await waitForKind(page, 'success');
    expect(
      (await calls()).filter((call) => call[0] === 'listTemplates' || call[0] === 'newContract'),
    ).toEqual([
      ['listTemplates', 'en'],
      ['newContract', 'empty', 'en'],
      ['listTemplates', 'fr'],
      ['newContract', 'bpo', 'fr'],
    ]);
    await saveScreenshot(page.locator('#taskpane-root'), 'taskpane-fr');
  });

  // What an action said holds the host's words and amounts in the language the action ran in: after a
  // switch it stays whole, marked in its language for screen readers, instead of a French sentence around
  // an English total and detail. The next action speaks the new language.
  test('keeps an outcome and the problems found in the language they were written in', async () => {
    const { page } = await openPane();
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'warning');
    await page.getByLabel('Period').selectOption('2026-10');
    await page.getByRole('button', { name: 'Generate invoice' }).click();
    await waitForKind(page, 'success');
    const written = 'Invoice created on sheet "Invoice 2026-10": 7 lines, total €136,788.00.';
    const detail = 'Amounts are frozen; totals are SUM formulas. Read "Contract" and "KPI data".';
    await expectText(statusText(page), written);

    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Nouveau contrat' }).waitFor();
    await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
    await expectText(statusText(page), written);
    await expectText(page.locator('.of-status-detail'), detail);
    await expect(page.locator('.of-status').getAttribute('lang')).resolves.toBe('en');
    await expectTexts(page.locator('.of-issues button'), EXPECTED_ISSUES);
    await expect(page.locator('.of-issues').getAttribute('lang')).resolves.toBe('en');

    await page.getByRole('button', { name: 'Générer la facture' }).click();
    await waitForKind(page, 'success');
    await expectText(
      statusText(page),
      'Facture créée sur la feuille « Invoice 2026-10 » : 7 lignes, total €136,788.00.',
    );
    await expect(page.locator('.of-status').getAttribute('lang')).resolves.toBe('fr');
  });

  test("runs as one self-contained page (the sidebar form), in the host's language", async () => {
    const { page, calls, served, watch } = await openPane({ hostLanguage: 'fr' }, 'inline');
    await expect(page.getByRole('button', { name: 'Générer la facture' }).count()).resolves.toBe(1);
    expect((await calls()).filter((call) => call[0] === 'listTemplates')).toEqual([['listTemplates', 'fr']]);
    // Styled without fetching anything but the page itself.
    expect(served.requests.map((request) => new URL(request.url).pathname)).toEqual(['/sidebar.html']);
    const background = await page
      .getByRole('button', { name: 'Créer le contrat' })
      .evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).toBe('rgb(15, 108, 189)');

    await page.getByRole('button', { name: 'Vérifier le contrat' }).click();
    await waitForKind(page, 'warning');
    await expectText(
      page.locator('.of-issues button').nth(1),
      `Contract!B9 (KPI) : KPI ${XSS} has no model.`,
    );
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(watch.dialogs).toEqual([]);
  });

  test('works from the keyboard alone, with a visible focus; each outcome takes the focus, Tab goes on from it', async () => {
    const { page, calls } = await openPane();
    const stops: string[] = [];
    for (let i = 0; i < 8 && stops.at(-1) !== 'Generate invoice'; i += 1) {
      await page.keyboard.press('Tab');
      const name = await focusedName(page);
      if (name !== stops.at(-1)) stops.push(name);
    }
    expect(stops).toEqual([
      'Language',
      'Template',
      'Create contract',
      'Check contract',
      'Period',
      'Generate invoice',
    ]);

    // Back to the template select, choose the next template with the arrow key, create.
    for (let i = 0; i < 8 && (await focusedName(page)) !== 'Template'; i += 1)
      await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Template');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Create contract');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 2px');
    await page.keyboard.press('Enter');
    await waitForKind(page, 'success');
    await expect(statusFocused(page)).resolves.toBe(true);

    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Check contract');
    await page.keyboard.press('Enter');
    await waitForKind(page, 'warning');
    await expect(statusFocused(page)).resolves.toBe(true);

    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(EXPECTED_ISSUES[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');

    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Period');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Generate invoice');
    await page.keyboard.press('Enter');
    await waitForKind(page, 'success');
    await expect(statusFocused(page)).resolves.toBe(true);

    expect((await calls()).slice(2)).toEqual([
      ['workbookLists'],
      ['newContract', 'bpo', 'en'],
      ['workbookLists'],
      ['checkContract', 'en'],
      ['selectCell', 'Contract', 'H7'],
      ['selectCell', 'Contract', 'B9'],
      ['generateInvoice', '2026-09', 'en'],
      ['workbookLists'],
    ]);
  });
});

async function expectOptions(select: ReturnType<Page['getByLabel']>, texts: string[]): Promise<void> {
  await expectTexts(select.locator('option'), texts);
}
