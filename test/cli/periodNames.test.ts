/**
 * Periods typed as invoices name them: `--period 2026-Q4`, `2026-H1`, ranges of them and `--from/--to`,
 * on every command taking a period; refused, with what to type, where the contract is not invoiced by
 * that span. `check` names a quarterly contract's periods as its invoices do.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testContractJson } from '../support/testContract';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-period-names-'));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const kpi = (name: string, threshold: string) => ({
  name,
  measure: `${name} measured`,
  unit: 'percent',
  direction: 'higher',
  period: 'quarterly',
  model: 'threshold',
  threshold,
  amount: '100',
});

/** A contract invoiced at `frequency` with three quarterly KPIs: two met, one missed each quarter. */
function contractFile(frequency: string, fields: object = {}, name = `${frequency}.json`): string {
  const json = testContractJson({
    frequency,
    fixedFees: [{ label: 'Base', amount: '1000' }],
    kpis: [kpi('CSAT', '0.8'), kpi('FCR', '0.7'), kpi('NPS', '0.95')],
    ...fields,
  });
  return write(name, JSON.stringify(json));
}

const ACTUALS = write(
  'actuals.csv',
  [
    'Period,Kind,Name,Value',
    ...['03', '06', '09', '12'].flatMap((m) => [
      `2026-${m},kpi,CSAT,0.9`,
      `2026-${m},kpi,FCR,0.75`,
      `2026-${m},kpi,NPS,0.9`,
    ]),
    '',
  ].join('\n'),
);
const QUARTERLY = contractFile('quarterly');
const YEARLY = contractFile('yearly', { kpis: [{ ...kpi('CSAT', '0.8'), period: 'yearly' }] });
const MONTHLY = contractFile('monthly');

const invoice = (contract: string, ...period: string[]) =>
  runCli(['invoice', '--contract', contract, '--actuals', ACTUALS, ...period]);

describe('--period names a quarter or a half-year', () => {
  it('invoices 2026-Q4 (any case) as the quarter its invoice is numbered by', async () => {
    const byMonth = await invoice(QUARTERLY, '--period', '2026-10');
    const byName = await invoice(QUARTERLY, '--period', '2026-Q4');
    expect(byName).toEqual({ code: 0, out: byMonth.out, err: '' });
    expect(JSON.parse(byName.out).number).toBe('test-2026-Q4');
    expect((await invoice(QUARTERLY, '--period', '2026-q4')).out).toBe(byMonth.out);
  });

  it('invoices 2026-H1 on a half-yearly contract', async () => {
    const halfYearly = contractFile('half-yearly', {
      kpis: [{ ...kpi('CSAT', '0.8'), period: 'half-yearly' }],
    });
    const actuals = write('half.csv', 'Period,Kind,Name,Value\n2026-06,kpi,CSAT,0.9\n');
    const run = await runCli([
      'invoice',
      '--contract',
      halfYearly,
      '--actuals',
      actuals,
      '--period',
      '2026-h1',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).number).toBe('test-2026-H1');
  });

  it('refuses a quarter of a monthly contract, naming its frequency and what to type', async () => {
    expect(await invoice(MONTHLY, '--period', '2026-Q4')).toEqual({
      code: 1,
      out: '',
      err: '2026-Q4 is 3 invoices of contract test, invoiced monthly: type the range 2026-10..2026-12 for all of them, or one month (2026-10)',
    });
  });

  it('refuses a quarter of a yearly contract: part of one invoice', async () => {
    expect((await invoice(YEARLY, '--period', '2026-Q2')).err).toBe(
      '2026-Q2 is part of the invoice 2026 of contract test, invoiced yearly: type 2026',
    );
  });

  it('refuses a quarter its contract does not invoice, its quarters counted from February', async () => {
    const february = contractFile('quarterly', { firstPeriod: '2026-02' }, 'february.json');
    expect((await invoice(february, '--period', '2026-Q2')).err).toBe(
      "2026-Q2 is no invoicing period of contract test: its periods are counted from its first period 2026-02, so the one holding 2026-Q2's first month is 2026-02 – 2026-04; type 2026-02",
    );
  });

  it('refuses Q5 and H3', async () => {
    expect((await invoice(QUARTERLY, '--period', '2026-Q5')).err).toMatch(
      /^--period 2026-Q5 names no period: a year has Q1 to Q4; usage: /,
    );
    expect((await invoice(QUARTERLY, '--period', '2026-H3')).err).toMatch(
      /^--period 2026-H3 names no period: a year has H1 to H2; usage: /,
    );
  });

  it('says it in French on a French contract', async () => {
    const french = contractFile('monthly', { kpis: [], language: 'fr' }, 'fr.json');
    expect((await invoice(french, '--period', '2026-Q4')).err).toBe(
      '2026-Q4 fait 3 factures du contrat test, facturé chaque mois\u00a0: tapez la plage 2026-10..2026-12 pour toutes, ou un mois (2026-10)',
    );
  });
});

