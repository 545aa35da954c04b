/**
 * `reconcile` and `verify` through the built CLI, on the BPO worked example (October 2026): exit 0 / 1 / 2
 * as `diff` gives them, the differing line named with its difference, mapping files, the Reconciliation
 * sheet, and invoices edited with exceljs after they were written.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { requireBuilt } from '../support/builtCore';

type Io = { out: (t: string) => void; err: (t: string) => void };
type Main = (argv: string[], io: Io) => Promise<number>;
const { main } = requireBuilt<{ main: Main }>('dist/core/cli/main.js');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-control-'));
const file = (name: string) => join(dir, name);
const contract = file('contract.json');
const actuals = file('actuals.csv');
const base = ['--contract', contract, '--actuals', actuals];

/** The supplier's invoice equal to the computed October invoice, as CSV rows. */
const SUPPLIER = [
  'Line,Quantity,Amount',
  'Fixed management fee,,20000.00',
  'Interactions,42500,88750.00',
  'FCR,,560.00',
  'Average response time,,-320.00',
  'CSAT,,5000.00',
  'Subtotal excl. VAT,,113990.00',
  'VAT 20%,,22798.00',
  'Total incl. VAT,,136788.00',
];

beforeAll(async () => {
  let text = '';
  await main(['template', 'bpo-customer-service'], { out: (t) => (text += t), err: () => undefined });
  writeFileSync(contract, text);
  text = '';
  await main(['template', 'bpo-customer-service', '--actuals'], {
    out: (t) => (text += t),
    err: () => undefined,
  });
  writeFileSync(actuals, text);
});

function supplier(name: string, rows: string[]): string {
  writeFileSync(file(name), `${rows.join('\n')}\n`);
  return file(name);
}

const reconcileArgs = (supplierFile: string, ...more: string[]) => [
  'reconcile',
  ...base,
  '--period',
  '2026-10',
  '--supplier',
  supplierFile,
  ...more,
];

