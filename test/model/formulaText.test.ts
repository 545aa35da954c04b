/** Workbook text is data: in every modelling sheet, text that begins like a formula is a text cell. */
import { compareSheetPlan } from '../../core/layout/compareSheet';
import { curveSheetPlan } from '../../core/layout/curveSheet';
import { editableScenariosSheetPlan } from '../../core/layout/editableScenariosSheet';
import { exposureSheetPlan } from '../../core/layout/exposureSheet';
import { forecastSheetPlan } from '../../core/layout/forecastSheet';
import { scenariosSheetPlan } from '../../core/layout/scenariosSheet';
import { TEXT_FORMAT, type SheetPlan } from '../../core/layout/sheetPlan';
import { compareRow } from '../../core/model/compare';
import { kinkedCurve } from '../../core/model/curveKinks';
import { exposure } from '../../core/model/exposure';
import { forecast } from '../../core/model/forecast';
import { priceScenario, scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const NAMES = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)'];

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

test.each(['en', 'fr'] as const)('%s: a name like a formula is text in every modelling sheet', (lang) => {
  const contract = bpoCustomerService.contract(lang);
  const actuals = bpoCustomerService.actuals(lang);
  const values = scenarioOfPeriod(contract, actuals, '2026-10');
  const invoice = must(priceScenario(contract, values)).invoice;
  const scenarios = NAMES.map((name) => ({ name, values }));
  const [name] = NAMES;
  const basis = { kind: 'scenario', scenario: name, sheet: NAMES[3] } as const;
  const kpi = contract.kpis[0].name;
  const curve = must(kinkedCurve(contract, values, kpi, [dec('0.7'), dec('0.8')]));
  const f = must(
    forecast(contract, { from: '2027-01', to: '2027-02', simulations: 5, seed: 1, history: actuals }),
  );
  const plans: SheetPlan[] = [
    scenariosSheetPlan(
      contract,
      scenarios.map((scenario) => ({ scenario, invoice })),
    ),
    editableScenariosSheetPlan(contract, scenarios, {
      fn: 'FEES.CONTRACTFEE',
      contractRange: "'Contract'!$A$1:$H$40",
      priced: scenarios.map(() => invoice),
    }),
    curveSheetPlan(contract, kpi, curve.points, basis),
    exposureSheetPlan(contract, must(exposure(contract, values)).exposure, basis),
    forecastSheetPlan(contract, f.forecast, {
      simulations: 5,
      seed: 1,
      draws: {
        kind: 'triangular',
        sheet: NAMES[2],
        rows: { worst: 'worst', expected: 'expected', best: 'best' },
      },
    }),
    compareSheetPlan(
      NAMES.slice(0, 2),
      'EUR',
      NAMES.map((n) => compareRow(n, [invoice, invoice])),
      {
        kind: 'scenarios',
        source: NAMES[1],
        pricedAs: [
          { contract: NAMES[0], period: '2026-01' },
          { contract: NAMES[1], period: '2026-03' },
        ],
      },
      lang,
    ),
  ];
  let seen = 0;
  for (const plan of plans) {
    const formulaLike: string[] = [];
    for (const block of plan.blocks)
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value === 'string' && /^[=+\-@]/.test(value)) seen++;
          if (
            typeof value === 'string' &&
            /^[=+\-@]/.test(value) &&
            block.numberFormats?.[r]?.[c] !== TEXT_FORMAT
          )
            formulaLike.push(`${plan.name}: ${value}`);
        }),
      );
    expect(formulaLike).toEqual([]);
  }
  // The names are there to be checked: the scenario rows, the compared rows and headers.
  expect(seen).toBeGreaterThanOrEqual(3 * NAMES.length);
});
