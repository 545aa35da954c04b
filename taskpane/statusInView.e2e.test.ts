/**
 * The pane at Excel's documented task pane size (350 × 378): after each action, in English and in French,
 * the outcome is inside the visible part of the pane, beside the action, not scrolled out of view above.
 * Saves one screenshot per action and language (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import type { FakeScenario } from './testing/fakeBridge';
import { bundleForBrowser, launchChromium, saveScreenshot, serveFiles } from '../test/e2e/harness';
import { taskpanePage } from './page';

const ORIGIN = 'https://taskpane.test';
const PANE = { width: 350, height: 378 };

const SCENARIO: FakeScenario = {
  hostLanguage: 'en',
  templates: {
    en: [{ id: 'bpo', title: 'BPO customer service', description: 'Fixed fee, volumes, FCR and CSAT.' }],
    fr: [{ id: 'bpo', title: 'Service client externalisé', description: 'Fixe, volumes, FCR et CSAT.' }],
  },
  newContract: { sheets: ['Contract', 'Actuals'], message: '' },
  check: {
    ok: true,
    contractSheet: 'Contract',
    actualsSheet: 'Actuals',
    contracts: ['Contract'],
    errors: [],
    periods: ['2026-09', '2026-10'],
  },
  invoice: {
    sheet: 'Invoice {period}',
    total: '€136,788.00',
    currency: 'EUR',
    lines: 5,
    contractSheet: 'Contract',
    actualsSheet: 'Actuals',
    message: 'Invoice BPO-{period}: €113,990.00 excluding VAT, VAT €22,798.00.',
  },
};

/** What the actions answer a French pane: amounts and names as French writes them. */
const FRENCH: FakeScenario = {
  ...SCENARIO,
  hostLanguage: 'fr',
  newContract: { sheets: ['Contrat', 'Réalisé'], message: '' },
  check: { ...SCENARIO.check, contractSheet: 'Contrat', actualsSheet: 'Réalisé', contracts: ['Contrat'] },
  invoice: {
    ...SCENARIO.invoice,
    sheet: 'Facture {period}',
    total: '136\u202f788,00\u00a0€',
    contractSheet: 'Contrat',
    actualsSheet: 'Réalisé',
    message: 'Facture BPO-{period} : 113\u202f990,00\u00a0€ HT, TVA 22\u202f798,00\u00a0€.',
  },
};

const ACTIONS = {
  en: { create: 'Create contract', check: 'Check contract', invoice: 'Generate invoice' },
  fr: { create: 'Créer le contrat', check: 'Vérifier le contrat', invoice: 'Générer la facture' },
} as const;

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  bundle = bundleForBrowser(join(__dirname, 'testing/browserEntry.ts'), { globalName: 'OutcomeFeesTest' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openPane(scenario: FakeScenario): Promise<Page> {
  const context = await browser.newContext({ viewport: PANE, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await serveFiles(page, {
    origin: ORIGIN,
    files: {
      '/taskpane.html': { body: taskpanePage() },
      '/taskpane.css': { body: readFileSync(join(__dirname, 'taskpane.css')) },
      '/taskpane.test.js': { body: bundle },
    },
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.addScriptTag({ url: '/taskpane.test.js' });
  await page.addScriptTag({
    content: `window.fake = OutcomeFeesTest.createFakeBridge(${JSON.stringify(scenario)});
      window.pane = OutcomeFeesTest.mountTaskpane(document.getElementById('taskpane-root'), window.fake);`,
  });
  await page.evaluate(() => (window as unknown as { pane: { ready: Promise<void> } }).pane.ready);
  return page;
}

/** The status's box against the viewport: wholly visible, or where it is. */
function statusPlace(page: Page): Promise<{ top: number; bottom: number; visible: boolean }> {
  return page.evaluate((height) => {
    const box = document.querySelector('.of-status')!.getBoundingClientRect();
    return {
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      visible: box.top >= 0 && box.bottom <= height,
    };
  }, PANE.height);
}

describe.each(['en', 'fr'] as const)('the pane at 350 × 378 (%s)', (lang) => {
  test('shows the outcome of every action inside the visible pane, beside the action', async () => {
    const page = await openPane(lang === 'fr' ? FRENCH : SCENARIO);
    for (const [action, kind] of [
      ['create', 'success'],
      ['check', 'success'],
      ['invoice', 'success'],
    ] as const) {
      const button = page.getByRole('button', { name: ACTIONS[lang][action], exact: true });
      await button.click();
      await page.locator(`.of-status[data-kind="${kind}"]`).waitFor({ state: 'attached' });
      await expect(statusPlace(page)).resolves.toMatchObject({ visible: true });
      // Beside the action: the status follows the form of the button pressed.
      await expect(
        page.evaluate(() =>
          document.querySelector('.of-status')!.previousElementSibling?.contains(document.activeElement),
        ),
      ).resolves.toBe(true);
      await saveScreenshot(page, `pane-350x378-${lang}-${action}`);
    }
    await page.context().close();
  });
});
