import { contractToJson, parseContract } from '../../core/contract/json';
import { invoicePeriods } from '../../core/contract/period';
import type { Contract } from '../../core/contract/types';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { compareWindow, comparisonWindows, scenarioFrequencyProblem } from '../../core/model/compare';
import { decSum } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const monthly = bpoCustomerService.contract('en');
const actuals = bpoCustomerService.actuals('en');

/** The BPO contract invoiced quarterly (its KPIs averaged over the quarter), from `firstPeriod`. */
function quarterly(firstPeriod: string): Contract {
  const json = contractToJson(monthly) as { kpis: Record<string, unknown>[] } & Record<string, unknown>;
  const read = parseContract({
    ...json,
    id: `quarterly-${firstPeriod}`,
    frequency: 'quarterly',
    firstPeriod,
    kpis: json.kpis
      .filter((k) => k.activeMonths === undefined)
      .map((k) => ({ ...k, period: 'quarterly', aggregation: 'average' })),
  });
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.value;
}

function invoiceOf(contract: Contract, period: string) {
  const result = buildInvoice(contract, actuals, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

test('a monthly and a quarterly contract compare over the quarter: the monthly invoices added up', () => {
  // The actuals hold September to December 2026: the third quarter lacks July and August, so the one row
  // is the fourth quarter (October to December). It was one row "2026-10" setting the monthly contract's
  // October invoice (136,788.00) against the quarterly one's whole quarter (345,744.00).
  const contracts = [monthly, quarterly('2026-01')];
  const windows = comparisonWindows(
    contracts,
    contracts.map((c) => invoicePeriods(c, actuals)),
    undefined,
    'en',
  );
  if (!windows.ok) throw new Error(windows.problem);
  expect(windows.windows).toEqual([
    { name: '2026-Q4', periods: [['2026-10', '2026-11', '2026-12'], ['2026-10']] },
  ]);
  const [window] = windows.windows;
  const row = compareWindow(
    window.name,
    contracts.map((c, i) => window.periods[i].map((p) => invoiceOf(c, p))),
  );
  const months = ['2026-10', '2026-11', '2026-12'].map((p) => invoiceOf(monthly, p));
  expect(row.totals[0].toFixed(2)).toBe(decSum(months.map((i) => i.total)).toFixed(2));
  expect(row.totals[1].toFixed(2)).toBe(invoiceOf(contracts[1], '2026-10').total.toFixed(2));
  expect(row.difference.toFixed(2)).toBe(row.totals[1].minus(row.totals[0]).toFixed(2));
  // Every line kind adds up to the totals, VAT included.
  for (const c of [0, 1])
    expect(decSum(row.kinds.map((k) => k.amounts[c])).toFixed(2)).toBe(row.totals[c].toFixed(2));
});

test('quarters that do not line up are refused, naming each contract, its frequency and its start', () => {
  const contracts = [quarterly('2026-01'), quarterly('2026-02')];
  const windows = comparisonWindows(
    contracts,
    contracts.map((c) => invoicePeriods(c, actuals)),
    '2026-10',
    'en',
  );
  expect(windows).toEqual({
    ok: false,
    problem:
      "the contracts' invoicing periods do not line up (quarterly-2026-01 (quarterly from 2026-01), " +
      'quarterly-2026-02 (quarterly from 2026-02)): no period of one is made of whole periods of another, ' +
      'so their invoices do not compare',
  });
  // A monthly contract nests in either.
  expect(comparisonWindows([monthly, contracts[1]], [[], []], undefined, 'fr').ok).toBe(true);
});

test('scenarios do not compare across frequencies: a scenario is a month for one, a quarter for another', () => {
  expect(scenarioFrequencyProblem([monthly, monthly], 'en')).toBeUndefined();
  expect(scenarioFrequencyProblem([monthly, quarterly('2026-01')], 'fr')).toBe(
    'les contrats facturent à des fréquences différentes (bpo-customer-service (mensuel),' +
      ' quarterly-2026-01 (trimestriel))\u00a0: un scénario est le réalisé d’une période de facturation, un' +
      ' mois pour l’un et plus pour un autre, ils ne se comparent donc pas sur des scénarios\u00a0; ' +
      'comparez-les sur le réalisé, où les factures de chacun sur les mêmes mois s’additionnent',
  );
});
