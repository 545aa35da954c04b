import { actualsFromCsv } from '../../core/contract/csv';
import { contractToJson, parseContract } from '../../core/contract/json';
import type { Contract } from '../../core/contract/types';
import { forecast } from '../../core/model/forecast';
import { bpoCustomerService } from '../../core/templates';

/**
 * The BPO template with a quarterly KPI averaged over its months, read on the quarter's last monthly
 * invoice: that invoice reads two months before its own. `uncached` adds a service level that is always met
 * and counts repeat failures, which changes no amount but makes every invoice read the earlier months, so
 * the forecast prices each one afresh: the reference.
 */
function contracts(): { cached: Contract; uncached: Contract } {
  const json = contractToJson(bpoCustomerService.contract('en')) as Record<string, unknown> & {
    kpis: Record<string, unknown>[];
  };
  const kpis = [
    ...json.kpis.filter((k) => k.activeMonths === undefined),
    {
      name: 'Quality',
      measure: 'Audited contacts passing the quality grid',
      unit: 'percent',
      direction: 'higher',
      period: 'quarterly',
      aggregation: 'average',
      model: 'threshold',
      threshold: '0.5',
      amount: '1000',
    },
  ];
  const always = {
    name: 'Uptime',
    measure: 'Telephony uptime',
    unit: 'percent',
    direction: 'higher',
    period: 'monthly',
    model: 'sla-credit',
    threshold: '0',
    allocation: '1',
    repeatPeriods: '2',
    criticalAt: '2',
  };
  const read = (value: unknown) => {
    const result = parseContract(value);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    return result.value;
  };
  return {
    cached: read({ ...json, kpis }),
    uncached: read({ ...json, kpis: [...kpis, always], sla: { atRisk: { amount: '100' } } }),
  };
}

test('an invoice reading an aggregated KPI over earlier months is not priced from another simulation', () => {
  const { cached, uncached } = contracts();
  const history = (contract: Contract) => {
    const rows = bpoCustomerService.actuals('en').periods.entries();
    const lines = ['Period,Kind,Name,Value'];
    const quality = ['0.2', '0.9', '0.3', '0.8'];
    [...rows].forEach(([month, at], i) => {
      for (const [name, value] of at.volumes) lines.push(`${month},volume,${name},${value.toFixed()}`);
      for (const [name, value] of at.kpis)
        if (!name.includes('Black Friday')) lines.push(`${month},kpi,${name},${value.toFixed()}`);
      lines.push(`${month},kpi,Quality,${quality[i]}`);
      if (contract.kpis.some((k) => k.name === 'Uptime')) lines.push(`${month},kpi,Uptime,1`);
    });
    const read = actualsFromCsv(lines.join('\n'), contract);
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
    return read.value;
  };
  const run = (contract: Contract) => {
    const result = forecast(contract, {
      from: '2027-01',
      to: '2027-06',
      simulations: 400,
      seed: 3,
      history: history(contract),
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.forecast.periods.map((p) => `${p.period} ${p.mean.toFixed(2)}`);
  };
  // March and June close a quarter: their Quality fee averages three drawn months. Priced from a cache
  // keyed on their own month only, March's mean was 135,705.12 against 135,964.08.
  expect(run(cached)).toEqual(run(uncached));
});
