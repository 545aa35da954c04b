/**
 * The pane at Excel's documented task pane size (350 × 378), and as the Sheets sidebar (300 px wide, its
 * own look), in English and in French: after every action of every section, the outcome is inside the
 * visible part of the pane, beside the button pressed, with the keyboard focus, and nothing is wider than
 * the pane; while an action runs every control is disabled, so a double click starts it once. Workbook
 * text is long here (a sheet name with no space to break at). Screenshots of the BPO template created,
 * checked and invoiced (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
import type { Page } from 'playwright-core';
import { controlSectionTexts } from '../core/i18n/controlSections';
import { diagnosticsTexts } from '../core/i18n/diagnostics';
import { modelTexts } from '../core/i18n/model';
import { sectionTexts } from '../core/i18n/sections';
import { TASKPANE_STRINGS } from '../core/i18n/taskpane';
import { saveScreenshot } from '../test/e2e/harness';
import type { BridgeMethod } from './testing/fakeBridge';
import { LONG, overflow, scenarioIn, steps, type Step } from './testing/paneActions';
import { expectOutcomeBeside, paneInBrowser, pick, waitForKind } from './testing/paneInBrowser';
import { BPO, BPO_FR } from './testing/paneScenarios';

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

  // Excel's pane narrowed by the user, in its own look (14 px, wider than the sidebar's 13 px Arial): a
  // short field's one-word label ("Simulations") keeps its width, and the row of fields wraps instead.
  test.each([320, 300])(
    'in Excel’s pane narrowed to %i px: nothing wider, no label clipped',
    async (width) => {
      const scenario = scenarioIn(lang);
      const { page, watch } = await browser.open(scenario, { viewport: { width, height: 378 } });
      await expect(overflow(page)).resolves.toEqual({ fits: true, wider: [] });
      for (const step of steps(lang, scenario)) await press(page, step);
      expect(watch.pageErrors).toEqual([]);
    },
  );

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

  test.each([350, 320])(
    'at %i × 378: creates, checks and invoices the BPO template (the screenshots)',
    async (width) => {
      const scenario = lang === 'fr' ? BPO_FR : BPO;
      const { page } = await browser.open(scenario, { viewport: { width, height: 378 } });
      const names = ['create', 'check', 'invoice'] as const;
      for (const [index, step] of steps(lang, scenario).slice(0, 3).entries()) {
        // The template's contract is valid: Check says so.
        await press(page, index === 1 ? { ...step, kind: 'success' } : step);
        await saveScreenshot(page, `pane-${width}x378-${lang}-${names[index]}`);
      }
    },
  );
});

// A problem far down the list whose cell cannot be selected (its sheet deleted since the check): the
// failure shows under the list, in view and focused, not above it where the check's outcome was.
test('a problem whose cell cannot be selected says so in view, beside the list, focused', async () => {
  const base = scenarioIn('en');
  const errors = Array.from({ length: 9 }, (_, i) => ({
    sheet: 'Contract',
    address: `H${i + 2}`,
    column: 'Target',
    message: `expected a number, got "n/a ${i}".`,
  }));
  const { page } = await browser.open({
    ...base,
    check: { ...base.check, errors },
    failures: { selectCell: 'The sheet "Contract" was deleted.' },
  });
  await page.getByRole('button', { name: TASKPANE_STRINGS.en.checkButton, exact: true }).click();
  await waitForKind(page, 'warning');
  const last = 'Contract!H10 (Target): expected a number, got "n/a 8".';
  await page.getByRole('button', { name: last, exact: true }).click();
  await waitForKind(page, 'error');
  await expectOutcomeBeside(page, last);
});

// Use selection waits for the host disabled, which takes the focus from it: its failure (a chart selected,
// not cells) still shows beside it, focused, in the pane's words around the host's.
test.each(['en', 'fr'] as const)(
  'Use selection that fails says so beside the button, focused (%s)',
  async (lang) => {
    const { page } = await browser.open({
      ...scenarioIn(lang),
      failures: { selectedRange: 'The current selection is not a range.' },
    });
    const button = controlSectionTexts(lang).useSelection;
    // Clicked as Safari (Excel for Mac) clicks: the button does not take the focus.
    await page.evaluate((name) => {
      (document.activeElement as HTMLElement | null)?.blur();
      const buttons = Array.from(document.querySelectorAll('button'));
      buttons.find((candidate) => candidate.textContent?.trim() === name)!.click();
    }, button);
    await waitForKind(page, 'error');
    await expectOutcomeBeside(page, button);
    await expect(page.locator('.of-status-text').textContent()).resolves.toBe(
      controlSectionTexts(lang).selectionFailed('The current selection is not a range.'),
    );
  },
);

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
