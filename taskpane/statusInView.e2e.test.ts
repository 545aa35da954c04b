/**
 * The pane at Excel's documented task pane size (350 × 378), and as the Sheets sidebar (300 px wide, its
 * own look), in English and in French: after every action of every section, the outcome is inside the
 * visible part of the pane, beside the button pressed, with the keyboard focus, and nothing is wider than
 * the pane; while an action runs every control is disabled, so a double click starts it once. Workbook
 * text is long here (a sheet name with no space to break at). Screenshots of the BPO template created,
 * checked and invoiced (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../core/app/bridge';
import { controlSectionTexts } from '../core/i18n/controlSections';
import { diagnosticsTexts } from '../core/i18n/diagnostics';
import { modelTexts } from '../core/i18n/model';
import { sectionTexts } from '../core/i18n/sections';
import { TASKPANE_STRINGS } from '../core/i18n/taskpane';
import { saveScreenshot } from '../test/e2e/harness';
import type { BridgeMethod, FakeScenario } from './testing/fakeBridge';
import { expectOutcomeBeside, paneInBrowser, pick, waitForKind } from './testing/paneInBrowser';
import { BPO, BPO_FR } from './testing/paneScenarios';

/** A sheet name as a supplier's export names it: nothing to break a line at. */
const LONG = 'Facture_fournisseur_ContactPlus_octobre_2026_version_corrigée_définitive';

/** Every result the sections show, with long workbook text in it. */
function scenarioIn(lang: Lang): FakeScenario {
  const base = lang === 'fr' ? BPO_FR : BPO;
  const sheet = (name: string) => ({ sheet: name, message: `${name}: ${LONG}.` });
  return {
    ...base,
    check: {
      ...base.check,
      ok: false,
      contracts: [base.check.contractSheet, `${base.check.contractSheet} (2)`],
      errors: [{ sheet: LONG, address: 'H7', column: LONG, message: `expected a number, got "${LONG}".` }],
    },
    sheets: ['Sheet1', LONG, 'Scenarios', 'Invoice 2026-10'],
    kpis: ['FCR', LONG],
    scenarioNames: { Scenarios: ['worst', 'expected', LONG] },
    scenarios: { ...sheet('Scenarios'), live: true },
    repriced: sheet('Scenarios priced'),
    curve: sheet('Curve FCR'),
    forecast: sheet('Forecast'),
    comparison: sheet('Comparison'),
    exposure: { ...sheet('Exposure'), minimum: '€1.00', maximum: null, unbounded: [`${LONG} has no cap.`] },
    range: { sheets: ['Summary'], message: `2 invoices after “${LONG}”.` },
    review: { ...sheet('Performance'), kpis: 3, invoices: 2, misses: 1 },
    reconcile: { ...sheet('Reconciliation'), differences: 1, notes: `Line ${LONG}: over-billed by €0.01.` },
    correction: { ...sheet('Credit note'), kind: 'credit', difference: '−€0.01' },
    diagnostics: {
      sheet: 'Diagnostics',
      checks: [],
      report: `Outcome Fees diagnostics: ${LONG}`,
      message: LONG,
    },
  };
}

/** One action: the button, what to choose before pressing it, and the kind of outcome it shows. */
interface Step {
  readonly button: string;
  readonly kind: 'success' | 'warning' | 'error';
  readonly before?: (page: Page) => Promise<void>;
}

/** Every action of the pane, in the order a user goes down it. */
function steps(lang: Lang, scenario: FakeScenario): Step[] {
  const pane = TASKPANE_STRINGS[lang];
  const model = modelTexts(lang);
  const section = sectionTexts(lang);
  const control = controlSectionTexts(lang);
  return [
    { button: pane.createButton, kind: 'success' },
    { button: pane.checkButton, kind: 'warning' },
    { button: pane.generateButton, kind: 'success' },
    { button: model.createScenariosButton, kind: 'success' },
    { button: model.repriceButton, kind: 'success' },
    { button: model.curveButton, kind: 'success', before: (page) => pick(page, model.kpiLabel, LONG) },
    { button: model.exposureButton, kind: 'success' },
    { button: model.forecastButton, kind: 'success' },
    {
      button: model.compareButton,
      kind: 'success',
      before: (page) => pick(page, model.secondContractLabel, scenario.check.contracts[1]!),
    },
    { button: section.rangeButton, kind: 'success' },
    { button: control.reviewButton, kind: 'success' },
    // Refused before any call: the pane says what to choose, beside the button.
    { button: section.reconcileButton, kind: 'error' },
    {
      button: section.reconcileButton,
      kind: 'warning',
      before: (page) => pick(page, section.supplierSheetLabel, LONG),
    },
    {
      button: control.correctButton,
      kind: 'success',
      before: (page) => pick(page, control.invoiceSheetLabel, 'Invoice 2026-10'),
    },
    { button: diagnosticsTexts(lang).button, kind: 'success' },
  ];
}

/**
 * Whether the document is no wider than the pane (`scrollWidth` ≤ the viewport's width), and every element
 * of the pane that reaches past its right edge or clips its text.
 */
function overflow(page: Page): Promise<{ fits: boolean; wider: string[] }> {
  return page.evaluate(() => {
    const wider = Array.from(document.querySelectorAll('.of-pane *'))
      .filter((node) => {
        const box = node.getBoundingClientRect();
        // Text clipped inside a box is as lost as text past the edge; a field scrolls its own value, and a
        // heading kept for screen readers only (1 px) is clipped on purpose.
        const clipped =
          !node.matches('input, textarea, select') &&
          box.width > 1 &&
          node.scrollWidth > node.clientWidth + 1;
        return box.right > window.innerWidth + 0.5 || clipped;
      })
      .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
    return { fits: document.documentElement.scrollWidth <= window.innerWidth, wider };
  });
}

