/**
 * `verify` against every edit a person could make to an issued invoice: an invoice written by the product
 * (its JSON and its .xlsx) is changed in one way (an amount, a quantity, a label, a line deleted, added or
 * moved, an actual the invoice used, a contract term, the fingerprint text), and verify must report exactly
 * that change (exit 1, the differences listed below and no other) and pass the untouched file (exit 0).
 * Sheet edits are made as Excel makes them: deleting or inserting a row moves the formulas below it and
 * Excel saves their recalculated results.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, templateFiles } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-verify-mutations-'));
const file = (name: string) => join(dir, name);
let contractText = '';
let actualsText = '';

beforeAll(async () => {
  ({ contract: contractText, actuals: actualsText } = await templateFiles());
  writeFileSync(file('contract.json'), contractText);
  writeFileSync(file('actuals.csv'), actualsText);
  const issued = await runCli(['invoice', ...inputs(), '--period', '2026-10']);
  writeFileSync(file('issued.json'), `${issued.out}\n`);
  expect(
    (await runCli(['invoice', ...inputs(), '--period', '2026-10', '-o', file('issued.xlsx')])).code,
  ).toBe(0);
});

function inputs(contract = 'contract.json', actuals = 'actuals.csv'): string[] {
  return ['--contract', file(contract), '--actuals', file(actuals)];
}

/** verify's exit code and the lines it prints between its summary and its fingerprint line. */
async function verify(invoice: string, contract?: string, actuals?: string) {
  const run = await runCli(['verify', '--invoice', file(invoice), ...inputs(contract, actuals)]);
  const lines = run.out.split('\n');
  return {
    code: run.code,
    summary: lines[0],
    differences: lines.filter(
      (l) => !/^(fingerprint|the inputs|contract version)|: (untouched|\d+ difference)/.test(l),
    ),
    seal: lines.filter((l) => /^(fingerprint|contract version)/.test(l)),
    err: run.err,
  };
}

type Json = Record<string, unknown> & {
  lines: Record<string, unknown>[];
  evidence: Record<string, unknown>[];
};
const issuedJson = (): Json => JSON.parse(readFileSync(file('issued.json'), 'utf8')) as Json;
const FCR = `{"kind":"kpi-adjustment","label":"FCR","kpi":"FCR","amount":"560.00","explanation":"FCR 77.4% vs target 75%: +1.4 pts beyond the ±1 pt neutral band × €400 = €560.00; gate CSAT 91.2% ≥ 85%: held"}`;
const RESPONSE = `{"kind":"kpi-adjustment","label":"Average response time","kpi":"Average response time","amount":"-320.00","explanation":"Average response time 3.4 min vs target 3 min: −0.4 min × €800 = −€320.00"}`;

