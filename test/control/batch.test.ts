import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { splitActualsByContract } from '../../core/control/actualsByContract';
import { invoicesOf, kindTotals, periodsInRange } from '../../core/control/batch';
import { actualsToCsv } from '../../core/contract/csv';
import type { Contract } from '../../core/contract/types';
import { invoicePeriodName } from '../../core/invoice/periodName';
import type { Invoice } from '../../core/invoice/types';
import { portfolioSheetPlan } from '../../core/layout/portfolioSheet';
import { summarySheetPlan } from '../../core/layout/summarySheet';
import { decSum, toHostNumber } from '../../core/money';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';
import { formulaResults } from './planFormulas';
import { portfolioFiles } from './portfolioFiles';
import { portfolioCsv, yearOfActuals } from './yearOfActuals';

const bpo = findTemplate('bpo-customer-service')!;
const sla = findTemplate('it-services-sla')!;

function year(template = bpo, overrides: Partial<Contract> = {}) {
  const contract = { ...template.contract('en'), ...overrides };
  const actuals = yearOfActuals(template);
  const run = invoicesOf(
    contract,
    { csv: actualsToCsv(contract, actuals), file: 'a.csv' },
    periodsOf(contract),
  );
  if (!run.ok) throw new Error(run.problems.join('\n'));
  return { contract, actuals, invoices: run.invoices };
}

function periodsOf(contract: Contract): string[] {
  const range = periodsInRange(contract, '2026-01', '2026-12');
  if (!range.ok) throw new Error(range.problem);
  return range.periods;
}

const host = (value: Parameters<typeof toHostNumber>[0]) => toHostNumber(value);

describe('periodsInRange', () => {
  it('holds every invoice of the range, named by its first month', () => {
    const contract = bpo.contract('en');
    expect(periodsOf(contract)).toHaveLength(12);
    expect(periodsOf({ ...contract, frequency: 'quarterly' })).toEqual([
      '2026-01',
      '2026-04',
      '2026-07',
      '2026-10',
    ]);
  });

  it('refuses a range that cuts an invoicing period, or leaves the contract', () => {
    const quarterly = { ...bpo.contract('en'), frequency: 'quarterly' as const };
    expect(periodsInRange(quarterly, '2026-02', '2026-12')).toEqual({
      ok: false,
      problem:
        'the range 2026-02..2026-12 cuts the invoicing period 2026-Q1 (2026-01..2026-03) of bpo-customer-service: a range holds whole invoicing periods',
    });
    const french = { ...bpo.contract('fr'), frequency: 'quarterly' as const };
    const cut = periodsInRange(french, '2026-11', '2026-12');
    expect(!cut.ok && cut.problem.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'la plage 2026-11..2026-12 coupe la période de facturation 2026-Q4 (2026-10..2026-12) de bpo-customer-service : une plage contient des périodes de facturation entières',
    );
    expect(periodsInRange(bpo.contract('en'), '2025-12', '2026-02')).toEqual({
      ok: false,
      problem: expect.stringContaining('2025-12 is outside the contract'),
    });
    expect(periodsInRange(bpo.contract('en'), '2026-05', '2026-02')).toMatchObject({ ok: false });
  });
});