describe('outcome-fees reconcile', () => {
  it('exits 0 when the supplier invoice equals the computed one', async () => {
    const { code, out } = await run(reconcileArgs(supplier('equal.csv', SUPPLIER)));
    expect(code).toBe(0);
    expect(out).toContain('Every line matches.');
  });

  it('exits 1 on one line off by 0.01, naming the line and the difference', async () => {
    const rows = SUPPLIER.map((r) => (r.startsWith('CSAT') ? 'CSAT,,5000.01' : r));
    const { code, out } = await run(reconcileArgs(supplier('cent.csv', rows)));
    expect(code).toBe(1);
    expect(out).toMatch(/over-billed\s+CSAT\s+5,000\.01\s+5,000\.00\s+\+0\.01/);
    expect(out).toContain(
      '- "CSAT": invoiced €5,000.01, the contract gives €5,000.00 (CSAT 91.2% ≥ threshold 90%: fee €5,000.00): over-billed by €0.01.',
    );
    const json = await run(reconcileArgs(file('cent.csv'), '--json'));
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ matches: false, differences: 1, tolerance: '0.00' });
    expect(report.lines[4]).toMatchObject({
      status: 'over-billed',
      label: 'CSAT',
      billed: '5000.01',
      due: '5000.00',
      difference: '0.01',
      supplierCell: 'cent.csv!A6',
    });
    expect((await run(reconcileArgs(file('cent.csv'), '--tolerance', '0.01'))).code).toBe(0);
  });

  it('a quantity that differs on a right amount is "details differ", exit 1, in the table and the JSON', async () => {
    const rows = SUPPLIER.map((r) => (r.startsWith('Interactions') ? 'Interactions,42600,88750.00' : r));
    const { code, out } = await run(reconcileArgs(supplier('quantity.csv', rows)));
    expect(code).toBe(1);
    expect(out).toMatch(/details differ\s+Interactions\s+88,750\.00\s+88,750\.00\s+0\.00/);
    expect(out).not.toMatch(/matched\s+Interactions/);
    const report = JSON.parse((await run(reconcileArgs(file('quantity.csv'), '--json'))).out);
    expect(report).toMatchObject({ matches: false, differences: 1 });
    expect(report.lines[1]).toMatchObject({
      status: 'details-differ',
      difference: '0.00',
      quantity: { billed: '42600', due: '42500' },
    });
  });

  it("reads each line's date, VAT and amount including VAT, and disputes a row that does not add up", async () => {
    const rows = [
      'Date,Line,Amount,VAT,Gross',
      '2026-10-31,Fixed management fee,20000.00,4000.00,24000.00',
      '2026-10-31,Interactions,88750.00,17750.00,106500.00',
      '2026-10-31,FCR,560.00,112.00,672.00',
      '2026-10-31,Average response time,-320.00,-64.00,-384.00',
      '2026-10-31,CSAT,5000.00,1000.00,6000.00',
    ];
    expect((await run(reconcileArgs(supplier('gross.csv', rows)))).code).toBe(0);
    const off = await run(
      reconcileArgs(
        supplier(
          'offby.csv',
          rows.map((r) => r.replace(',672.00', ',670.00')),
        ),
      ),
    );
    expect(off.code).toBe(1);
    expect(off.out).toContain(
      '- "FCR" (offby.csv!B4): €560.00 + VAT €112.00 = €672.00, not the €670.00 it states including VAT.',
    );
    const rate = await run(
      reconcileArgs(
        supplier(
          'rate.csv',
          rows.map((r) => r.replace(',112.00,672.00', ',56.00,')),
        ),
      ),
    );
    expect(rate.out).toContain(
      '- "FCR" (rate.csv!B4): VAT €56.00 on €560.00; at the contract\'s 20% it is €112.00.',
    );
    const dated = await run(
      reconcileArgs(
        supplier(
          'dated.csv',
          rows.map((r) => r.replace(/^2026-10-31,FCR/, '2026-11-02,FCR')),
        ),
      ),
    );
    expect(dated.code).toBe(2);
    expect(dated.err).toContain(
      'dated.csv!A4: this row is dated 2026-11-02, outside the invoice reconciled, 2026-10',
    );
  });

  it('reads a French export: semicolons and decimal commas', async () => {
    const csv = supplier('fr.csv', [
      'Libellé;Quantité;Montant',
      'Fixed management fee;;20 000,00',
      'Interactions;42.500;88.750,00',
      'FCR;;560,00',
      'Average response time;;-320,00',
      'CSAT;;5000,00',
      'Total HT;;113.990,00',
      'TVA 20 %;;22.798,00',
      'Total TTC;;136.788,00',
    ]);
    expect(readFileSync(csv, 'utf8')).toContain('CSAT;;5000,00');
    expect((await run(reconcileArgs(csv))).code).toBe(0);
  });

  it('uses the mapping kept beside the contract, and writes the Reconciliation sheet', async () => {
    const rows = SUPPLIER.map((r) => r.replace(/^Interactions,/, 'Contacts handled,'));
    const csv = supplier('own-labels.csv', rows);
    expect((await run(reconcileArgs(csv))).code).toBe(1);
    writeFileSync(
      file('contract.mapping.csv'),
      'Supplier line,Contract line\nContacts handled,Interactions\n',
    );
    const out = file('reconciliation.xlsx');
    const result = await run(reconcileArgs(csv, '-o', out));
    expect(result.code).toBe(0);
    expect(result.out).toContain('mapping contract.mapping.csv');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Reconciliation 2026-10')!;
    expect(sheet.getCell('A10').value).toBe('Interactions');
    expect(sheet.getCell('B10').value).toBe('Contacts handled');
    expect(sheet.getCell('C10').value).toBe('matched');
    expect(sheet.getCell('F10').value).toBe(0);
  });

  it('names a mapping entry that matches no supplier line, with the line it likely meant: exit 2', async () => {
    const csv = supplier(
      'bonus-label.csv',
      SUPPLIER.map((r) => r.replace(/^CSAT,/, 'Bonus - CSAT,')),
    );
    const typo = file('typo.mapping.csv');
    writeFileSync(typo, 'Supplier line,Contract line\nContacts handled,Interactions\nBonus CSAT,CSAT\n');
    const { code, out, err } = await run(reconcileArgs(csv, '--mapping', typo));
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err.trim()).toBe(
      `typo.mapping.csv!A3 (Supplier line): "Bonus CSAT" matches no line of the supplier's invoice; did you mean "Bonus - CSAT"?`,
    );
  });

  it('reads the supplier invoice from an .xlsx; a misspelt header is exit 2 naming its cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Facture');
    sheet.addRows([
      ['Line', 'Amonut'],
      ['Fixed management fee', 20000],
    ]);
    await workbook.xlsx.writeFile(file('supplier.xlsx'));
    const { code, err } = await run(reconcileArgs(file('supplier.xlsx')));
    expect(code).toBe(2);
    expect(err.trim()).toBe(
      'supplier.xlsx: Facture!B1: unknown column "Amonut" (expected Line, Amount, Quantity, Unit price, Unit, Currency, Period, Date, VAT, VAT rate, Gross)',
    );
  });

  it('an .xlsx supplier invoice whose amounts are formulas, text with their currency, or dollars', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Invoice');
    sheet.addRows([
      ['Line', 'Amount'],
      ['Fixed management fee', { formula: '10000*2', result: 20000 }],
      ['Interactions', '88,750.00 EUR'],
      ['FCR', '€ 560,00'],
      ['Average response time', '(320.00)'],
      ['CSAT', 5000],
      ['Total TTC', { formula: 'SUM(B2:B6)*1.2', result: 136788 }],
    ]);
    sheet.getCell('B6').numFmt = '#,##0.00 [$€-40C]';
    await workbook.xlsx.writeFile(file('printed.xlsx'));
    expect(await run(reconcileArgs(file('printed.xlsx')))).toMatchObject({ code: 0 });
    sheet.getCell('B6').numFmt = '[$$-409]#,##0.00';
    await workbook.xlsx.writeFile(file('dollars.xlsx'));
    const dollars = await run(reconcileArgs(file('dollars.xlsx')));
    expect(dollars.code).toBe(2);
    expect(dollars.err.trim()).toBe(
      'dollars.xlsx: Invoice!B6: this row is billed in $, the contract in EUR: this is not an invoice under this contract, or its amounts must be converted first',
    );
    // 50 formatted as a percentage shows 5000 %: its value is 50, no amount the supplier meant.
    sheet.getCell('B6').value = 50;
    sheet.getCell('B6').numFmt = '0%';
    await workbook.xlsx.writeFile(file('percent.xlsx'));
    const percent = await run(reconcileArgs(file('percent.xlsx')));
    expect(percent.code).toBe(2);
    expect(percent.err.trim()).toBe(
      'percent.xlsx: Invoice!B6 (Amount): "5,000%" is a percentage, not an amount: write the amount billed',
    );
  });

  it("refuses a supplier's .xlsx whose title block states another period, naming its cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Invoice');
    sheet.addRows([
      ['Contact Plus BPO', 'Invoice INV-2026-09'],
      ['Period:', 'September 2026'],
      [],
      ...SUPPLIER.map((row) => row.split(',')).map(([line, , amount]) => [line, amount]),
    ]);
    await workbook.xlsx.writeFile(file('september.xlsx'));
    const { code, err } = await run(reconcileArgs(file('september.xlsx')));
    expect(code).toBe(2);
    expect(err.trim()).toBe(
      `september.xlsx: Invoice!B2: the supplier's invoice states its period as "September 2026", the invoice reconciled is for 2026-10: give the supplier's invoice of 2026-10, or reconcile the period it states`,
    );
  });

  it("an accountant's .xlsx: merged title naming the period, Montant HT, credits written 320,00-, a hidden row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Facture');
    sheet.addRows([
      ['Contact Plus BPO — Invoice for October 2026'],
      [],
      ['Désignation', 'Montant HT'],
      ...SUPPLIER.slice(1, 6)
        .map((row) => row.split(','))
        .map(([line, , amount]) => [line, amount]),
      ['Extra fee', 1000],
      ['Total HT', { formula: 'SUM(B4:B9)', result: 114990 }],
    ]);
    sheet.mergeCells('A1:B1');
    sheet.getCell('B7').value = '320,00-';
    sheet.getRow(9).hidden = true;
    await workbook.xlsx.writeFile(file('accountant.xlsx'));
    const { code, out } = await run(reconcileArgs(file('accountant.xlsx')));
    expect(code).toBe(1);
    expect(out).toMatch(/matched\s+Average response time\s+−320\.00\s+−320\.00\s+0\.00/);
    expect(out).toContain("Row hidden in the supplier's file, read as billed: Facture!A9.");
    expect(out).toContain(
      '- "Extra fee" (€1,000.00) is not a line the contract gives for October 2026. Row hidden in the supplier\'s file, read as billed: Facture!A9.',
    );
    // The same title naming September is another month's invoice: refused at the merged cell.
    sheet.getCell('A1').value = 'Contact Plus BPO — Invoice for September 2026';
    sheet.getRow(9).hidden = false;
    await workbook.xlsx.writeFile(file('september-title.xlsx'));
    const september = await run(reconcileArgs(file('september-title.xlsx')));
    expect(september.code).toBe(2);
    expect(september.err).toMatch(
      /^september-title\.xlsx: Facture!A1: the supplier's invoice states its period as "September 2026"/,
    );
    // A sheet named for another month is that month's invoice too, whatever its title says.
    sheet.getCell('A1').value = 'Contact Plus BPO';
    sheet.name = 'Facture septembre 2026';
    await workbook.xlsx.writeFile(file('september-sheet.xlsx'));
    const named = await run(reconcileArgs(file('september-sheet.xlsx')));
    expect({ code: named.code, err: named.err.trim() }).toEqual({
      code: 2,
      err: `september-sheet.xlsx: sheet "Facture septembre 2026": its name states the period "septembre 2026", the invoice reconciled is for 2026-10: give the supplier's invoice of 2026-10, or reconcile the period it states`,
    });
  });

  it('exits 2 on a missing file or a bad tolerance', async () => {
    expect((await run(reconcileArgs(file('nowhere.csv')))).code).toBe(2);
    expect((await run(reconcileArgs(file('equal.csv'), '--tolerance', '-1'))).code).toBe(2);
  });
});

