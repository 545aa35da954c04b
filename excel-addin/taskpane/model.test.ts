/**
 * The pane's Model section on the Excel fake: the core's actions through the Excel bridge and workbook
 * port. The Scenarios sheet's totals are live FEES.CONTRACTFEE formulas, calculated by the fake with the
 * add-in's own CONTRACTFEE (as Excel calls the registered function), so editing a KPI value recalculates
 * them; every other action paints a new sheet in a constant number of runs, the contract untouched.
 */
import { workbookActions } from '../../core/app/actions';
import { CONTRACTFEE } from '../../core/functions/defs/contractFee';
import { evaluate } from '../../core/functions/evaluate';
import type { HostArg } from '../../core/functions/hostValues';
import { priceScenario } from '../../core/model/scenario';
import { fromHostNumber, toHostNumber } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { fakeExcel, useOfficeRequirements, type CustomFunction } from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

/** CONTRACTFEE as Excel runs it for the add-in: host values in, a number or an error out. */
const contractFee: CustomFunction = (args) => {
  const result = evaluate(CONTRACTFEE, args as unknown as HostArg[]);
  if (typeof result !== 'number') throw new Error(JSON.stringify(result));
  return result;
};

function excelPane() {
  const fake = fakeExcel({ customFunctions: { 'FEES.CONTRACTFEE': contractFee } });
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
  return { fake, bridge };
}

/** The engine's total for the BPO template at a Scenarios row's values, named by the sheet's header. */
function engineTotal(header: readonly unknown[], row: readonly unknown[]): number {
  const contract = bpoCustomerService.contract('en');
  const values = { volumes: new Map(), kpis: new Map() };
  header.forEach((name, c) => {
    const target = contract.volumes.some((v) => v.name === name)
      ? values.volumes
      : contract.kpis.some((k) => k.name === name)
        ? values.kpis
        : null;
    target?.set(name as string, fromHostNumber(row[c] as number));
  });
  const result = priceScenario(contract, values);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return toHostNumber(result.invoice.total)!;
}

