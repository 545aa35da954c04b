/** The CLI's demo and invoice commands, through the built package, with the .xlsx read back. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { requireBuilt } from '../support/builtCore';

type Main = (argv: string[], io: { out: (t: string) => void; err: (t: string) => void }) => Promise<number>;
const { main } = requireBuilt<{ main: Main }>('dist/core/cli/main.js');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-cli-'));

describe('outcome-fees demo', () => {
  it('writes Contract, Actuals and one invoice sheet per sample period, and prints the totals', async () => {
    const file = join(dir, 'demo.xlsx');
    const { code, out } = await run(['demo', '-o', file]);
    expect(code).toBe(0);
    expect(out).toContain(`Wrote ${file}`);
    expect(out).toContain('invoice bpo-customer-service-2026-10, total 136,788.00 EUR');
    const workbook = await readBack(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'Contract',
        'Actuals',
        'Invoice 2026-09',
        'Invoice 2026-10',
        'Invoice 2026-11',
        'Invoice 2026-12',
      ]),
    );
  });

  it('the worked example invoice: amounts, SUM over exactly the line cells, formats', async () => {
    const file = join(dir, 'october.xlsx');
    expect((await run(['demo', '--period', '2026-10', '-o', file])).code).toBe(0);
    const sheet = (await readBack(file)).getWorksheet('Invoice 2026-10')!;
    const column = (col: string, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(`${col}${from + i}`));
    expect(sheet.getCell('A8').value).toBe('Line');
    expect(column('F', 9, 13).map((c) => c.value)).toEqual([20000, 88750, 560, -320, 5000]);
    expect(column('F', 9, 13).every((c) => c.numFmt === '#,##0.00 "EUR"')).toBe(true);
    const subtotal = sheet.getCell('F15').value as ExcelJS.CellFormulaValue;
    expect(subtotal.formula).toBe('SUM(F9:F13)');
    expect(subtotal.result).toBe(113990);
    expect(sheet.getCell('F16').value).toEqual({ formula: 'ROUND(ROUND(F15*100,0)/5,0)/100', result: 22798 });
    expect((sheet.getCell('F17').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(F15:F16)');
    expect((sheet.getCell('F17').value as ExcelJS.CellFormulaValue).result).toBe(136788);
    expect(sheet.getCell('B11').value).toBe(
      'FCR 77.4% vs target 75%: +1.4 pts beyond the ±1 pt neutral band × €400 = €560.00; gate CSAT 91.2% ≥ 85%: held',
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
  });
});

describe('outcome-fees invoice', () => {
  const contractFile = join(dir, 'contract.json');
  const actualsFile = join(dir, 'actuals.csv');

  beforeAll(async () => {
    let contract = '';
    let actuals = '';
    await main(['template', 'bpo-customer-service'], { out: (t) => (contract += t), err: () => undefined });
    await main(['template', 'bpo-customer-service', '--actuals'], {
      out: (t) => (actuals += t),
      err: () => undefined,
    });
    // Workbook text is data: labels that look like formulas must land as text.
    const hostile = JSON.parse(contract);
    hostile.fixedFees[0].label = '=HYPERLINK("http://evil.example","click")';
    hostile.parties.client = "+cmd|' /C calc'!A0";
    hostile.parties.provider = '@SUM(A1)';
    hostile.name = '-2+3';
    writeFileSync(contractFile, JSON.stringify(hostile));
    writeFileSync(actualsFile, actuals);
  });

  it('prints the invoice as JSON with exact decimal strings', async () => {
    const { code, out } = await run([
      'invoice',
      '--contract',
      contractFile,
      '--actuals',
      actualsFile,
      '--period',
      '2026-10',
      '--json',
    ]);
    expect(code).toBe(0);
    const invoice = JSON.parse(out);
    expect(invoice).toMatchObject({
      number: 'bpo-customer-service-2026-10',
      subtotal: '113990.00',
      total: '136788.00',
    });
    expect(invoice.vat).toMatchObject({ kind: 'vat', amount: '22798.00' });
  });

  it('writes an .xlsx where text that looks like a formula stays text', async () => {
    const file = join(dir, 'invoice.xlsx');
    const { code } = await run([
      'invoice',
      '--contract',
      contractFile,
      '--actuals',
      actualsFile,
      '--period',
      '2026-10',
      '-o',
      file,
    ]);
    expect(code).toBe(0);
    const sheet = (await readBack(file)).worksheets[0];
    const texts = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", '@SUM(A1)', '-2+3'];
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    for (const text of texts) {
      const cell = cells.find((c) => c.value === text);
      expect(cell).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
      expect(cell!.numFmt).toBe('@');
    }
    expect(
      cells
        .filter((c) => c.type === ExcelJS.ValueType.Formula)
        .map((c) => (c.value as ExcelJS.CellFormulaValue).formula),
    ).toEqual(['SUM(F9:F13)', 'ROUND(ROUND(F15*100,0)/5,0)/100', 'SUM(F15:F16)']);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });

  it('lists every problem and exits 1', async () => {
    const badActuals = join(dir, 'bad.csv');
    writeFileSync(badActuals, 'Period,Kind,Name,Value\n2026-10,kpi,FCR,n/a\n2026-10,kpi,Unknown KPI,1\n');
    const { code, err } = await run([
      'invoice',
      '--contract',
      contractFile,
      '--actuals',
      badActuals,
      '--period',
      '2026-10',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('bad.csv!D2');
    expect(err).toContain('Unknown KPI');
    expect((await run(['invoice', '--contract', contractFile])).code).toBe(2);
  });
});
