/**
 * A scenario may give the price index (`jun,index,Syntec,300`: what if Syntec reaches 300?). It is the
 * index in force for the invoice priced: the value of the latest revision on or before it. It was dropped
 * without a word: priced at June 2026 inside the IT template's history the scenario billed Syntec 287
 * (133,086.00), and alone it was refused for want of the very index it gave. IT template: the Syntec
 * revision from June 2026, base 280; at 300 the prices rise by 300 ÷ 280, as an invoice of actuals with
 * Syntec 300 shows (139,110.07).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { buildActuals, type ActualEntry } from '../../core/contract/actuals';
import type { Actuals } from '../../core/contract/types';
import { priceScenario, scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { itServicesSla } from '../../core/templates';
import { runCli } from '../cli/runCli';

const contract = itServicesSla.contract();
const history = itServicesSla.actuals();

/** The history with Syntec at `value` in June 2026. */
function historyWithSyntec(value: string): Actuals {
  const entries: ActualEntry[] = [];
  for (const [period, at] of history.periods) {
    for (const [name, v] of at.volumes) entries.push({ period, kind: 'volume', name, value: v });
    for (const [name, v] of at.kpis) entries.push({ period, kind: 'kpi', name, value: v });
    for (const [name, v] of at.indices ?? [])
      entries.push({ period, kind: 'index', name, value: period === '2026-06' ? dec(value) : v });
  }
  return buildActuals(entries, [...history.periods.keys()]);
}

const june = scenarioOfPeriod(contract, history, '2026-06');
const at300 = { ...june, indices: new Map([['Syntec', dec(300)]]) };
const total = (result: ReturnType<typeof priceScenario>) => {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice.total.toFixed(2);
};

it('is the invoice of actuals with that index, priced inside the history or alone', () => {
  const invoice = buildInvoice(contract, historyWithSyntec('300'), '2026-06');
  expect(total(invoice)).toBe('139110.07');
  expect(total(priceScenario(contract, at300, { period: '2026-06', history }))).toBe('139110.07');
  expect(total(priceScenario(contract, at300, { period: '2026-06' }))).toBe('139110.07');
  // Without an index of its own the scenario keeps the history's (287).
  expect(total(priceScenario(contract, june, { period: '2026-06', history }))).toBe('133086.00');
});

it('stands for the latest revision in force: June 2026’s, for an invoice of March 2027', () => {
  const revisedAt300 = priceScenario(contract, june, {
    period: '2027-03',
    history: historyWithSyntec('300'),
  });
  expect(total(priceScenario(contract, at300, { period: '2027-03' }))).toBe(total(revisedAt300));
  expect(total(priceScenario(contract, at300, { period: '2027-03', history }))).toBe(total(revisedAt300));
});

describe('on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-index-'));
  const files = {
    contract: join(dir, 'it.json'),
    actuals: join(dir, 'it.csv'),
    scenarios: join(dir, 's.csv'),
  };
  beforeAll(async () => {
    writeFileSync(files.contract, (await runCli(['template', 'it-services-sla'])).out);
    const csv = (await runCli(['template', 'it-services-sla', '--actuals'])).out;
    writeFileSync(files.actuals, csv);
    const juneRows = csv.split('\n').filter((line) => line.startsWith('2026-06,'));
    const rows = juneRows.map((line) =>
      line.replace(/^2026-06,/, 'jun,').replace(/Syntec,287$/, 'Syntec,300'),
    );
    writeFileSync(files.scenarios, ['Scenario,Kind,Name,Value', ...rows].join('\n'));
  });
  const scenarios = (...more: string[]) =>
    runCli(['scenarios', '--contract', files.contract, '--scenarios', files.scenarios, '--json', ...more]);

  it('prices the index the scenario gives', async () => {
    const run = await scenarios('--period', '2026-06', '--actuals', files.actuals);
    expect([run.code, run.err, JSON.parse(run.out).scenarios[0].total]).toEqual([0, '', '139110.07']);
  });

  it('notes an index no revision reads yet, as a clause not due', async () => {
    const run = await scenarios();
    expect(run.code).toBe(0);
    expect(run.err).toBe(
      `note: ${basename(files.scenarios)}, scenario "jun": Syntec not due on the 2026-03 invoice, so not priced (--period a month it is due in)`,
    );
  });
});