const browser = paneInBrowser();

/** Presses the step's button: its outcome is visible, focused, beside it, and the pane no wider. */
async function press(page: Page, step: Step): Promise<void> {
  await step.before?.(page);
  await page.getByRole('button', { name: step.button, exact: true }).click();
  await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
  await waitForKind(page, step.kind);
  await expectOutcomeBeside(page, step.button);
  await expect(overflow(page).then((seen) => ({ after: step.button, ...seen }))).resolves.toEqual({
    after: step.button,
    fits: true,
    wider: [],
  });
}

describe.each(['en', 'fr'] as const)('every action of the pane (%s)', (lang) => {
  test('at Excel’s 350 × 378: each outcome inside the pane, beside its button, focused; nothing wider', async () => {
    const scenario = scenarioIn(lang);
    const { page, watch } = await browser.open(scenario);
    await expect(overflow(page)).resolves.toEqual({ fits: true, wider: [] });
    for (const step of steps(lang, scenario)) await press(page, step);
    expect(watch.pageErrors).toEqual([]);
  });

  test('in the Sheets sidebar, 300 px wide, in its own look: the same', async () => {
    const scenario = scenarioIn(lang);
    const { page, watch } = await browser.open(scenario, {
      viewport: { width: 300, height: 600 },
      beforeMount: `document.documentElement.dataset.host = 'sheets';`,
    });
    await expect(overflow(page)).resolves.toEqual({ fits: true, wider: [] });
    for (const step of steps(lang, scenario)) await press(page, step);
    expect(watch.pageErrors).toEqual([]);
  });

  test('at 350 × 378: creates, checks and invoices the BPO template (the screenshots)', async () => {
    const scenario = lang === 'fr' ? BPO_FR : BPO;
    const { page } = await browser.open(scenario);
    const names = ['create', 'check', 'invoice'] as const;
    for (const [index, step] of steps(lang, scenario).slice(0, 3).entries()) {
      // The template's contract is valid: Check says so.
      await press(page, index === 1 ? { ...step, kind: 'success' } : step);
      await saveScreenshot(page, `pane-350x378-${lang}-${names[index]}`);
    }
  });
});

describe('a double click while an action runs', () => {
  const held: readonly BridgeMethod[] = [
    'checkContract',
    'generateInvoice',
    'createScenarios',
    'reconcileInvoice',
    'runDiagnostics',
    'selectedRange',
  ];

  test('starts the action once: every control is disabled until it is done', async () => {
    const { page, calls } = await browser.open({ ...scenarioIn('en'), held });
    const section = sectionTexts('en');
    const presses: [string, BridgeMethod, (() => Promise<void>)?][] = [
      [TASKPANE_STRINGS.en.checkButton, 'checkContract'],
      [TASKPANE_STRINGS.en.generateButton, 'generateInvoice'],
      [modelTexts('en').createScenariosButton, 'createScenarios'],
      [section.reconcileButton, 'reconcileInvoice', () => pick(page, section.supplierSheetLabel, LONG)],
      [diagnosticsTexts('en').button, 'runDiagnostics'],
    ];
    for (const [button, method, before] of presses) {
      await before?.();
      await page.getByRole('button', { name: button, exact: true }).dblclick();
      await waitForKind(page, 'busy');
      await expect(page.locator('.of-pane :is(button, select, input):not(:disabled)').count()).resolves.toBe(
        0,
      );
      await expect(calls(method)).resolves.toHaveLength(1);
      await page.evaluate((name) => {
        (window as unknown as { fake: { release(m: string): void } }).fake.release(name);
      }, method);
      await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
      await expect(calls(method)).resolves.toHaveLength(1);
      await expect(page.locator('.of-pane :is(button, select, input):disabled').count()).resolves.toBe(0);
    }

    // Use selection reads the selection once, however often it is clicked while the host answers.
    const control = controlSectionTexts('en');
    await page.getByRole('button', { name: control.useSelection, exact: true }).dblclick();
    await expect(calls('selectedRange')).resolves.toHaveLength(1);
    await page.evaluate(() =>
      (window as unknown as { fake: { release(m: string): void } }).fake.release('selectedRange'),
    );
    await expect(page.getByLabel(control.rangeLabel).inputValue()).resolves.toBe('Sheet1!A1:B2');
    await expect(calls('selectedRange')).resolves.toHaveLength(1);
  });
});

describe('a browser that does not focus the button it clicks (Safari: Excel for Mac)', () => {
  test('still shows each outcome beside the button, and focuses it', async () => {
    const { page } = await browser.open(scenarioIn('en'));
    const section = sectionTexts('en');
    const presses: Step[] = [
      { button: TASKPANE_STRINGS.en.checkButton, kind: 'warning' },
      { button: section.reconcileButton, kind: 'error' },
      { button: diagnosticsTexts('en').button, kind: 'success' },
      { button: TASKPANE_STRINGS.en.generateButton, kind: 'success' },
    ];
    for (const step of presses) {
      await page.evaluate((name) => {
        (document.activeElement as HTMLElement | null)?.blur();
        const buttons = Array.from(document.querySelectorAll('button'));
        const button = buttons.find((candidate) => candidate.textContent?.trim() === name)!;
        button.form!.requestSubmit(button);
      }, step.button);
      await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
      await waitForKind(page, step.kind);
      await expectOutcomeBeside(page, step.button);
    }
  });
});