describe('verify on an issued invoice JSON edited in one way', () => {
  const cases: [string, (j: Json) => void, string[]][] = [
    ['untouched', () => undefined, []],
    [
      'an amount',
      (j) => (j.lines[2].amount = '561.00'),
      ['lines[2].amount (FCR): "561.00" in the file, "560.00" recomputed'],
    ],
    [
      'a quantity',
      (j) => (j.lines[1].quantity = '42600'),
      ['lines[1].quantity (Interactions): "42600" in the file, "42500" recomputed'],
    ],
    [
      'a label',
      (j) => (j.lines[0].label = 'Management fee'),
      [
        'lines[0].label (Fixed management fee): "Management fee" in the file, "Fixed management fee" recomputed',
      ],
    ],
    [
      'a line deleted',
      (j) => j.lines.splice(3, 1),
      [`lines[3] (Average response time): missing from the file, ${RESPONSE} recomputed`],
    ],
    [
      'a line added',
      (j) => j.lines.splice(1, 0, { kind: 'fixed', label: 'Extra fee', amount: '100.00', explanation: 'x' }),
      [
        'lines[1]: {"kind":"fixed","label":"Extra fee","amount":"100.00","explanation":"x"} in the file, nothing recomputed there',
      ],
    ],
    [
      'two lines swapped',
      (j) => j.lines.splice(2, 2, j.lines[3], j.lines[2]),
      ['lines[3] (FCR): moved here in the file, recomputed at lines[2]'],
    ],
    [
      'an evidence row deleted',
      (j) => j.evidence.splice(1, 1),
      [
        'evidence[1] (Average response time): missing from the file, {"kpi":"Average response time","month":"2026-10","actual":"3.4","outcome":"malus","amount":"-320.00"} recomputed',
      ],
    ],
    [
      'a line deleted and another edited below it',
      (j) => {
        j.lines.splice(2, 1);
        j.lines[3].amount = '5500.00';
      },
      [
        `lines[2] (FCR): missing from the file, ${FCR} recomputed`,
        'lines[3].amount (CSAT): "5500.00" in the file, "5000.00" recomputed',
      ],
    ],
  ];
  it.each(cases)('%s', async (_, mutate, expected) => {
    const json = issuedJson();
    mutate(json);
    writeFileSync(file('edited.json'), JSON.stringify(json, null, 2));
    const report = await verify('edited.json');
    expect(report.differences).toEqual(expected);
    expect(report.code).toBe(expected.length === 0 ? 0 : 1);
    expect(report.seal).toEqual([
      expect.stringMatching(/^fingerprint [0-9a-f]{64} matches the contract and actuals$/),
    ]);
  });

  it('the fingerprint text edited: that is the one difference', async () => {
    const json = issuedJson();
    const fingerprint = json.fingerprint as string;
    json.fingerprint = `${fingerprint.slice(0, -1)}${fingerprint.endsWith('0') ? '1' : '0'}`;
    writeFileSync(file('edited.json'), JSON.stringify(json, null, 2));
    const report = await verify('edited.json');
    expect(report.code).toBe(1);
    expect(report.differences).toEqual([]);
    expect(report.seal).toEqual([
      `fingerprint ${json.fingerprint as string} in the file, ${fingerprint} from the contract and actuals given`,
    ]);
  });
});

/** A row of the sheet moved by `by` (a row deleted or inserted at `at`, 1-based), in every formula. */
function shiftFormulas(sheet: ExcelJS.Worksheet, at: number, by: number) {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as ExcelJS.CellFormulaValue;
      if (typeof value !== 'object' || value === null || !('formula' in value)) return;
      const formula = value.formula.replace(/([A-Z])(\d+)/g, (_, col: string, r: string) =>
        Number(r) >= at ? `${col}${Number(r) + by}` : `${col}${r}`,
      );
      cell.value = { formula, result: value.result } as ExcelJS.CellFormulaValue;
    }),
  );
}

/**
 * Recalculates the sheet's totals (`SUM(C4:H4)`, `ROUND(ROUND(F15*100,0)/5,0)/100`), in order, as Excel does
 * before saving.
 */
function recalculate(sheet: ExcelJS.Worksheet) {
  const numberAt = (address: string): number => {
    const value = sheet.getCell(address).value;
    if (typeof value === 'number') return value;
    const result = (value as ExcelJS.CellFormulaValue | null)?.result;
    return typeof result === 'number' ? result : 0;
  };
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as ExcelJS.CellFormulaValue;
      if (typeof value !== 'object' || value === null || !('formula' in value)) return;
      const sum = /^SUM\(([A-Z])(\d+):([A-Z])(\d+)\)$/.exec(value.formula);
      const round = /^ROUND\(ROUND\(([A-Z]\d+)\*(\d+),0\)(?:\*(\d+))?(?:\/(\d+))?,0\)\/(\d+)$/.exec(
        value.formula,
      );
      let result: number | undefined;
      if (sum) {
        result = 0;
        for (let col = sum[1].charCodeAt(0); col <= sum[3].charCodeAt(0); col++)
          for (let r = Number(sum[2]); r <= Number(sum[4]); r++)
            result += numberAt(`${String.fromCharCode(col)}${r}`);
        result = Math.round(result * 100) / 100;
      } else if (round) {
        const [, cell, unit, p = '1', q = '1'] = round;
        result =
          Math.round((Math.round(numberAt(cell) * Number(unit)) * Number(p)) / Number(q)) / Number(unit);
      }
      if (result !== undefined) cell.value = { formula: value.formula, result } as ExcelJS.CellFormulaValue;
    }),
  );
}

