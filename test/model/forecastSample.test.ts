/**
 * A clause with a minimum sample (CSAT counts only from 100 survey answers) reads a volume the contract
 * does not price. The forecast drew every priced volume, hour and KPI but not that one, so every
 * simulated invoice lacked it: 'simulation 1, 2027-01: Actuals: no quantity for "Survey answers"', and no
 * contract with a sampled clause could be forecast; nor could its distribution be declared.
 */
import { buildActuals, type ActualEntry } from '../../core/contract/actuals';
import type { Contract } from '../../core/contract/types';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { distributionsFromCsv } from '../../core/model/distributionsCsv';
import { forecast } from '../../core/model/forecast';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const template = bpoCustomerService.contract();
const contract: Contract = {
  ...template,
  kpis: template.kpis.map((k) =>
    k.name === 'CSAT' ? { ...k, sampleVolume: 'Survey answers', sampleMinimum: dec(100) } : k,
  ),
};
const template_history = bpoCustomerService.actuals();
/** The template's history with 250 survey answers a month (80 in October: too few, CSAT's fee is neutral). */
const entries: ActualEntry[] = [];
for (const [period, at] of template_history.periods) {
  for (const [name, value] of at.volumes) entries.push({ period, kind: 'volume', name, value });
  for (const [name, value] of at.kpis) entries.push({ period, kind: 'kpi', name, value });
  entries.push({
    period,
    kind: 'volume',
    name: 'Survey answers',
    value: dec(period === '2026-10' ? 80 : 250),
  });
}
const history = buildActuals(entries, [...template_history.periods.keys()]);

it('resamples the sample volume with the months it was measured in', () => {
  const result = forecast(contract, { from: '2027-01', to: '2027-03', simulations: 200, seed: 3, history });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  // Every simulated invoice is one of the history's four (a month drawn whole): October's without CSAT's fee.
  const invoiced = ['2026-09', '2026-10', '2026-11', '2026-12'].map((p) => {
    const invoice = buildInvoice(contract, history, p);
    if (!invoice.ok) throw new Error(invoice.problems.join('\n'));
    return invoice.invoice.total.toFixed(2);
  });
  expect(invoiced[1]).toBe('130788.00');
  for (const p of result.forecast.periods)
    for (const at of [p.p10, p.p50, p.p90]) expect(invoiced).toContain(at.toFixed(2));
});

it('takes a declared distribution of it; collapsed, the forecast is the invoice', () => {
  const csv = [
    'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD',
    'volume,Interactions,triangular,42500,42500,42500,,',
    'volume,Survey answers,normal,,,,80,0',
    'kpi,FCR,triangular,0.774,0.774,0.774,,',
    'kpi,Average response time,triangular,3.4,3.4,3.4,,',
    'kpi,CSAT,triangular,0.912,0.912,0.912,,',
    'kpi,Average response time Black Friday,triangular,3.4,3.4,3.4,,',
  ].join('\n');
  const declared = distributionsFromCsv(csv, contract);
  if (!declared.ok) throw new Error(declared.issues.map((i) => i.message).join('\n'));
  const result = forecast(contract, {
    from: '2027-01',
    to: '2027-01',
    simulations: 5,
    seed: 1,
    history,
    declared: declared.value,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  // October's values with 80 answers: CSAT's 5,000 fee is not earned (neutral): 136,788.00 − 6,000.00.
  expect(result.forecast.total.mean.toFixed(2)).toBe('130788.00');
});