describe('ranges of named periods', () => {
  it('invoice --period 2026-Q1..2026-Q4 and --from/--to are the months they name', async () => {
    const months = await invoice(QUARTERLY, '--period', '2026-01..2026-12', '--json');
    expect(months.code).toBe(0);
    expect(await invoice(QUARTERLY, '--period', '2026-Q1..2026-Q4', '--json')).toEqual(months);
    expect(await invoice(QUARTERLY, '--from', '2026-Q1', '--to', '2026-Q4', '--json')).toEqual(months);
    const halves = await invoice(QUARTERLY, '--period', '2026-Q2..2026-Q3', '--json');
    expect(halves.out).toBe((await invoice(QUARTERLY, '--period', '2026-04..2026-09', '--json')).out);
  });

  it('a range end the contract does not invoice is refused as a single period is', async () => {
    expect(await invoice(MONTHLY, '--period', '2026-Q1..2026-Q2', '--json')).toMatchObject({
      code: 1,
      err: expect.stringContaining('2026-Q1 is 3 invoices of contract test, invoiced monthly'),
    });
  });

  it('review takes a range of quarters and prints scores to a millionth', async () => {
    const run = await runCli([
      'review',
      '--contract',
      QUARTERLY,
      '--actuals',
      ACTUALS,
      '--period',
      '2026-Q1..2026-Q2',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    // Two KPIs met of three, equal weights: 2/3, printed as invoices print a ratio.
    expect(json.achievement).toEqual([
      { invoice: 'test-2026-Q1', period: '2026-01', score: '0.666667' },
      { invoice: 'test-2026-Q2', period: '2026-04', score: '0.666667' },
    ]);
  });

  it('review --period 2026-H1 on a quarterly contract says what to type', async () => {
    const run = await runCli([
      'review',
      '--contract',
      QUARTERLY,
      '--actuals',
      ACTUALS,
      '--period',
      '2026-H1',
    ]);
    expect(run).toMatchObject({
      code: 1,
      err: '2026-H1 is 2 invoices of contract test, invoiced quarterly: type the range 2026-01..2026-06 for all of them, or one month (2026-01)',
    });
  });
});

describe('curve, exposure, forecast and reconcile take the same names', () => {
  it('exposure and forecast of 2026-Q4 are those of its months; a quarter of a monthly contract is refused', async () => {
    const exposure = (period: string) =>
      runCli(['exposure', '--contract', QUARTERLY, '--actuals', ACTUALS, '--period', period, '--json']);
    const byMonth = await exposure('2026-10');
    expect(byMonth.code).toBe(0);
    expect(await exposure('2026-Q4')).toEqual(byMonth);
    const curve = (period: string) =>
      runCli([
        'curve',
        '--contract',
        QUARTERLY,
        '--actuals',
        ACTUALS,
        '--kpi',
        'CSAT',
        '--period',
        period,
        '--json',
      ]);
    const curveByMonth = await curve('2026-10');
    expect(curveByMonth.code).toBe(0);
    expect(await curve('2026-q4')).toEqual(curveByMonth);
    expect(
      await runCli(['exposure', '--contract', MONTHLY, '--actuals', ACTUALS, '--period', '2026-Q4']),
    ).toEqual({
      code: 1,
      out: '',
      err: '2026-Q4 is 3 invoices of contract test, and exposure prices one: type one of its months, 2026-10 to 2026-12',
    });
    const forecast = (from: string, to: string) =>
      runCli([
        'forecast',
        '--contract',
        QUARTERLY,
        '--actuals',
        ACTUALS,
        '--from',
        from,
        '--to',
        to,
        '--simulations',
        '20',
        '--json',
      ]);
    const months = await forecast('2027-01', '2027-06');
    expect(months.code).toBe(0);
    expect(await forecast('2027-Q1', '2027-q2')).toEqual(months);
    expect((await forecast('2027-Q2', '2027-Q1')).err).toMatch(
      /^--from 2027-Q2 is after --to 2027-Q1; usage: /,
    );
  });

  it('reconcile --period 2026-Q4 reconciles the Q4 invoice', async () => {
    const supplier = write(
      'supplier.csv',
      [
        'Line,Amount',
        'Base,1000.00',
        'CSAT,100.00',
        'FCR,100.00',
        'Subtotal,1200.00',
        'VAT,240.00',
        'Total,1440.00',
        '',
      ].join('\n'),
    );
    const run = await runCli([
      'reconcile',
      '--contract',
      QUARTERLY,
      '--actuals',
      ACTUALS,
      '--period',
      '2026-Q4',
      '--supplier',
      supplier,
      '--json',
    ]);
    expect(run.err).toBe('');
    expect(JSON.parse(run.out).invoice).toMatch(/2026-Q4/);
  });
});

describe('check names the periods as invoices do', () => {
  it('lists a quarterly contract’s periods as 2026-Q1 … 2026-Q4, in English and French', async () => {
    const en = await runCli(['check', '--contract', QUARTERLY, '--actuals', ACTUALS]);
    expect(en).toEqual({
      code: 0,
      out: `No problems in quarterly.json and actuals.csv; invoice periods 2026-Q1 to 2026-Q4`,
      err: '',
    });
    const french = contractFile('quarterly', { language: 'fr' }, 'trimestriel.json');
    const fr = await runCli(['check', '--contract', french, '--actuals', ACTUALS]);
    expect(fr.out).toContain('2026-Q1');
    expect(fr.out).toContain('2026-Q4');
    expect(fr.out).not.toContain('2026-10');
  });
});

describe('French frequency words agree with their noun', () => {
  it('a monthly KPI on quarterly invoices: « une facturation trimestrielle »', async () => {
    const french = contractFile(
      'quarterly',
      { language: 'fr', kpis: [{ ...kpi('CSAT', '0.8'), period: 'monthly' }] },
      'accord.json',
    );
    const run = await runCli(['check', '--contract', french, '--actuals', ACTUALS]);
    expect(run.out).toContain(
      'un indicateur mensuel ne peut pas être évalué sur une facturation trimestrielle\u00a0: choisissez «\u00a0trimestriel\u00a0» ou une période plus longue',
    );
    expect(run.out).not.toMatch(/fréquence trimestriel\b/);
  });
});