const excel = {
  deleteRow(sheet: ExcelJS.Worksheet, at: number) {
    sheet.spliceRows(at, 1);
    shiftFormulas(sheet, at + 1, -1);
  },
  insertRow(sheet: ExcelJS.Worksheet, at: number, values: ExcelJS.CellValue[]) {
    sheet.insertRow(at, values);
    shiftFormulas(sheet, at, 1);
  },
  swapRows(sheet: ExcelJS.Worksheet, a: number, b: number) {
    const [first, second] = [sheet.getRow(a), sheet.getRow(b)];
    for (let c = 1; c <= 8; c++) {
      const value = first.getCell(c).value;
      first.getCell(c).value = second.getCell(c).value;
      second.getCell(c).value = value;
    }
  },
};

const SHEET = "'Invoice 2026-10'";
/** The totals as Excel recalculates them after a line of `delta` is added (or removed, negative). */
const totals = (row: number, delta: number) => [
  `${SHEET}!F${row} (Subtotal excluding VAT, Amount): ${113990 + delta} in the file, 113990 recomputed`,
  `${SHEET}!F${row + 1} (VAT, Amount): ${22798 + delta * 0.2} in the file, 22798 recomputed`,
  `${SHEET}!F${row + 2} (Total including VAT, Amount): ${136788 + delta * 1.2} in the file, 136788 recomputed`,
];

describe('verify on an issued .xlsx edited in Excel in one way', () => {
  const cases: [string, (s: ExcelJS.Worksheet) => void, string[]][] = [
    ['untouched', () => undefined, []],
    [
      'an amount',
      (s) => (s.getCell('F11').value = 561),
      [`${SHEET}!F11 (FCR, Amount): 561 in the file, 560 recomputed`, ...totals(15, 1)],
    ],
    [
      'a quantity',
      (s) => (s.getCell('C10').value = 42600),
      [`${SHEET}!C10 (Interactions, Quantity): 42600 in the file, 42500 recomputed`],
    ],
    [
      'a label',
      (s) => (s.getCell('A9').value = 'Management fee'),
      [`${SHEET}!A9: "Management fee" in the file, "Fixed management fee" recomputed`],
    ],
    [
      'a line deleted',
      (s) => excel.deleteRow(s, 12),
      [
        `${SHEET}!A12: a row recomputed ("Average response time", "Average response time 3.4 min vs target 3 min: −0.4 min × €800 = −€320.00", -320), missing from the file`,
        ...totals(14, 320),
      ],
    ],
    [
      'a line inserted inside the subtotal',
      (s) => excel.insertRow(s, 12, ['Extra fee', 'Agreed by phone', null, null, null, 1000]),
      [
        `${SHEET}!A12:H12: a row in the file ("Extra fee", "Agreed by phone", 1000), none there recomputed`,
        ...totals(16, 1000),
      ],
    ],
    [
      'two lines swapped',
      (s) => excel.swapRows(s, 11, 12),
      [`${SHEET}!A12:H12: moved here in the file, recomputed at A11`],
    ],
    [
      'the date',
      (s) => (s.getCell('B4').value = new Date(Date.UTC(2026, 10, 30))),
      [`${SHEET}!B4 (Date): 2026-11-30 in the file, 2026-10-31 recomputed`],
    ],
    [
      'an explanation',
      (s) => (s.getCell('B13').value = 'CSAT fee'),
      [
        `${SHEET}!B13 (CSAT, Explanation): "CSAT fee" in the file, "CSAT 91.2% ≥ threshold 90%: fee €5,000.00" recomputed`,
      ],
    ],
    [
      'an evidence actual',
      (s) => (s.getCell('C23').value = 0.92),
      [`${SHEET}!C23 (CSAT, Actual): 0.92 in the file, 0.912 recomputed`],
    ],
  ];
  it.each(cases)('%s', async (_, mutate, expected) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('issued.xlsx'));
    const sheet = workbook.worksheets[0];
    mutate(sheet);
    recalculate(sheet);
    await workbook.xlsx.writeFile(file('edited.xlsx'));
    const report = await verify('edited.xlsx');
    expect(report.differences).toEqual(expected);
    expect(report.code).toBe(expected.length === 0 ? 0 : 1);
    expect(report.seal).toEqual([
      expect.stringMatching(/^fingerprint [0-9a-f]{64} matches the contract and actuals$/),
    ]);
  });

  it('the fingerprint text edited: that is the one difference', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('issued.xlsx'));
    const cell = workbook.worksheets[0].getCell('B7');
    const fingerprint = String(cell.value);
    cell.value = `${fingerprint.slice(0, -1)}${fingerprint.endsWith('0') ? '1' : '0'}`;
    await workbook.xlsx.writeFile(file('edited.xlsx'));
    const report = await verify('edited.xlsx');
    expect(report.code).toBe(1);
    expect(report.differences).toEqual([]);
    expect(report.seal).toEqual([
      `fingerprint ${String(cell.value)} in the file, ${fingerprint} from the contract and actuals given`,
    ]);
  });
});

