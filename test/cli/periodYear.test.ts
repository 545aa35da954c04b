/**
 * A year typed alone, `--period 2026`, names the invoice of a yearly contract, as that invoice is named;
 * on a contract invoiced more often it is several invoices and is refused saying what to type. Every command
 * taking `--period` reads it through the one parser (core/cli/periodArgs.ts): `compare` and `scenarios`
 * take `2026-Q4` like `invoice`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testContractJson } from '../support/testContract';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-period-year-'));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const csat = (period: string) => ({
  name: 'CSAT',
  measure: 'CSAT measured',
  unit: 'percent',
  direction: 'higher',
  period,
  model: 'threshold',
  threshold: '0.8',
  amount: '100',
});

function contractFile(name: string, frequency: string, fields: object = {}): string {
  const kpiPeriod = frequency === 'monthly' ? 'monthly' : frequency;
  const json = testContractJson({
    frequency,
    fixedFees: [{ label: 'Base', amount: '1000' }],
    kpis: [csat(kpiPeriod)],
    ...fields,
  });
  return write(name, JSON.stringify(json));
}

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
/** CSAT on every month a KPI evaluated `every` months closes on. */
const actualsFile = (name: string, every: number) =>
  write(
    name,
    [
      'Period,Kind,Name,Value',
      ...MONTHS.filter((m) => Number(m) % every === 0).map((m) => `2026-${m},kpi,CSAT,0.9`),
      '',
    ].join('\n'),
  );
const ACTUALS: Readonly<Record<string, string>> = {
  monthly: actualsFile('monthly.csv', 1),
  quarterly: actualsFile('quarterly.csv', 3),
  yearly: actualsFile('yearly.csv', 12),
};
const YEARLY = contractFile('yearly.json', 'yearly');
const QUARTERLY = contractFile('quarterly.json', 'quarterly');
const MONTHLY = contractFile('monthly.json', 'monthly');
const actualsOf = (contract: string) =>
  contract === YEARLY ? ACTUALS.yearly : contract === QUARTERLY ? ACTUALS.quarterly : ACTUALS.monthly;

const invoice = (contract: string, period: string, ...more: string[]) =>
  runCli(['invoice', '--contract', contract, '--actuals', actualsOf(contract), '--period', period, ...more]);

describe('--period 2026, a year', () => {
  it('is the invoice of a yearly contract, named 2026 as that invoice is', async () => {
    const byMonth = await invoice(YEARLY, '2026-01');
    const byYear = await invoice(YEARLY, '2026');
    expect(byYear).toEqual({ code: 0, out: byMonth.out, err: '' });
    expect(JSON.parse(byYear.out)).toMatchObject({ number: 'test-2026', total: '1320.00' });
  });

  it('is refused on a monthly or quarterly contract, saying what to type', async () => {
    expect(await invoice(MONTHLY, '2026')).toEqual({
      code: 1,
      out: '',
      err: '2026 is 12 invoices of contract test, invoiced monthly: type the range 2026-01..2026-12 for all of them, or one month (2026-01)',
    });
    expect((await invoice(QUARTERLY, '2026')).err).toBe(
      '2026 is 4 invoices of contract test, invoiced quarterly: type the range 2026-01..2026-12 for all of them, or one month (2026-01)',
    );
  });

  it('is refused on a yearly contract whose years start in April, naming the year that holds January', async () => {
    const april = contractFile('april.json', 'yearly', { firstPeriod: '2026-04' });
    const run = await runCli([
      'invoice',
      '--contract',
      april,
      '--actuals',
      write('april.csv', 'Period,Kind,Name,Value\n2027-03,kpi,CSAT,0.9\n'),
      '--period',
      '2027',
    ]);
    expect(run.err).toBe(
      "2027 is no invoicing period of contract test: its periods are counted from its first period 2026-04, so the one holding 2027's first month is 2026-04 – 2027-03; type 2026-04",
    );
  });

  it('is said in French on a French contract', async () => {
    const french = contractFile('fr.json', 'monthly', { language: 'fr' });
    expect((await invoice(french, '2026')).err).toBe(
      '2026 fait 12 factures du contrat test, facturé chaque mois\u00a0: tapez la plage 2026-01..2026-12 pour toutes, ou un mois (2026-01)',
    );
  });

  it('ends a range, and is what review, exposure and demo read too', async () => {
    expect(await invoice(YEARLY, '2026..2026', '--json')).toEqual(
      await invoice(YEARLY, '2026-01..2026-12', '--json'),
    );
    const review = (contract: string, period: string) =>
      runCli([
        'review',
        '--contract',
        contract,
        '--actuals',
        actualsOf(contract),
        '--period',
        period,
        '--json',
      ]);
    const reviewed = await review(YEARLY, '2026');
    expect(reviewed.code).toBe(0);
    expect(JSON.parse(reviewed.out).achievement).toEqual([
      { invoice: 'test-2026', period: '2026-01', score: '1.000000' },
    ]);
    expect((await review(MONTHLY, '2026')).err).toMatch(/^2026 is 12 invoices of contract test/);
    const exposure = (period: string) =>
      runCli(['exposure', '--contract', YEARLY, '--actuals', ACTUALS.yearly, '--period', period, '--json']);
    expect(await exposure('2026')).toEqual(await exposure('2026-01'));
    const demo = await runCli(['demo', '--period', '2026', '-o', join(dir, 'demo.xlsx')]);
    expect(demo).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^2026 is 12 invoices of contract bpo-customer-service/),
    });
  });

  it('the option error lists every form a period takes', async () => {
    expect(await invoice(YEARLY, '26')).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^--period must be a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY \(got '26'\); usage: /,
      ),
    });
    const scenarios = write('sc.csv', 'Scenario,Kind,Name,Value\nbase,kpi,CSAT,0.9\n');
    const run = await runCli([
      'scenarios',
      '--contract',
      YEARLY,
      '--scenarios',
      scenarios,
      '--period',
      '10/2026',
    ]);
    expect(run).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^--period must be a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY \(got '10\/2026'\); usage: /,
      ),
    });
  });
});

