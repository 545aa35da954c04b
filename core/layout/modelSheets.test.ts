import { buildWorkbook } from '../xlsx/writeWorkbook';
import type { Language } from '../contract/types';
import { FRENCH_SPACE } from '../i18n/frenchTypography';
import { modelSheetTexts, type ModelBasis } from '../i18n/modelSheets';
import { planToGrid } from './planToGrid';
import { curveSheetPlan } from './curveSheet';
import { exposureSheetPlan } from './exposureSheet';
import { forecastSheetPlan } from './forecastSheet';
import { compareSheetPlan } from './compareSheet';
import { scenariosSheetPlan } from './scenariosSheet';
import { editableScenariosSheetPlan, isScenarioHeader, isTotalHeader } from './editableScenariosSheet';
import { compareRow } from '../model/compare';
import { exposure, type Exposure } from '../model/exposure';
import { evenlySpaced, feeCurve } from '../model/feeCurve';
import { forecast } from '../model/forecast';
import { priceScenario, scenarioOfPeriod } from '../model/scenario';
import { dec } from '../money';
import { bpoCustomerService } from '../templates';
import type { SheetPlan } from './sheetPlan';

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

const october: ModelBasis = { kind: 'period', period: '2026-10' };

/** Every modelling sheet of the BPO template in `lang`, and the names the contract gives (data). */
function modelPlans(lang: Language) {
  const contract = bpoCustomerService.contract(lang);
  const actuals = bpoCustomerService.actuals(lang);
  const values = scenarioOfPeriod(contract, actuals, '2026-10');
  const place = { period: '2026-10', history: actuals };
  const invoice = must(priceScenario(contract, values, place)).invoice;
  const curve = must(feeCurve(contract, values, 'FCR', evenlySpaced(dec('0.7'), dec('0.85'), 7), place));
  const response = contract.kpis[1].name;
  const open: Exposure = {
    ...must(exposure(contract, values, place)).exposure,
    min: null,
    unbounded: [{ clause: response, side: 'min', end: 'upper', reason: 'from the engine' }],
  };
  const simulated = must(
    forecast(contract, { from: '2027-01', to: '2027-03', simulations: 50, seed: 1, history: actuals }),
  ).forecast;
  const scenario = { name: '=HYPERLINK("x")', values };
  const plans: Record<string, SheetPlan> = {
    scenarios: scenariosSheetPlan(contract, [{ scenario, invoice }]),
    editable: editableScenariosSheetPlan(contract, [scenario], {
      fn: 'FEES.CONTRACTFEE',
      contractRange: "'Contract'!$A$1:$H$40",
      priced: [invoice],
    }),
    curve: curveSheetPlan(contract, 'FCR', curve.points, october),
    exposure: exposureSheetPlan(contract, open, { kind: 'scenario', scenario: 'pire', sheet: 'Scénarios' }),
    forecast: forecastSheetPlan(contract, simulated, {
      simulations: 50,
      seed: 1,
      draws: {
        kind: 'triangular',
        sheet: 'Scénarios',
        rows: { worst: 'pire', expected: 'attendu', best: 'meilleur' },
      },
    }),
    compare: compareSheetPlan(
      ['a', 'b'],
      'EUR',
      [compareRow('2026-10', [invoice, invoice])],
      { kind: 'actuals', source: 'Réalisé' },
      lang,
    ),
  };
  const data = new Set<string>([
    contract.name,
    scenario.name,
    'a',
    'b',
    ...contract.kpis.map((k) => k.name),
    ...contract.volumes.map((v) => v.name),
    ...[...invoice.lines, invoice.vat].flatMap((l) => [l.label, l.explanation]),
  ]);
  return { plans, data, contract };
}

const en = modelPlans('en');
const fr = modelPlans('fr');

/** The texts a plan writes (cells, sheet name, chart titles), without the contract's own names. */
function textsOf(plan: SheetPlan, data: ReadonlySet<string>): string[] {
  const cells = plan.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');
  const charts = (plan.charts ?? []).flatMap((c) => [c.title, c.xTitle ?? '']);
  return [plan.name, ...cells, ...charts].filter((t) => t !== '' && !data.has(t));
}

