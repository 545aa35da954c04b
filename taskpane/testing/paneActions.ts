/**
 * Every action of the pane, in the order a user goes down it, on a scenario whose workbook text is long (a
 * sheet name with no space to break at), and what "nothing wider than the pane" means: shared by the
 * browser tests that go through every action (statusInView, test/excel/paneAccessibility).
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../core/app/bridge';
import { contractText } from '../../core/i18n/contract';
import { controlSectionTexts } from '../../core/i18n/controlSections';
import { diagnosticsTexts } from '../../core/i18n/diagnostics';
import { modelTexts } from '../../core/i18n/model';
import { modelSheetTexts } from '../../core/i18n/modelSheets';
import { reconciliationTexts } from '../../core/i18n/reconciliation';
import { sectionTexts } from '../../core/i18n/sections';
import { TASKPANE_STRINGS } from '../../core/i18n/taskpane';
import type { FakeScenario } from './fakeBridge';
import { pick } from './paneInBrowser';
import { BPO, BPO_FR } from './paneScenarios';

/** A sheet name as a supplier's export names it: nothing to break a line at. */
export const LONG = 'Facture_fournisseur_ContactPlus_octobre_2026_version_corrigée_définitive';

/**
 * Every result the sections show, with long workbook text in it: each message is the core's own text (as the
 * real bridge answers), the long name put where the workbook's text goes, so a reworded message cannot leave
 * the fake saying the old words.
 */
export function scenarioIn(lang: Lang): FakeScenario {
  const base = lang === 'fr' ? BPO_FR : BPO;
  const model = modelTexts(lang);
  const section = sectionTexts(lang);
  const control = controlSectionTexts(lang);
  const amount = lang === 'fr' ? '1,00\u00a0€' : '€1.00';
  const cent = lang === 'fr' ? '0,01\u00a0€' : '€0.01';
  return {
    ...base,
    check: {
      ...base.check,
      ok: false,
      contracts: [base.check.contractSheet, `${base.check.contractSheet} (2)`],
      errors: [
        {
          sheet: LONG,
          address: 'H7',
          column: LONG,
          message: contractText(lang).problems.expectedNumber(`"${LONG}"`),
        },
      ],
    },
    sheets: ['Sheet1', LONG, 'Scenarios', 'Invoice 2026-10'],
    kpis: ['FCR', LONG],
    scenarioNames: { Scenarios: ['worst', 'expected', LONG] },
    scenarios: { sheet: 'Scenarios', message: model.scenariosLive(LONG), live: true },
    repriced: { sheet: 'Scenarios priced', message: model.repriced(LONG, 3) },
    curve: { sheet: 'Curve FCR', message: model.curveMade(LONG, 'Curve FCR', 7) },
    forecast: { sheet: 'Forecast', message: model.forecastMade(LONG, amount, amount, amount, amount) },
    comparison: {
      sheet: 'Comparison',
      message: model.compared(LONG, base.check.contractSheet, LONG, 4, amount, 'actuals'),
    },
    exposure: {
      sheet: 'Exposure',
      minimum: amount,
      maximum: null,
      unbounded: [modelSheetTexts(lang).uncapped(LONG, 'max', 'percent', 'upper')],
      message: model.exposure(model.periodBase('2026-09'), amount, null, LONG),
    },
    range: { sheets: ['Summary'], message: section.rangeInvoiced(2, LONG) },
    review: {
      sheet: 'Performance',
      message: control.reviewed(LONG, 3, 2, 1),
      kpis: 3,
      invoices: 2,
      misses: 1,
    },
    reconcile: {
      sheet: 'Reconciliation',
      message: section.reconciled(LONG, 1),
      differences: 1,
      notes: reconciliationTexts(lang).billedDiffers(LONG, amount, amount, '', true, cent),
      hiddenRows: [],
    },
    correction: {
      sheet: 'Credit note',
      message: control.corrected('credit', 'INV-2026-10', LONG, `−${amount}`, 1),
      kind: 'credit',
      difference: `−${amount}`,
    },
    diagnostics: {
      sheet: 'Diagnostics',
      checks: [],
      report: `${diagnosticsTexts(lang).reportHeading}: ${LONG}`,
      message: diagnosticsTexts(lang).summary(0, 0, [LONG]),
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
