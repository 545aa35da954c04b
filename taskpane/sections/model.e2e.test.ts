/**
 * The pane's Model section in real headless Chromium, on the scripted bridge: a Scenarios sheet made and
 * its scenarios offered as the values held, a fee curve, an exposure, a forecast and a comparison, each
 * with what the pane sent the host; refusals before any call; workbook text (sheet, scenario and KPI
 * names) shown as text. At Excel's 350 × 378, in English and French, the outcome shows beside its button:
 * screenshots docs/screenshots/model-*.png (with UPDATE_SCREENSHOTS=1).
 */
import { contractText } from '../../core/i18n/contract';
import { modelTexts } from '../../core/i18n/model';
import { saveScreenshot } from '../../test/e2e/harness';
import type { FakeScenario } from '../testing/fakeBridge';
import {
  expectText,
  expectTexts,
  expectOutcomeBeside,
  paneInBrowser,
  pick,
  press,
  statusText,
  waitForKind,
  XSS,
} from '../testing/paneInBrowser';
import { ONE_CONTRACT } from '../testing/paneScenarios';

const KPI = `FCR ${XSS}`;

const en = modelTexts('en');

// The host's messages as the core writes them, so that a fake's own wording cannot drift from the product's.
const SCENARIO: FakeScenario = {
  ...ONE_CONTRACT,
  check: { ...ONE_CONTRACT.check, contracts: ['Contract', 'Contract (2)'] },
  sheets: ['Actuals (2)', 'Scenarios'],
  kpis: [KPI, 'CSAT'],
  scenarioNames: { Scenarios: ['worst', 'expected', `best ${XSS}`] },
  scenarios: { sheet: 'Scenarios', live: true, message: en.scenariosLive('Scenarios') },
  repriced: { sheet: 'Scenarios priced', message: en.repriced('Scenarios priced', 3) },
  curve: { sheet: 'Curve FCR', message: en.curveMade(KPI, 'Curve FCR', 7) },
  exposure: {
    sheet: 'Exposure',
    minimum: '€129,195.00',
    maximum: '€137,700.00',
    unbounded: [],
    message: en.exposure(en.scenarioBase('best', 'Scenarios'), '€129,195.00', '€137,700.00', 'Exposure'),
  },
  forecast: {
    sheet: 'Forecast',
    message: en.forecastMade('Forecast', '€1,626,075.95', '€1,590,086.16', '€1,659,302.16', '€33,226.21'),
  },
  comparison: {
    sheet: 'Comparison',
    message: en.compared('Comparison', 'Contract', 'Contract (2)', 4, '€0.00', 'actuals'),
  },
};

/** An amount as French writes it: narrow no-break spaces between digit groups, a no-break space before €. */
const euros = (amount: string) => `${amount.replace(/ /g, '\u202f')}\u00a0€`;
const fr = modelTexts('fr');

// The host's messages in French, as the core writes them (its spaces included), so the pictures are true.
const FRENCH: Partial<FakeScenario> = {
  hostLanguage: 'fr',
  scenarios: {
    sheet: 'Scénarios',
    live: false,
    message: fr.scenariosFrozen(
      'Scénarios',
      `pire ${euros('129 195,00')}, attendu ${euros('130 620,00')}, meilleur ${euros('137 700,00')}`,
    ),
  },
  curve: { sheet: 'Courbe FCR', message: fr.curveMade('FCR', 'Courbe FCR', 21) },
  forecast: {
    sheet: 'Prévision',
    message: fr.forecastMade(
      'Prévision',
      euros('1 626 075,95'),
      euros('1 590 086,16'),
      euros('1 659 302,16'),
      euros('33 226,21'),
    ),
  },
};

const browser = paneInBrowser();
const openPane = (overrides: Partial<FakeScenario> = {}, viewport = { width: 320, height: 900 }) =>
  browser.open({ ...SCENARIO, ...overrides }, { viewport });