describe('invoicePeriodName', () => {
  it('names quarters, halves and years of the calendar, and other spans by their months', () => {
    expect(invoicePeriodName(['2026-04', '2026-05', '2026-06'])).toBe('2026-Q2');
    expect(invoicePeriodName(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'])).toBe(
      '2026-H1',
    );
    expect(invoicePeriodName(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'])).toBe(
      '2026-H2',
    );
    expect(invoicePeriodName(['2026-02', '2026-03', '2026-04'])).toBe('2026-02..2026-04');
    expect(invoicePeriodName(['2026-06'])).toBe('2026-06');
  });

  it('numbers a quarterly invoice by its quarter', () => {
    const { invoices } = year(bpo, { frequency: 'quarterly' });
    expect(invoices.map((i) => i.number)).toEqual(
      ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `bpo-customer-service-2026-${q}`),
    );
  });
});

/** Each formula of the plan gives the value cached beside it (to the cent). */
function expectFormulasHold(plan: Parameters<typeof formulaResults>[0]): void {
  const results = formulaResults(plan);
  expect(results.length).toBeGreaterThan(0);
  for (const r of results)
    expect({ cell: r.cell, value: r.evaluated }).toEqual({
      cell: r.cell,
      value: expect.closeTo(r.cached as number, 6),
    });
}

describe('Summary sheet', () => {
  const { invoices } = year(sla);

  it('has one row per invoice whose kinds add up to its subtotal, and totals that are the sums of the invoices', () => {
    const plan = summarySheetPlan(invoices);
    expectFormulasHold(plan);
    const table = plan.blocks[1];
    const header = table.values[0];
    const totalRow = table.values[invoices.length + 1];
    const col = (name: string) => header.indexOf(name);
    expect(totalRow[col('Total incl. VAT')]).toBe(host(decSum(invoices.map((i) => i.total))));
    expect(totalRow[col('Subtotal excl. VAT')]).toBe(host(decSum(invoices.map((i) => i.subtotal))));
    expect(totalRow[col('VAT')]).toBe(host(decSum(invoices.map((i) => i.vat.amount))));
    expect(totalRow[col('Service-level credits')]).toBe(
      host(decSum(invoices.map((i) => kindTotals(i).get('sla-credit') ?? decSum([])))),
    );
    expect(table.values.slice(1, 13).map((r) => r[0])).toEqual(invoices.map((i) => i.period));
  });
});

describe('Portfolio sheet', () => {
  it('lists every contract and period, with totals per currency that are the sums of the invoices', () => {
    const eur = year(bpo).invoices;
    const usd = year(sla, { id: 'sla-us', currency: 'USD' }).invoices;
    const plan = portfolioSheetPlan([{ invoices: eur }, { invoices: usd }], 'en');
    expectFormulasHold(plan);
    const table = plan.blocks[1].values;
    expect(table).toHaveLength(1 + 24 + 2);
    const totalOf = (all: readonly Invoice[]) => host(decSum(all.map((i) => i.total)));
    expect(table[25].slice(0, 1).concat(table[25][7])).toEqual(['Total EUR', totalOf(eur)]);
    expect(table[26].slice(0, 1).concat(table[26][7])).toEqual(['Total USD', totalOf(usd)]);
  });
});

describe('one actuals file with a Contract column', () => {
  const a = { ...bpo.contract('en'), id: 'alpha' };
  const b = { ...bpo.contract('en'), id: 'beta' };
  const csv = portfolioCsv([
    { contract: a, actuals: yearOfActuals(bpo) },
    { contract: b, actuals: yearOfActuals(bpo, '2026-01', 6) },
  ]);

  it('gives each contract its own rows, problems still pointing into the file', () => {
    const split = splitActualsByContract(csv, 'all.csv', ['alpha', 'beta'], 'en');
    if (!split.ok) throw new Error(split.problems.join('\n'));
    expect(split.read(a).periods).toHaveLength(12);
    expect(split.read(b).periods).toHaveLength(6);
    const broken = csv.split('\n');
    const line = broken.findIndex((l) => l.startsWith('beta,2026-02,kpi,FCR'));
    broken[line] = broken[line].replace(/,[^,]*$/, ',77.4');
    const again = splitActualsByContract(broken.join('\n'), 'all.csv', ['alpha', 'beta'], 'en');
    if (!again.ok) throw new Error('split failed');
    const issues = again.read(b).issues.map((t) => t.issue.message);
    expect(issues).toEqual([expect.stringContaining(`all.csv!E${line + 1}`)]);
    expect(again.read(a).issues).toEqual([]);
  });

  it('refuses a row of a contract not given, an empty Contract cell, and a contract without rows', () => {
    const bad = `${csv}gamma,2026-01,kpi,FCR,0.7\n,2026-01,kpi,FCR,0.7\n`;
    const split = splitActualsByContract(bad, 'all.csv', ['alpha', 'beta', 'delta'], 'en');
    expect(split).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^all\.csv line \d+: contract "gamma" is none of those given \(alpha, beta, delta\)$/,
        ),
        expect.stringMatching(/^all\.csv line \d+: the Contract cell is empty$/),
        'all.csv: no row for contract delta',
      ],
    });
  });

  it("each contract's reading is its own, whatever was read before and however often", () => {
    const split = splitActualsByContract(csv, 'all.csv', ['alpha', 'beta'], 'en');
    if (!split.ok) throw new Error(split.problems.join('\n'));
    // What a reading holds, its places asked where March's FCR and December's volume are.
    const seen = (contract: typeof a) => {
      const { places, ...reading } = split.read(contract);
      const where = [
        places?.cell('kpi', 'FCR', '2026-03'),
        places?.cell('volume', 'Interactions', '2026-12'),
      ];
      return { ...reading, where };
    };
    const first = [seen(a), seen(b)];
    expect([seen(b), seen(a), seen(a)]).toEqual([first[1], first[0], first[0]]);
    expect(first[0].entries).toHaveLength(49); // 12 months of a volume and three KPIs, and Black Friday's
    expect(first[1].entries).toHaveLength(24);
    expect(first[0].where[1]).toMatchObject({ row: expect.any(Number) });
    expect(first[1].where[1]).toBeUndefined();
  });

  it('a contract not given is one problem however many rows name it, its list of ids cut when long', () => {
    const ids = Array.from({ length: 299 }, (_, i) => `c${String(i + 1).padStart(4, '0')}`);
    const rows = (id: string) =>
      csv
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.replace(/^[^,]*,/, `${id},`));
    const text = [csv.split('\n')[0], ...ids.flatMap(rows), ...rows('c0300')].join('\n');
    const split = splitActualsByContract(text, 'all.csv', ids, 'en');
    const first = ids.length * rows('x').length + 2;
    expect(split).toEqual({
      ok: false,
      problems: [
        `all.csv line ${first}: contract "c0300" is none of those given (c0001, c0002, c0003, c0004, c0005, … 299 contracts); ${rows('x').length - 1} more rows name it`,
      ],
    });
    const french = splitActualsByContract(text, 'tout.csv', ids, 'fr');
    expect(french.ok ? [] : french.problems.map((p) => p.replace(/[\u202f\u00a0]/g, ' '))).toEqual([
      `tout.csv, ligne ${first} : le contrat « c0300 » n’est aucun de ceux donnés (c0001, c0002, c0003, c0004, c0005, … 299 contrats) ; ${rows('x').length - 1} autres lignes le nomment`,
    ]);
  });
});

