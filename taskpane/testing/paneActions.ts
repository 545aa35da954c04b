/**
 * Every action of the pane, in the order a user goes down it, on a scenario whose workbook text is long (a
 * sheet name with no space to break at), and what "nothing wider than the pane" means: shared by the
 * browser tests that go through every action (statusInView, test/excel/paneAccessibility).
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../core/app/bridge';
import { controlSectionTexts } from '../../core/i18n/controlSections';
import { diagnosticsTexts } from '../../core/i18n/diagnostics';
import { modelTexts } from '../../core/i18n/model';
import { sectionTexts } from '../../core/i18n/sections';
import { TASKPANE_STRINGS } from '../../core/i18n/taskpane';
import type { FakeScenario } from './fakeBridge';
import { pick } from './paneInBrowser';
import { BPO, BPO_FR } from './paneScenarios';

/** A sheet name as a supplier's export names it: nothing to break a line at. */
export const LONG = 'Facture_fournisseur_ContactPlus_octobre_2026_version_corrigée_définitive';

/** Every result the sections show, with long workbook text in it. */
export function scenarioIn(lang: Lang): FakeScenario {
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
    range: { sheets: ['Summary'], message: `2 invoices after "${LONG}".` },
    review: { ...sheet('Performance'), kpis: 3, invoices: 2, misses: 1 },
    reconcile: {
      ...sheet('Reconciliation'),
      differences: 1,
      notes: `Line ${LONG}: over-billed by €0.01.`,
      hiddenRows: [],
    },
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
export interface Step {
  readonly button: string;
  readonly kind: 'success' | 'warning' | 'error';
  readonly before?: (page: Page) => Promise<void>;
}

/** Every action of the pane, in the order a user goes down it. */
export function steps(lang: Lang, scenario: FakeScenario): Step[] {
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
export function overflow(page: Page): Promise<{ fits: boolean; wider: string[] }> {
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