describe('verify when the inputs changed since the invoice was written', () => {
  const restated = (from: string, to: string) => {
    expect(actualsText).toContain(from);
    writeFileSync(file('restated.csv'), actualsText.replace(from, to));
  };

  it.each(['issued.json', 'issued.xlsx'])('an actual %s did not use changes nothing', async (invoice) => {
    restated('2026-09,kpi,CSAT,0.895', '2026-09,kpi,CSAT,0.899');
    const report = await verify(invoice, 'contract.json', 'restated.csv');
    expect([report.code, report.differences]).toEqual([0, []]);
  });

  it.each([
    ['issued.json', 'evidence[2].actual (CSAT): "0.912" in the file, "0.95" recomputed'],
    ['issued.xlsx', `${SHEET}!C23 (CSAT, Actual): 0.912 in the file, 0.95 recomputed`],
  ])('an actual %s used changes the fingerprint, and the cell that shows it', async (invoice, cell) => {
    restated('2026-10,kpi,CSAT,0.912', '2026-10,kpi,CSAT,0.95');
    const report = await verify(invoice, 'contract.json', 'restated.csv');
    expect(report.code).toBe(1);
    expect(report.differences).toContain(cell);
    expect(report.seal).toEqual([
      expect.stringMatching(
        /^fingerprint [0-9a-f]{64} in the file, [0-9a-f]{64} from the contract and actuals given$/,
      ),
    ]);
  });

  it.each([
    ['issued.json', 'lines[4].amount (CSAT): "5000.00" in the file, "5500.00" recomputed'],
    ['issued.xlsx', `${SHEET}!F13 (CSAT, Amount): 5000 in the file, 5500 recomputed`],
  ])(
    'a contract term changed %s: another fingerprint and contract version, and the line it prices',
    async (invoice, line) => {
      const contract = JSON.parse(contractText) as { kpis: { name: string; amount?: string }[] };
      const csat = contract.kpis.find((k) => k.name === 'CSAT');
      if (csat === undefined) throw new Error('the template has no CSAT');
      csat.amount = '5500';
      writeFileSync(file('amended.json'), JSON.stringify(contract, null, 2));
      const report = await verify(invoice, 'amended.json');
      expect(report.code).toBe(1);
      expect(report.differences).toContain(line);
      expect(report.seal).toEqual([
        expect.stringMatching(
          /^fingerprint [0-9a-f]{64} in the file, [0-9a-f]{64} from the contract and actuals given$/,
        ),
        expect.stringMatching(
          /^contract version sha256:[0-9a-f]{16} in the file, sha256:[0-9a-f]{16} now: the contract was amended since$/,
        ),
      ]);
    },
  );
});