describe('compare and scenarios take a period as invoice does', () => {
  const scenarios = write('scenarios.csv', 'Scenario,Kind,Name,Value\nbase,kpi,CSAT,0.9\nlow,kpi,CSAT,0.5\n');

  it('scenarios --period 2026-Q4 prices the Q4 invoice, as --period 2026-10 does', async () => {
    const priced = (period: string) =>
      runCli(['scenarios', '--contract', QUARTERLY, '--scenarios', scenarios, '--period', period, '--json']);
    const byMonth = await priced('2026-10');
    expect(byMonth.code).toBe(0);
    expect(await priced('2026-q4')).toEqual(byMonth);
    expect(JSON.parse((await priced('2026-Q4')).out).period).toBe('2026-10');
    expect(
      await runCli(['scenarios', '--contract', MONTHLY, '--scenarios', scenarios, '--period', '2026-Q4']),
    ).toEqual({
      code: 1,
      out: '',
      err: '2026-Q4 is 3 invoices of contract test, and scenarios prices one: type one of its months, 2026-10 to 2026-12',
    });
  });

  it('compare --period 2026-Q4 is the quarter of the contract invoiced by quarter, beside a monthly one', async () => {
    const other = contractFile('quarterly2.json', 'quarterly', {
      id: 'other',
      fixedFees: [{ label: 'Base', amount: '1200' }],
    });
    const compare = (period: string, ...contracts: string[]) =>
      runCli([
        'compare',
        ...contracts.flatMap((c) => ['--contract', c]),
        '--actuals',
        ACTUALS.quarterly,
        '--period',
        period,
        '--json',
      ]);
    const byMonth = await compare('2026-10', QUARTERLY, other);
    expect(byMonth.code).toBe(0);
    expect(await compare('2026-Q4', QUARTERLY, other)).toEqual(byMonth);
    // The monthly contract prices no KPI, so that one actuals file serves both.
    const fixed = contractFile('fixed.json', 'monthly', { id: 'fixed', kpis: [] });
    const mixed = await compare('2026-Q4', fixed, QUARTERLY);
    expect(mixed.code).toBe(0);
    expect(mixed).toEqual(await compare('2026-10', fixed, QUARTERLY));
    expect((await compare('2026-Q4', fixed, MONTHLY)).err).toBe(
      '2026-Q4 is 3 invoices of contract fixed, invoiced monthly: type the range 2026-10..2026-12 for all of them, or one month (2026-10)',
    );
  });
});