describe.each(Object.entries(en.plans))('the %s sheet', (name, plan) => {
  test('is a workbook exceljs writes, its tables native', () => {
    const sheet = buildWorkbook([plan]).worksheets[0];
    expect(sheet.name).toBe(plan.name);
    expect(plan.tables!.length).toBeGreaterThan(0);
  });

  test('no number format with optional decimals: a whole number never shows as "42,500."', () => {
    const formats = plan.blocks.flatMap((b) => (b.numberFormats ?? []).flat());
    expect(formats.filter((f) => f !== null && /\.#/.test(f))).toEqual([]);
  });

  test('charts point at columns of its own tables, as long as their categories', () => {
    const grid = planToGrid(plan);
    for (const chart of plan.charts ?? []) {
      for (const series of chart.series) {
        expect(series.values.rows).toBe(chart.categories.rows);
        expect(grid[series.values.row - 1][series.values.col]).toBe(series.name);
        expect(typeof grid[series.values.row][series.values.col]).toBe('number');
      }
    }
  });

  test('is all French for a French contract: none of its English texts is left', () => {
    const english = new Set(textsOf(plan, en.data));
    const french = textsOf(fr.plans[name], fr.data);
    // Words both languages write alike: units, percentiles, bounds, codes.
    const same = new Set([
      'Minimum',
      'Maximum',
      'minimum',
      'maximum',
      'P10',
      'P50',
      'P90',
      'Total',
      'Clause',
      'Simulations',
    ]);
    expect(french.filter((t) => english.has(t) && !same.has(t))).toEqual([]);
    const words =
      /\b(the|of|and|every|held|amount|priced|edit|value|values|bound|unbounded|why|mean|from|to|risk|period|kind|line|difference|explanation|sampled|resampled|rows|range|seed|uncapped)\b/i;
    expect(french.filter((t) => words.test(t))).toEqual([]);
  });
});

test('the French and English tables have the same keys', () => {
  expect(Object.keys(modelSheetTexts('fr')).sort()).toEqual(Object.keys(modelSheetTexts('en')).sort());
});

test('workbook text stays text: a scenario named like a formula is a text cell', () => {
  const sheet = buildWorkbook([en.plans.scenarios]).worksheets[0];
  const cell = sheet.getCell('A5');
  expect(cell.value).toBe('=HYPERLINK("x")');
  expect(cell.numFmt).toBe('@');
});

test('the curve sheet holds the points and two XY line charts; the forecast a histogram column chart', () => {
  expect(en.plans.curve.charts!.map((c) => c.kind)).toEqual(['xyLines', 'xyLines']);
  expect(en.plans.forecast.charts!.map((c) => c.kind)).toEqual(['column']);
  const grid = planToGrid(en.plans.curve);
  // FCR 70 %: its malus and the response time's exceed the 1 % malus cap, whose line gives 832.50 back.
  expect(grid[4].slice(0, 5)).toEqual([0.7, -1600, 832.5, 135195, '']);
});

describe('in French', () => {
  const S = FRENCH_SPACE;

  test('the sheets are named, titled and headed in French, periods in words', () => {
    expect(Object.values(fr.plans).map((p) => p.name)).toEqual([
      'Scénarios',
      'Scénarios',
      'Courbe FCR',
      'Exposition',
      'Prévision',
      'Comparaison',
    ]);
    const curve = planToGrid(fr.plans.curve);
    expect(curve[0][0]).toBe('Courbe d’honoraires — FCR');
    expect(curve[1][0]).toBe(
      `Service client externalisé — Acme Retail${S}; toutes les autres valeurs sont celles des réalisés d’octobre 2026.`,
    );
    expect(curve[3]).toEqual(['FCR', 'Montant FCR', 'Plafonds', 'Total de la facture', 'Point de rupture']);
    expect(fr.plans.curve.charts!.map((c) => c.title)).toEqual([
      `FCR${S}: montant de ses clauses`,
      `FCR${S}: total de la facture`,
    ]);
    const forecastGrid = planToGrid(fr.plans.forecast);
    expect(forecastGrid[1][0]).toBe(
      `De janvier 2027 à mars 2027${S}: 50 simulations, graine 1${S}; tirages triangulaires entre les lignes pire, attendu et meilleur de «${S}Scénarios${S}».`,
    );
    expect(forecastGrid.slice(4, 7).map((r) => r[0])).toEqual(['janvier 2027', 'février 2027', 'mars 2027']);
    const compare = planToGrid(fr.plans.compare);
    expect(compare[1][0]).toBe(`Valorisé sur les réalisés de «${S}Réalisé${S}».`);
    expect(compare[3].slice(0, 4)).toEqual(['Période', 'a', 'b', 'Écart (dernier − premier)']);
    expect(compare[4][0]).toBe('octobre 2026');
  });

  test('the exposure says why a side is unbounded in French', () => {
    const grid = planToGrid(fr.plans.exposure);
    expect(grid[3].slice(0, 3)).toEqual(['Borne', 'Total HT', 'Total TTC']);
    expect(grid[4].slice(0, 3)).toEqual(['Minimum', 'non borné', 'non borné']);
    const why = grid.findIndex((row) => row[0] === 'Clause');
    expect(grid[why + 1].slice(0, 3)).toEqual([
      'Délai moyen de réponse',
      'minimum',
      `sans plafond${S}: le malus de Délai moyen de réponse n’a pas de plafond et les minutes n’ont pas de borne supérieure`,
    ]);
  });

  test('a KPI named A : B is printed as named, the French spacing around it only', () => {
    const contract = fr.contract;
    const plan = curveSheetPlan(contract, 'A : B', [], october);
    expect(planToGrid(plan)[3]).toEqual([
      'A : B',
      'Montant A : B',
      'Plafonds',
      'Total de la facture',
      'Point de rupture',
    ]);
    expect(plan.charts![0].title).toBe(`A : B${S}: montant de ses clauses`);
    expect(plan.name).toBe('Courbe A : B');
  });

  test('the Scenarios sheet a French contract gets reads back: its headers are known in either language', () => {
    const header = planToGrid(fr.plans.editable)[3];
    expect(header[0]).toBe('Scénario');
    expect(header.slice(-3)).toEqual(['Total HT', 'TVA', 'Total TTC']);
    expect(isScenarioHeader('Scénario') && isScenarioHeader('scenario')).toBe(true);
    expect(['Total HT', 'TVA', 'Total TTC', 'Subtotal', 'VAT', 'Total'].every(isTotalHeader)).toBe(true);
    expect(isTotalHeader('FCR')).toBe(false);
  });
});
