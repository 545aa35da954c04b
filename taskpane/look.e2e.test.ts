/**
 * The pane's look in each host, in real headless Chromium at Excel's documented pane size (350 × 378):
 * Excel in a dark Office theme (a fake `Office.context.officeTheme`), whose colours the pane takes and
 * whose text keeps its contrast, switching back when the theme changes; and the Sheets sidebar in Google's
 * add-on look (Arial, grey and blue 29 px buttons, no title under the one Sheets prints), light whatever
 * the system says. Screenshots: pane-350x378-en-dark-*.png, sheets-sidebar-350x378-*.png.
 */
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../test/e2e/harness';
import type { FakeScenario } from './testing/fakeBridge';
import { DARK, WHITE, excelPage } from './testing/officeTheme';
import { expectText, paneInBrowser, statusText, waitForKind } from './testing/paneInBrowser';
import { BPO, BPO_FR } from './testing/paneScenarios';

/** A quarterly contract with one problem; Reconcile refused. */
const SCENARIO: FakeScenario = {
  ...BPO,
  check: {
    ...BPO.check,
    ok: false,
    errors: [
      { sheet: 'Contract', address: 'H7', column: 'Target', message: 'expected a number, got "n/a".' },
    ],
    periods: ['2026-04', '2026-07', '2026-10'],
    periodMonths: 3,
  },
  failures: { reconcileInvoice: 'That sheet belongs to the contract.' },
};

/** What the French sidebar's actions answer: amounts as French writes them. */
const FRENCH: FakeScenario = {
  ...BPO_FR,
  check: {
    ...SCENARIO.check,
    contractSheet: 'Contrat',
    actualsSheet: 'Réalisé',
    contracts: ['Contrat'],
    errors: [
      { sheet: 'Contrat', address: 'H7', column: 'Objectif', message: 'nombre attendu, reçu « n/a ».' },
    ],
  },
  failures: SCENARIO.failures,
};

const browser = paneInBrowser();

/** The pane as a host's page starts it: Excel with a fake Office theme, or Sheets. */
async function openPane(
  host: 'excel' | 'sheets',
  colorScheme: 'dark' | 'light' = 'light',
  scenario: FakeScenario = SCENARIO,
): Promise<Page> {
  const { page, watch } = await browser.open(scenario, {
    colorScheme,
    beforeMount: host === 'excel' ? excelPage(DARK) : `document.documentElement.dataset.host = 'sheets';`,
  });
  expect(watch.pageErrors).toEqual([]);
  return page;
}