describe('Model section in Chromium', () => {
  test('makes a Scenarios sheet, then models on its scenarios and on the period', async () => {
    const { page, watch, calls, close } = await openPane();
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'success');

    await press(page, 'Create scenarios sheet');
    await expectText(statusText(page), SCENARIO.scenarios!.message);
    await expect(calls('createScenarios')).resolves.toEqual([['createScenarios', 'en']]);
    await expect(page.getByLabel('Scenarios sheet').inputValue()).resolves.toBe('Scenarios');
    const held = page.getByLabel('Values held');
    await expectTexts(held.locator('option'), [
      'Actuals of the chosen period',
      'worst',
      'expected',
      `best ${XSS}`,
    ]);

    // The curve and the exposure of a scenario.
    await held.selectOption({ label: `best ${XSS}` });
    await pick(page, 'KPI', KPI);
    await page.getByLabel('Lowest').fill('0.70');
    await page.getByLabel('Highest').fill('0.85');
    await page.getByLabel('Points').fill('7');
    await press(page, 'Draw the fee curve');
    await expectText(statusText(page), SCENARIO.curve!.message);
    const best = { kind: 'scenario', sheet: 'Scenarios', scenario: `best ${XSS}` };
    await expect(calls('feeCurve')).resolves.toEqual([
      ['feeCurve', { kpi: KPI, from: '0.70', to: '0.85', steps: '7', base: best }, 'en'],
    ]);
    await press(page, 'Compute the exposure');
    await expect(calls('scenarioExposure')).resolves.toEqual([
      ['scenarioExposure', 'Scenarios', `best ${XSS}`, 'en'],
    ]);

    // Back to the period chosen under Generate invoice.
    await held.selectOption('');
    await page.getByLabel('Period').selectOption('2026-09');
    await press(page, 'Compute the exposure');
    await expect(calls('periodExposure')).resolves.toEqual([['periodExposure', '2026-09', 'en']]);

    await page.getByLabel('First month', { exact: true }).fill('2027-04');
    await page.getByLabel('Simulations').fill('500');
    await page.getByLabel('Seed').fill('42');
    await page.getByLabel('Values drawn').selectOption('declared');
    await press(page, 'Forecast');
    await expectText(statusText(page), SCENARIO.forecast!.message);
    await expect(calls('forecast')).resolves.toEqual([
      [
        'forecast',
        {
          firstMonth: '2027-04',
          months: '12',
          simulations: '500',
          seed: '42',
          method: 'declared',
          scenarioSheet: 'Scenarios',
        },
        'en',
      ],
    ]);

    await press(page, 'Reprice scenarios');
    await expect(calls('repriceScenarios')).resolves.toEqual([['repriceScenarios', 'Scenarios', 'en']]);

    // Lists are read when they get focus.
    await page.getByLabel('First contract').focus();
    await page.getByLabel('First contract').locator('option').nth(1).waitFor({ state: 'attached' });
    await expect(page.getByLabel('First contract').inputValue()).resolves.toBe('Contract');
    await expect(page.getByLabel('Second contract').inputValue()).resolves.toBe('Contract (2)');
    await press(page, 'Compare');
    await expectText(statusText(page), SCENARIO.comparison!.message);
    await expect(calls('compareContracts')).resolves.toEqual([
      ['compareContracts', 'Contract', 'Contract (2)', 'en', { kind: 'actuals' }],
    ]);
    // The command line's other bases: the Scenarios sheet chosen above, the period chosen, and a forecast
    // as the Forecast fields above give it (the core reads them, as Forecast's).
    await pick(page, 'Compared on', 'scenarios');
    await press(page, 'Compare');
    await pick(page, 'Compared on', 'period');
    await press(page, 'Compare');
    await expectText(statusText(page), SCENARIO.comparison!.message);
    await pick(page, 'Compared on', 'forecast');
    await expect(page.getByLabel('Compared on').locator('option:checked').textContent()).resolves.toBe(
      'A forecast (Forecast fields)',
    );
    await press(page, 'Compare');
    await expectText(statusText(page), SCENARIO.comparison!.message);
    const forecast = {
      kind: 'forecast',
      firstMonth: '2027-04',
      months: '12',
      simulations: '500',
      seed: '42',
    };
    await expect(calls('compareContracts')).resolves.toEqual([
      ['compareContracts', 'Contract', 'Contract (2)', 'en', { kind: 'actuals' }],
      ['compareContracts', 'Contract', 'Contract (2)', 'en', { kind: 'scenarios', sheet: 'Scenarios' }],
      ['compareContracts', 'Contract', 'Contract (2)', 'en', { kind: 'period', period: '2026-09' }],
      ['compareContracts', 'Contract', 'Contract (2)', 'en', forecast],
    ]);

    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await saveScreenshot(page.locator('#outcome-fees-1-model-sections'), 'model-section-en');
    await close();
  });

  test('refuses before calling the host, and shows the host’s refusal', async () => {
    // The host's refusal as the core words it (a KPI value outside its valid range), not the fake's own.
    const outside = contractText('en').problems.outsideRange({
      value: '77.4',
      min: '0',
      max: '1',
      unit: 'percent',
      declared: false,
      hint: '0.774',
    });
    const refusal = en.kpiProblem('FCR', outside);
    const { page, calls, close } = await openPane({ failures: { feeCurve: refusal } });
    await page.getByLabel('Scenarios sheet').selectOption('');
    await press(page, 'Reprice scenarios');
    await expectText(statusText(page), 'Choose the Scenarios sheet first.');
    await pick(page, 'Second contract', 'Contract');
    await press(page, 'Compare');
    await expectText(statusText(page), 'Choose two different contract sheets.');
    await expect(calls('repriceScenarios')).resolves.toEqual([]);
    await expect(calls('compareContracts')).resolves.toEqual([]);

    // A sheet that holds no scenarios: said at once, and only the period is offered.
    await pick(page, 'Scenarios sheet', 'Actuals (2)');
    await waitForKind(page, 'error');
    await expectText(statusText(page), en.failed(en.notAScenarioSheet('Actuals (2)')));
    await expect(page.getByLabel('Values held').locator('option').count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'success');
    await press(page, 'Draw the fee curve');
    await expectText(statusText(page), "Choose one of the contract's KPIs in the KPI list.");
    await expect(calls('feeCurve')).resolves.toEqual([]);
    await pick(page, 'KPI', 'CSAT');
    await press(page, 'Draw the fee curve');
    await expectText(statusText(page), en.failed(refusal));
    await close();
  });
});