describe('Model section in Excel', () => {
  let restore = (): void => undefined;
  afterEach(() => restore());

  it('makes a live Scenarios sheet: editing a KPI value recalculates its CONTRACTFEE totals', async () => {
    const { fake, bridge } = excelPane();
    const { sheets } = await bridge.newContract('bpo-customer-service', 'en');
    const before = sheets.map((name) => fake.book.snapshot(name));
    const runs = fake.runs.length;

    const result = await bridge.createScenarios('en');
    // Sheets and the contract's tables, the Contract sheet's extent, then the paint.
    expect(fake.runs.length - runs).toBe(4);
    expect(result).toEqual({
      sheet: 'Scenarios',
      live: true,
      message: 'Scenarios worst, expected and best on "Scenarios": edit a value and its totals recalculate.',
    });
    const grid = () => fake.book.grid('Scenarios');
    const header = grid()[3];
    expect(header.slice(0, 5)).toEqual(['Scenario', 'Interactions', 'FCR', 'Average response time', 'CSAT']);
    expect(header.slice(-3)).toEqual(['Subtotal', 'VAT', 'Total']);
    const [subtotal, vat, total] = [header.length - 3, header.length - 2, header.length - 1];
    const rows = grid().slice(4, 7);
    expect(rows.map((row) => row[0])).toEqual(['worst', 'expected', 'best']);
    for (const row of rows) expect(row[total]).toBe(engineTotal(header, row));
    // Over the Contract sheet's cells as the port read them (the totals above show they hold the contract).
    const totalCell = `${String.fromCharCode(65 + total)}5`;
    expect(fake.book.snapshot('Scenarios').cells[totalCell].formula).toMatch(
      /^=FEES\.CONTRACTFEE\('Contract'!\$A\$1:\$[A-Z]+\$\d+,\$B\$4:\$(?<last>[A-Z])\$4,B5:\k<last>5,"total"\)$/,
    );

    // The user raises the expected FCR to 80 %: Excel recalculates the row, as the engine prices it.
    const scenarios = fake.book.find('Scenarios')!;
    fake.book.write(scenarios, 5, 2, 0.8, 'user');
    const edited = grid()[5];
    expect(edited[total]).toBe(engineTotal(header, edited));
    expect(edited[total]).not.toBe(rows[1][total]);
    expect(edited[vat]).toBeCloseTo((edited[total] as number) - (edited[subtotal] as number), 6);
    expect(sheets.map((name) => fake.book.snapshot(name))).toEqual(before);

    // Repricing reads the edited values: the same totals, frozen, with their lines, on a new sheet.
    const repriced = await bridge.repriceScenarios('Scenarios', 'en');
    expect(repriced.sheet).toBe('Scenarios priced');
    const priced = fake.book.grid('Scenarios priced').slice(4, 7);
    expect(priced.map((row) => row[7])).toEqual(
      grid()
        .slice(4, 7)
        .map((row) => row[7]),
    );
  });

  it("keeps its totals live over a Contract sheet renamed with an apostrophe and a '!' (quoted, quote doubled)", async () => {
    const { fake, bridge } = excelPane();
    await bridge.newContract('bpo-customer-service', 'en');
    // The user renames the Contract sheet; its tag still finds it.
    const renamed = "Éric's contract! (2)";
    (fake.book.find('Contract') as { name: string }).name = renamed;
    fake.book.active = renamed;
    await bridge.createScenarios('en');
    const grid = fake.book.grid('Scenarios');
    const header = grid[3];
    const total = header.length - 1;
    const totalCell = `${String.fromCharCode(65 + total)}5`;
    expect(fake.book.snapshot('Scenarios').cells[totalCell].formula).toMatch(
      /^=FEES\.CONTRACTFEE\('Éric''s contract! \(2\)'!\$A\$1:/,
    );
    // Excel resolves the reference: an edited FCR recalculates the total over the renamed sheet's cells.
    fake.book.write(fake.book.find('Scenarios')!, 5, 2, 0.8, 'user');
    const edited = fake.book.grid('Scenarios')[5];
    expect(edited[total]).toBe(engineTotal(header, edited));
    expect(edited[total]).not.toBe(grid[5][total]);
  });

  it('paints a fee curve with its two XY line charts and a forecast with its histogram', async () => {
    // The manifest's ExcelApi 1.12 has the charts' calls (1.7).
    restore = useOfficeRequirements('1.12');
    const { fake, bridge } = excelPane();
    await bridge.newContract('bpo-customer-service', 'fr');
    const base = { kind: 'period', period: '2026-10' } as const;
    const runs = fake.runs.length;
    const curve = await bridge.feeCurve({ kpi: 'FCR', from: '0,70', to: '0,85', steps: '7', base }, 'fr');
    expect(fake.runs.length - runs).toBe(3);
    // 7 evenly spaced points and the 4 breakpoints between them (core/app/modelActions.test.ts).
    expect(curve.message).toBe('Courbe d’honoraires de FCR, 11 points, dans «\u00a0Courbe FCR\u00a0».');
    // The README's curve: the malus cap below, the neutral band around 75 %, the €6,000 bonus cap above.
    expect(
      fake.book
        .grid('Courbe FCR')
        .slice(4, 15)
        .map((row) => [row[0], row[3]]),
    ).toEqual([
      [0.7, 135195],
      [0.7208125, 135195],
      [0.725, 135396],
      [0.74, 136116],
      [0.75, 136116],
      [0.76, 136116],
      [0.775, 136836],
      [0.785, 137316],
      [0.8, 137316],
      [0.825, 137316],
      [0.85, 137316],
    ]);
    // Drawn at their values, not at equal steps: XY lines over the value column.
    // Its x axis spans the curve: Excel would start it at 0 and squeeze 70 %–85 % into its right sixth.
    const charts = fake.book.find('Courbe FCR')!.charts;
    expect(charts.map((c) => [c.type, c.series.map((s) => s.xValues), c.categoryBounds])).toEqual([
      ['XYScatterLines', ['A5:A15'], { minimum: 0.7, maximum: 0.85 }],
      ['XYScatterLines', ['A5:A15'], { minimum: 0.7, maximum: 0.85 }],
    ]);

    const forecast = await bridge.forecast(
      { months: '12', simulations: '200', seed: '42', method: 'resampled' },
      'fr',
    );
    expect(forecast.message).toMatch(/^Prévision dans «\u00a0Prévision\u00a0»\u00a0: moyenne /);
    expect(fake.book.find('Prévision')!.charts.map((c) => c.type)).toEqual(['ColumnClustered']);
  });

  it('costs the same Excel runs and syncs for a curve of 7 points as for one of 201 (the most the pane takes)', async () => {
    restore = useOfficeRequirements('1.12');
    const cost = async (steps: string) => {
      const { fake, bridge } = excelPane();
      await bridge.newContract('bpo-customer-service', 'en');
      const runs = fake.runs.length;
      const base = { kind: 'period', period: '2026-10' } as const;
      await bridge.feeCurve({ kpi: 'FCR', from: '0.5', to: '1', steps, base }, 'en');
      const sheet = fake.book.sheets.at(-1)!;
      return { runs: fake.runs.slice(runs).map((run) => run.syncs), charts: sheet.charts.length };
    };
    const [few, many] = [await cost('7'), await cost('201')];
    expect(many).toEqual(few);
    expect(few.charts).toBe(2);
  });
});