describe('outcome-fees verify', () => {
  const written = file('invoice.xlsx');
  const writtenJson = file('invoice.json');

  beforeAll(async () => {
    expect((await run(['invoice', ...base, '--period', '2026-10', '-o', written])).code).toBe(0);
    const json = await run(['invoice', ...base, '--period', '2026-10', '--json']);
    writeFileSync(writtenJson, json.out);
  });

  it('an untouched invoice passes, .xlsx and JSON', async () => {
    const xlsx = await run(['verify', '--invoice', written, ...base]);
    expect(xlsx.code).toBe(0);
    expect(xlsx.out).toContain('Invoice 2026-10: untouched');
    expect(xlsx.out).toMatch(/fingerprint [0-9a-f]{64} matches/);
    expect((await run(['verify', '--invoice', writtenJson, ...base])).code).toBe(0);
  });

  it('an amount edited in the .xlsx is reported with its cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written);
    workbook.worksheets[0].getCell('F13').value = 5500;
    const edited = file('edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const { code, out } = await run(['verify', '--invoice', edited, ...base]);
    expect(code).toBe(1);
    expect(out).toContain("'Invoice 2026-10'!F13 (CSAT, Amount): 5500 in the file, 5000 recomputed");
    expect(out).toMatch(/fingerprint [0-9a-f]{64} matches/);
  });

  it('a Period row typed over is that one edit: the number and the fingerprint tell the invoice', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A5').value).toBe('Period');
    sheet.getCell('B5').value = 'September 2026';
    const edited = file('period-edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const xlsx = await run(['verify', '--invoice', edited, ...base]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.out.split('\n').slice(0, 3)).toEqual([
      'Invoice 2026-10: 1 difference',
      `'Invoice 2026-10'!B5 (Period): "September 2026" in the file, "October 2026" recomputed`,
      expect.stringMatching(/^fingerprint [0-9a-f]{64} matches/),
    ]);
    // A month the actuals cannot invoice (none before September) is no error either: the number's can.
    sheet.getCell('B5').value = 'August 2026';
    await workbook.xlsx.writeFile(edited);
    const august = await run(['verify', '--invoice', edited, ...base]);
    expect({ code: august.code, err: august.err }).toEqual({ code: 1, err: '' });
    expect(august.out).toContain(
      `'Invoice 2026-10'!B5 (Period): "August 2026" in the file, "October 2026" recomputed`,
    );
    const json = JSON.parse(readFileSync(writtenJson, 'utf8'));
    json.period = '2026-09';
    const editedJson = file('period-edited.json');
    writeFileSync(editedJson, JSON.stringify(json));
    const fromJson = await run(['verify', '--invoice', editedJson, ...base]);
    expect(fromJson.code).toBe(1);
    expect(fromJson.out.split('\n').slice(0, 2)).toEqual([
      'period-edited.json: 1 difference',
      'period: "2026-09" in the file, "2026-10" recomputed',
    ]);
  });

  it('a changed actual changes the fingerprint', async () => {
    const restated = file('restated.csv');
    writeFileSync(
      restated,
      readFileSync(actuals, 'utf8').replace('2026-10,kpi,CSAT,0.912', '2026-10,kpi,CSAT,0.913'),
    );
    expect(readFileSync(restated, 'utf8')).toContain('2026-10,kpi,CSAT,0.913');
    const { code, out } = await run([
      'verify',
      '--invoice',
      written,
      '--contract',
      contract,
      '--actuals',
      restated,
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /fingerprint ([0-9a-f]{64}) in the file, (?!\1)[0-9a-f]{64} from the contract and actuals given/,
    );
  });

  it("exits 2 on another contract's invoice, naming both contracts, .xlsx and JSON", async () => {
    const other = file('bpo-two.json');
    const terms = JSON.parse(readFileSync(contract, 'utf8'));
    writeFileSync(other, JSON.stringify({ ...terms, id: 'bpo-two', name: 'BPO two' }, null, 2));
    const otherArgs = ['--contract', other, '--actuals', actuals, '--period', '2026-10'];
    expect((await run(['invoice', ...otherArgs, '-o', file('bpo-two.xlsx')])).code).toBe(0);
    writeFileSync(file('bpo-two-invoice.json'), (await run(['invoice', ...otherArgs, '--json'])).out);
    const xlsx = await run(['verify', '--invoice', file('bpo-two.xlsx'), ...base]);
    expect({ code: xlsx.code, out: xlsx.out, err: xlsx.err.trim() }).toEqual({
      code: 2,
      out: '',
      err: `bpo-two.xlsx ('Invoice 2026-10') is an invoice of contract "bpo-two", not of "bpo-customer-service" given: verify it against the contract it was written under`,
    });
    const json = await run(['verify', '--invoice', file('bpo-two-invoice.json'), ...base]);
    expect({ code: json.code, err: json.err.trim() }).toEqual({
      code: 2,
      err: `bpo-two-invoice.json is an invoice of contract "bpo-two", not of "bpo-customer-service" given: verify it against the contract it was written under`,
    });
  });

  it('a year workbook: its Summary sheet is verified too, an edited amount there named with its cell', async () => {
    const year = file('year.xlsx');
    expect((await run(['invoice', ...base, '--period', '2026-09..2026-12', '-o', year])).code).toBe(0);
    const untouched = await run(['verify', '--invoice', year, ...base]);
    expect(untouched.code).toBe(0);
    expect(untouched.out).toContain('Summary: untouched; every line and amount is as recomputed');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(year);
    const summary = workbook.getWorksheet('Summary')!;
    expect(summary.getCell('D5').value).toBe(88750);
    summary.getCell('D5').value = 87750;
    const edited = file('year-edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const { code, out } = await run(['verify', '--invoice', edited, ...base]);
    expect(code).toBe(1);
    expect(out).toContain('Summary: 1 difference');
    expect(out).toContain('Summary!D5 (2026-10, Volume fees): 87750 in the file, 88750 recomputed');
  });

  it("a portfolio workbook: the given contract's sheets are verified, the others named as not verified", async () => {
    const terms = JSON.parse(readFileSync(contract, 'utf8'));
    const folder = file('portfolio');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), readFileSync(contract));
    writeFileSync(join(folder, 'b.json'), JSON.stringify({ ...terms, id: 'bpo-four', name: 'BPO four' }));
    const portfolio = file('portfolio.xlsx');
    const args = ['--contract', folder, '--actuals', actuals, '--actuals', actuals, '--period', '2026-10'];
    expect((await run(['invoice', ...args, '-o', portfolio])).code).toBe(0);
    const { code, out, err } = await run(['verify', '--invoice', portfolio, ...base]);
    expect(code).toBe(0);
    expect(out).toContain('bpo-customer-service-2026-10: untouched');
    expect(err.trim().split('\n')).toEqual([
      'note: portfolio.xlsx: 1 sheet of other contracts not verified (bpo-four-2026-10, of bpo-four): verify each against its own contract',
      // Its totals need every contract: verified when all are given (portfolioVerify.test.ts).
      'note: portfolio.xlsx: sheet Portfolio not verified: it lists 1 contract not given (bpo-four): give every contract of the run (--contract repeated, or their folder) with their actuals',
    ]);
  });

  it('exits 2 on a file that is no invoice', async () => {
    writeFileSync(file('other.json'), '{"hello": 1}');
    const { code, err } = await run(['verify', '--invoice', file('other.json'), ...base]);
    expect(code).toBe(2);
    expect(err.trim()).toBe('other.json is not an invoice JSON: number: required');
  });
});