const TOTALS = [
  'Fixed fees',
  'Volume fees',
  'KPI fees',
  'KPI bonuses and maluses',
  'Subtotal excl. VAT',
  'VAT',
  'Total incl. VAT',
];

describe("verify on a year's workbook whose Summary was edited in Excel", () => {
  beforeAll(async () => {
    const year = ['--period', '2026-09..2026-12', '-o', file('year.xlsx')];
    expect((await runCli(['invoice', ...inputs(), ...year])).code).toBe(0);
  });

  it('a period row deleted is one row missing; the rows below are compared with their own', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('year.xlsx'));
    const summary = workbook.getWorksheet('Summary')!;
    expect(summary.getCell('A5').value).toBe('2026-10');
    excel.deleteRow(summary, 5);
    summary.getCell('D5').value = 91791; // November's volume fees, now on row 5
    recalculate(summary);
    await workbook.xlsx.writeFile(file('year-edited.xlsx'));
    const run = await runCli(['verify', '--invoice', file('year-edited.xlsx'), ...inputs()]);
    expect(run.code).toBe(1);
    const summaryLines = run.out.split('\n').filter((l) => l.startsWith('Summary'));
    expect(summaryLines.slice(0, 3)).toEqual([
      'Summary: 11 differences',
      expect.stringMatching(
        /^Summary!A5: a row recomputed \("2026-10", "bpo-customer-service-2026-10", 20000, 88750, /,
      ),
      'Summary!D5 (2026-11, Volume fees): 91791 in the file, 91790 recomputed',
    ]);
    // The rest are what Excel recalculated from them: November's subtotal and total, the range's totals.
    expect(summaryLines.slice(3).map((l) => l.split(':')[0])).toEqual([
      'Summary!I5 (2026-11, Subtotal excl. VAT)',
      'Summary!K5 (2026-11, Total incl. VAT)',
      ...['C', 'D', 'E', 'F', 'I', 'J', 'K'].map(
        (col, i) => `Summary!${col}7 (Total of the range, ${TOTALS[i]})`,
      ),
    ]);
  });
});

describe('verify given a correction note', () => {
  it.each(['note.json', 'note.xlsx'])(
    '%s is proved as a note, not refused as a workbook without an invoice',
    async (note) => {
      // Each note in a folder of its own: a note beside the invoice corrects it, and the next would refuse.
      const folder = mkdtempSync(join(dir, 'note-'));
      writeFileSync(join(folder, 'issued.json'), readFileSync(file('issued.json')));
      const restated = actualsText.replace(
        '2026-10,volume,Interactions,42500',
        '2026-10,volume,Interactions,41800',
      );
      writeFileSync(file('restated.csv'), restated);
      const given = inputs('contract.json', 'restated.csv');
      const corrects = [
        'invoice',
        ...given,
        '--period',
        '2026-10',
        '--corrects',
        join(folder, 'issued.json'),
      ];
      const written = await runCli(
        note.endsWith('.json') ? corrects : [...corrects, '-o', join(folder, note)],
      );
      expect(written.code).toBe(0);
      if (note.endsWith('.json')) writeFileSync(join(folder, note), written.out);
      const run = await runCli(['verify', '--invoice', join(folder, note), ...given]);
      const source = note.endsWith('.json') ? note : 'Credit note 2026-10';
      expect(run).toEqual({
        code: 0,
        out: `${source}: untouched; every line and amount is as recomputed`,
        err: '',
      });
    },
  );
});