/** Every visible text of the pane whose contrast with what is behind it falls under `minimum`. */
function lowContrast(page: Page, minimum = 4.5): Promise<string[]> {
  return page.evaluate((min) => {
    const rgba = (text: string): number[] => (text.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const [lr, lg, lb] = [r!, g!, b!].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
    };
    /** The first opaque background at or above `node` (a gradient counts as its first colour). */
    const background = (node: Element | null): number[] => {
      for (let at = node; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        const gradient = /linear-gradient\((rgba?\([^)]*\))/.exec(style.backgroundImage);
        if (gradient) return rgba(gradient[1]!);
        const color = rgba(style.backgroundColor);
        if (color.length === 3 || color[3] === 1) return color.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const low: string[] = [];
    const pane = document.querySelector('.of-pane')!;
    for (const node of Array.from(pane.querySelectorAll('*'))) {
      const hasText = Array.from(node.childNodes).some(
        (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '',
      );
      const box = node.getBoundingClientRect();
      if (!hasText || node.tagName === 'OPTION' || box.width <= 1 || box.height <= 1) continue;
      const fg = luminance(rgba(getComputedStyle(node).color));
      const bg = luminance(background(node));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < min)
        low.push(
          `${node.tagName}.${node.className} "${node.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`,
        );
    }
    return low;
  }, minimum);
}

const press = async (page: Page, name: string, kind: string): Promise<void> => {
  await page.getByRole('button', { name, exact: true }).click();
  await waitForKind(page, kind);
};

const css = (page: Page, selector: string, property: string): Promise<string> =>
  page
    .locator(selector)
    .first()
    .evaluate((node, name) => getComputedStyle(node).getPropertyValue(name), property);

describe('Excel in a dark Office theme', () => {
  test('takes Office’s colours, keeps every text readable, and follows a change of theme', async () => {
    const page = await openPane('excel');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(css(page, 'body', 'background-color')).resolves.toBe('rgb(31, 31, 31)');
    await expect(css(page, '.of-title', 'color')).resolves.toBe('rgb(255, 255, 255)');
    await expect(css(page, '.of-select', 'background-color')).resolves.toBe('rgb(43, 43, 43)');
    await expect(lowContrast(page)).resolves.toEqual([]);

    await press(page, 'Check contract', 'warning');
    await expect(lowContrast(page)).resolves.toEqual([]);
    await page.getByLabel('Period').selectOption('2026-07');
    await press(page, 'Generate invoice', 'success');
    await expectText(
      statusText(page),
      'Invoice created on sheet "Invoice 2026-07": 5 lines, total €136,788.00.',
    );
    await expect(lowContrast(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'pane-350x378-en-dark-invoice');

    await page.getByLabel('Supplier invoice sheet').evaluate((select: HTMLSelectElement) => {
      select.append(new Option('Sheet1', 'Sheet1'));
      select.value = 'Sheet1';
    });
    await press(page, 'Reconcile', 'error');
    await expect(lowContrast(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'pane-350x378-en-dark-error');

    // Office raises its theme event (where the host has one): the pane turns light again.
    await page.evaluate((white) => {
      const w = window as unknown as { Office: { context: { officeTheme: unknown } }; themeChanged(): void };
      w.Office.context.officeTheme = white;
      w.themeChanged();
    }, WHITE);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    await expect(css(page, 'body', 'background-color')).resolves.toBe('rgb(255, 255, 255)');
    await expect(lowContrast(page)).resolves.toEqual([]);
  });
});

describe.each(['en', 'fr'] as const)('the Sheets sidebar in Google’s add-on look (%s)', (lang) => {
  test('Arial, Google’s buttons, no repeated title, light in a dark system, readable', async () => {
    const page = await openPane('sheets', 'dark', lang === 'fr' ? FRENCH : SCENARIO);
    const t =
      lang === 'en'
        ? {
            create: 'Create contract',
            check: 'Check contract',
            invoice: 'Generate invoice',
            period: 'Period',
          }
        : {
            create: 'Créer le contrat',
            check: 'Vérifier le contrat',
            invoice: 'Générer la facture',
            period: 'Période',
          };
    await expect(css(page, 'body', 'font-family')).resolves.toBe('Arial, sans-serif');
    await expect(css(page, 'body', 'font-size')).resolves.toBe('13px');
    await expect(css(page, 'body', 'background-color')).resolves.toBe('rgb(255, 255, 255)');
    // Sheets prints "Outcome Fees" above the sidebar: the heading is there for screen readers only.
    await expect(page.getByRole('heading', { name: 'Outcome Fees' }).count()).resolves.toBe(1);
    const title = await page.locator('.of-title').boundingBox();
    expect(title!.height).toBeLessThanOrEqual(1);
    const primary = page.getByRole('button', { name: t.create });
    await expect(primary.evaluate((node) => getComputedStyle(node).backgroundImage)).resolves.toMatch(
      /^linear-gradient\(rgb\(26, 115, 232\)/,
    );
    await expect(primary.evaluate((node) => getComputedStyle(node).borderRadius)).resolves.toBe('2px');
    await expect(primary.evaluate((node) => node.getBoundingClientRect().height)).resolves.toBe(29);
    await expect(css(page, '.of-button:not(.of-primary)', 'background-image')).resolves.toMatch(
      /^linear-gradient\(rgb\(245, 245, 245\)/,
    );
    await expect(lowContrast(page)).resolves.toEqual([]);

    await press(page, t.create, 'success');
    await press(page, t.check, 'warning');
    const period = page.getByLabel(t.period);
    await expect(period.locator('option').allTextContents()).resolves.toEqual(
      lang === 'en' ? ['Q2 2026', 'Q3 2026', 'Q4 2026'] : ['T2 2026', 'T3 2026', 'T4 2026'],
    );
    await press(page, t.invoice, 'success');
    await expect(lowContrast(page)).resolves.toEqual([]);
    await saveScreenshot(page, `sheets-sidebar-350x378-${lang}`);
  });
});