describe('outcome-fees invoice --corrects', () => {
  const issued = file('issued-2026-10.json');

  beforeAll(async () => {
    const late = file('late-csat.csv');
    writeFileSync(
      late,
      readFileSync(actuals, 'utf8').replace('2026-10,kpi,CSAT,0.912', '2026-10,kpi,CSAT,0.895'),
    );
    const json = await run([
      'invoice',
      '--contract',
      contract,
      '--actuals',
      late,
      '--period',
      '2026-10',
      '--json',
    ]);
    expect(json.code).toBe(0);
    writeFileSync(issued, json.out);
  });

  it('writes the debit note of an invoice whose CSAT was restated, as JSON and as a sheet', async () => {
    const { code, out } = await run(['invoice', ...base, '--period', '2026-10', '--corrects', issued]);
    expect(code).toBe(0);
    const note = JSON.parse(out);
    expect(note).toMatchObject({
      kind: 'debit',
      corrects: { number: 'bpo-customer-service-2026-10' },
      total: { difference: '6000.00' },
    });
    expect(note.lines.find((l: { label: string }) => l.label === 'CSAT').reason).toBe(
      'CSAT restated from 89.5% to 91.2%: threshold now met: +€5,000.00',
    );
    const sheetFile = file('debit-note.xlsx');
    const written = await run([
      'invoice',
      ...base,
      '--period',
      '2026-10',
      '--corrects',
      issued,
      '-o',
      sheetFile,
    ]);
    expect(written.code).toBe(0);
    expect(written.out).toContain('debit note bpo-customer-service-2026-10-C');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheetFile);
    expect(workbook.getWorksheet('Debit note 2026-10')).toBeDefined();
  });

  it('refuses an issued workbook of another contract as such, not as an amended contract', async () => {
    const other = file('bpo-three.json');
    const terms = JSON.parse(readFileSync(contract, 'utf8'));
    writeFileSync(other, JSON.stringify({ ...terms, id: 'bpo-three', name: 'BPO three' }, null, 2));
    const issuedXlsx = file('bpo-three-issued.xlsx');
    const args = ['--contract', other, '--actuals', actuals, '--period', '2026-10', '-o', issuedXlsx];
    expect((await run(['invoice', ...args])).code).toBe(0);
    const { code, err } = await run(['invoice', ...base, '--period', '2026-10', '--corrects', issuedXlsx]);
    expect(code).toBe(1);
    expect(err.trim()).toBe(
      `bpo-three-issued.xlsx: 'Invoice 2026-10'!B3: the issued invoice is for contract "bpo-three", not "bpo-customer-service".`,
    );
  });

  it('a correction note given to --corrects is corrected from (-C2, naming the chain); given to verify, proved as a note', async () => {
    const note = await run(['invoice', ...base, '--period', '2026-10', '--corrects', issued]);
    const noteFile = file('debit-note.json');
    writeFileSync(noteFile, note.out);
    const restated = file('restated-volume.csv');
    writeFileSync(
      restated,
      readFileSync(actuals, 'utf8').replace(
        '2026-10,volume,Interactions,42500',
        '2026-10,volume,Interactions,41800',
      ),
    );
    const again = await run([
      'invoice',
      '--contract',
      contract,
      '--actuals',
      restated,
      '--period',
      '2026-10',
      '--corrects',
      noteFile,
    ]);
    expect({ code: again.code, err: again.err }).toEqual({ code: 0, err: '' });
    expect(JSON.parse(again.out)).toMatchObject({
      kind: 'credit',
      number: 'bpo-customer-service-2026-10-C2',
      corrects: {
        number: 'bpo-customer-service-2026-10',
        previous: { number: 'bpo-customer-service-2026-10-C' },
      },
      // From what note 1 made the invoice (CSAT fee included), only the volume: 700 × 1.90, and its VAT.
      total: { issued: '136788.00', recomputed: '135192.00', difference: '-1596.00' },
    });
    const otherPeriod = await run(['invoice', ...base, '--period', '2026-11', '--corrects', noteFile]);
    expect({ code: otherPeriod.code, err: otherPeriod.err.trim() }).toEqual({
      code: 1,
      err: 'debit-note.json: the issued invoice is for 2026-10, --period gives 2026-11',
    });
    const verified = await run(['verify', '--invoice', noteFile, ...base]);
    expect({ code: verified.code, out: verified.out.trim(), err: verified.err }).toEqual({
      code: 0,
      out: 'debit-note.json: untouched; every line and amount is as recomputed',
      err: '',
    });
  });

  it('refuses to overwrite the issued invoice, and an issued invoice of an amended contract', async () => {
    const overwrite = await run([
      'invoice',
      ...base,
      '--period',
      '2026-10',
      '--corrects',
      issued,
      '-o',
      issued,
    ]);
    expect(overwrite.code).not.toBe(0);
    const amended = file('amended.json');
    writeFileSync(amended, readFileSync(contract, 'utf8').replace('"vatRate": "0.2"', '"vatRate": "0.21"'));
    expect(readFileSync(amended, 'utf8')).toContain('"vatRate": "0.21"');
    const { code, err } = await run([
      'invoice',
      '--contract',
      amended,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '--corrects',
      issued,
    ]);
    expect(code).toBe(1);
    expect(err).toMatch(/^issued-2026-10\.json: the invoice was issued under contract version sha256:/);
  });
});