// French names the sheet "Scénarios": the list keeps it chosen when it is read again (on focus, after a
// sheet another action painted), as English keeps "Scenarios", so Reprice does not ask for a sheet shown.
test('keeps the French Scénarios sheet just made chosen when the lists are read again', async () => {
  const { page, calls, close } = await openPane({
    ...FRENCH,
    sheets: ['Feuil1', 'Scénarios', 'Courbe FCR'],
    scenarioNames: { Scénarios: ['pire', 'attendu', 'meilleur'] },
    scenarios: { ...FRENCH.scenarios!, sheet: 'Scénarios' },
  });
  await press(page, 'Créer la feuille de scénarios');
  const list = page.getByLabel('Feuille de scénarios');
  await expect(list.inputValue()).resolves.toBe('Scénarios');
  await pick(page, 'KPI', KPI);
  await press(page, 'Tracer la courbe');
  await list.focus();
  await expect(calls('workbookLists')).resolves.toHaveLength(4);
  await expect(list.inputValue()).resolves.toBe('Scénarios');
  await press(page, 'Revaloriser les scénarios');
  await expect(calls('repriceScenarios')).resolves.toEqual([['repriceScenarios', 'Scénarios', 'fr']]);
  await close();
});

describe.each(['en', 'fr'] as const)('Model section at 350 × 378 (%s)', (lang) => {
  const BUTTONS = {
    en: { create: 'Create scenarios sheet', curve: 'Draw the fee curve', forecast: 'Forecast' },
    fr: { create: 'Créer la feuille de scénarios', curve: 'Tracer la courbe', forecast: 'Prévoir' },
  } as const;

  test('shows each outcome inside the visible pane, beside its button', async () => {
    const { page, close } = await openPane(lang === 'fr' ? FRENCH : {}, { width: 350, height: 378 });
    await page
      .getByRole('button', { name: lang === 'fr' ? 'Vérifier le contrat' : 'Check contract' })
      .click();
    await waitForKind(page, 'success');
    for (const action of ['create', 'curve', 'forecast'] as const) {
      if (action === 'curve') await pick(page, 'KPI', KPI);
      const button = page.getByRole('button', { name: BUTTONS[lang][action], exact: true });
      await button.click();
      await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
      await waitForKind(page, 'success');
      await expectOutcomeBeside(page, BUTTONS[lang][action]);
      await saveScreenshot(page, `model-350x378-${lang}-${action}`);
    }
    await close();
  });
});