describe('outcome-fees invoice over a range and a portfolio', () => {
  const { dir, contracts, all, alpha, alphaCsv, invoiceAlpha } = portfolioFiles('of-batch-');

  it('writes a year into one workbook: Summary first, then each invoice', async () => {
    const out = join(dir, 'year.xlsx');
    const run = await invoiceAlpha('--period', '2026-01..2026-12', '-o', out);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/^Wrote .*year\.xlsx: 12 invoices and a Summary sheet, total /);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      ...Array.from({ length: 12 }, (_, i) => `Invoice 2026-${String(i + 1).padStart(2, '0')}`),
    ]);
  });

  it('takes --from/--to as a range and prints every invoice as JSON', async () => {
    const run = await invoiceAlpha('--from', '2026-03', '--to', '2026-05', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).invoices.map((i: { number: string }) => i.number)).toEqual([
      'alpha-2026-03',
      'alpha-2026-04',
      'alpha-2026-05',
    ]);
  });

  it('invoices a folder of contracts from one file with a Contract column, with a Portfolio sheet', async () => {
    const out = join(dir, 'portfolio.xlsx');
    const run = await runCli([
      'invoice',
      '--contract',
      contracts,
      '--actuals',
      all,
      '--period',
      '2026-01..2026-12',
      '-o',
      out,
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('24 invoices of 2 contracts and a Portfolio sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name).slice(0, 3)).toEqual([
      'Portfolio',
      'alpha-2026-01',
      'alpha-2026-02',
    ]);
  });

  it('pairs repeated --contract and --actuals in order, and refuses counts that differ', async () => {
    const alphaTwice = ['--contract', alpha, '--actuals', alphaCsv, '--period', '2026-01'];
    const run = await invoiceAlpha(...alphaTwice, '--json');
    expect(run.code).toBe(1);
    expect(run.err).toContain('contract id alpha is also that of');
    const counts = await invoiceAlpha(...alphaTwice, '--actuals', alphaCsv);
    expect(counts.code).toBe(2);
    expect(counts.err).toContain('2 contracts and 3 actuals files');
  });

  it('a year whose May actuals are missing names each missing value of May, and says nothing was written', async () => {
    const noMay = join(dir, 'no-may.csv');
    const lines = readFileSync(alphaCsv, 'utf8').split('\n');
    writeFileSync(noMay, lines.filter((line) => !line.startsWith('2026-05,')).join('\n'));
    const out = join(dir, 'no-may.xlsx');
    const run = await runCli([
      'invoice',
      '--contract',
      alpha,
      '--actuals',
      noMay,
      '--period',
      '2026-01..2026-12',
      '-o',
      out,
    ]);
    expect(run.code).toBe(1);
    const err = run.err.trim().split('\n');
    expect(err.slice(0, -1).length).toBeGreaterThan(0);
    expect(err.slice(0, -1).every((line) => /^alpha: 2026-05: .*2026-05/.test(line))).toBe(true);
    expect(err.at(-1)).toBe(
      `${out} not written: ${err.length - 1} problems stop the whole run; fix them and run it again`,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('a folder holding an issued invoice and a package.json says once of each that it is no contract file', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'alpha.json'), readFileSync(alpha));
    const issued = await invoiceAlpha('--period', '2026-03');
    writeFileSync(join(folder, 'issued.json'), issued.out);
    writeFileSync(join(folder, 'package.json'), '{"name": "x", "version": "1.0.0"}');
    const run = await runCli([
      'invoice',
      '--contract',
      folder,
      '--actuals',
      all,
      '--period',
      '2026-03',
      '--json',
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toEqual([
      'issued.json: not a contract file (an invoice JSON; a contract states "schema": "outcome-fees/contract@1"): keep only contract files in a folder of contracts',
      'package.json: not a contract file (a JSON file without "schema"; a contract states "schema": "outcome-fees/contract@1"): keep only contract files in a folder of contracts',
      'no invoice printed: the problems above stop the whole run; fix them and run it again',
    ]);
  });

  it('a contract workbook open in Excel leaves its lock file (~$alpha.xlsx) beside it: no contract, no problem', async () => {
    const folder = join(dir, 'open-in-excel');
    mkdirSync(folder);
    writeFileSync(join(folder, 'alpha.json'), readFileSync(alpha));
    writeFileSync(join(folder, '~$beta.xlsx'), '\u000bJohn Smith' + ' '.repeat(40));
    writeFileSync(join(folder, '.~lock.beta.xlsx#'), ',John Smith,host,02.12.2026 03:00,');
    const run = await runCli([
      'invoice',
      '--contract',
      folder,
      '--actuals',
      alphaCsv,
      '--period',
      '2026-03',
      '--json',
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out).invoices.map((i: { number: string }) => i.number)).toEqual(['alpha-2026-03']);
  });

  it('a folder holding a folder of contracts says so, never leaving those contracts out unsaid', async () => {
    const folder = join(dir, 'nested');
    mkdirSync(join(folder, 'supplier-b'), { recursive: true });
    mkdirSync(join(folder, 'notes'));
    writeFileSync(join(folder, 'alpha.json'), readFileSync(alpha));
    writeFileSync(join(folder, 'supplier-b', 'beta.json'), readFileSync(alpha));
    writeFileSync(join(folder, 'notes', 'read me.txt'), 'the contracts of supplier B are in supplier-b');
    const args = ['invoice', '--contract', folder, '--actuals', all, '--period', '2026-03', '--json'];
    const run = await runCli(args);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toEqual([
      `${join(folder, 'supplier-b')}: a folder inside a folder of contracts, holding 1 contract file (.json, .xlsx) that is not read: a folder of contracts is read at its top level only; give it with another --contract, or move its files up`,
      'no invoice printed: the problem above stops the whole run; fix it and run it again',
    ]);
    // A folder holding only contracts in its subfolder says the same, not that it holds none.
    const only = join(dir, 'only-nested');
    mkdirSync(join(only, 'b'), { recursive: true });
    writeFileSync(join(only, 'b', 'one.json'), readFileSync(alpha));
    writeFileSync(join(only, 'b', 'two.xlsx'), '');
    const nested = await runCli(['invoice', '--contract', only, '--actuals', all, '--period', '2026-03']);
    expect(nested.code).toBe(1);
    expect(nested.err).toContain(
      `${join(only, 'b')}: a folder inside a folder of contracts, holding 2 contract files`,
    );
  });

  it('writes nothing when one invoice of the range cannot be built', async () => {
    const out = join(dir, 'never.xlsx');
    const run = await invoiceAlpha('--period', '2026-01..2027-02', '-o', out);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/2027-01/);
    expect(() => readFileSync(out)).toThrow();
  });
});
