/**
 * What a modelling command says of a period it cannot take, naming what it does take: `scenarios`, `curve`
 * and `exposure` price one invoice, so a quarter of a monthly contract gets one of its months as the hint
 * (not the range `invoice` takes, which they refuse); `forecast` takes a month for `--from` and `--to`. A
 * forecast's range holds whole invoicing periods of the contract, as `invoice --from/--to` does: one cutting
 * a quarter, or running past the contract's end, would total months other than the ones typed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testContractJson } from '../support/testContract';
import { runCli } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-model-period-hints-'));

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

const contractFile = (name: string, frequency: string, fields: object = {}) =>
  write(
    name,
    JSON.stringify(
      testContractJson({
        frequency,
        fixedFees: [{ label: 'Base', amount: '1000' }],
        kpis: [csat(frequency)],
        ...fields,
      }),
    ),
  );

const MONTHLY = contractFile('monthly.json', 'monthly');
const FRENCH = contractFile('fr.json', 'monthly', { language: 'fr' });
const QUARTERLY = contractFile('quarterly.json', 'quarterly');
const ENDING = contractFile('ending.json', 'monthly', { lastPeriod: '2027-06' });
const MONTHS = ['2026-10', '2026-11', '2026-12'];
const ACTUALS = write(
  'actuals.csv',
  ['Period,Kind,Name,Value', ...MONTHS.map((m) => `${m},kpi,CSAT,0.9`), ''].join('\n'),
);
const QUARTER_ACTUALS = write('quarterly.csv', 'Period,Kind,Name,Value\n2026-12,kpi,CSAT,0.9\n');
const SCENARIOS = write('scenarios.csv', 'Scenario,Kind,Name,Value\nbase,kpi,CSAT,0.9\n');

const byActuals = (contract: string) => ['--contract', contract, '--actuals', ACTUALS, '--period', '2026-Q4'];
const ONE_INVOICE = {
  scenarios: (contract: string) => [
    'scenarios',
    '--contract',
    contract,
    '--scenarios',
    SCENARIOS,
    '--period',
    '2026-Q4',
  ],
  curve: (contract: string) => ['curve', ...byActuals(contract), '--kpi', 'CSAT'],
  exposure: (contract: string) => ['exposure', ...byActuals(contract)],
};

describe.each(Object.entries(ONE_INVOICE))('%s --period 2026-Q4 on a monthly contract', (command, args) => {
  it('suggests one of its months, in English', async () => {
    expect(await runCli(args(MONTHLY))).toEqual({
      code: 1,
      out: '',
      err: `2026-Q4 is 3 invoices of contract test, and ${command} prices one: type one of its months, 2026-10 to 2026-12`,
    });
  });

  it('and in French', async () => {
    expect((await runCli(args(FRENCH))).err).toBe(
      `2026-Q4 fait 3 factures du contrat test, et ${command} en valorise une\u00a0: tapez l’un de ses mois, de 2026-10 à 2026-12`,
    );
  });

  it('takes the month it suggests', async () => {
    const run = await runCli(args(MONTHLY).map((a) => (a === '2026-Q4' ? '2026-10' : a)));
    expect(run.code).toBe(0);
  });
});

const forecast = (contract: string, from: string, to: string) =>
  runCli([
    'forecast',
    '--contract',
    contract,
    '--actuals',
    contract === QUARTERLY ? QUARTER_ACTUALS : ACTUALS,
    '--from',
    from,
    '--to',
    to,
    '--simulations',
    '20',
    '--json',
  ]);

describe('forecast --from and --to on a monthly contract', () => {
  it('a quarter as --from gets its first month as the hint, as --to its last, in English', async () => {
    expect(await forecast(MONTHLY, '2027-Q1', '2027-12')).toEqual({
      code: 1,
      out: '',
      err: '--from 2027-Q1 is 3 invoices of contract test, and --from takes a month: type --from 2027-01',
    });
    expect((await forecast(MONTHLY, '2027-01', '2027-Q4')).err).toBe(
      '--to 2027-Q4 is 3 invoices of contract test, and --to takes a month: type --to 2027-12',
    );
  });

  it('and in French', async () => {
    expect((await forecast(FRENCH, '2027-Q1', '2027-12')).err).toBe(
      '--from 2027-Q1 fait 3 factures du contrat test, et --from prend un mois\u00a0: tapez --from 2027-01',
    );
    expect((await forecast(FRENCH, '2027-01', '2027-Q4')).err).toBe(
      '--to 2027-Q4 fait 3 factures du contrat test, et --to prend un mois\u00a0: tapez --to 2027-12',
    );
  });

  it('takes the months it suggests', async () => {
    const run = await forecast(MONTHLY, '2027-01', '2027-12');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { periods: unknown[] }).periods).toHaveLength(12);
  });
});

describe('a forecast range holds whole invoicing periods of the contract', () => {
  it('a range cutting a quarter of a quarterly contract is refused, at either end', async () => {
    expect(await forecast(QUARTERLY, '2027-02', '2027-12')).toEqual({
      code: 1,
      out: '',
      err: 'the range 2027-02..2027-12 cuts the invoicing period 2027-Q1 (2027-01..2027-03) of test: a range holds whole invoicing periods',
    });
    expect((await forecast(QUARTERLY, '2027-01', '2027-11')).err).toBe(
      'the range 2027-01..2027-11 cuts the invoicing period 2027-Q4 (2027-10..2027-12) of test: a range holds whole invoicing periods',
    );
    const whole = await forecast(QUARTERLY, '2027-01', '2027-12');
    expect(whole.code).toBe(0);
    const periods = (JSON.parse(whole.out) as { periods: { period: string }[] }).periods;
    expect(periods.map((p) => p.period)).toEqual(['2027-01', '2027-04', '2027-07', '2027-10']);
  });

  it('a range past the contract’s last period is refused, not cut short', async () => {
    expect((await forecast(ENDING, '2027-01', '2027-12')).err).toBe(
      '2027-07 is outside the contract test (2026-01 to 2027-06)',
    );
    expect((await forecast(ENDING, '2027-01', '2027-06')).code).toBe(0);
  });
});
