/**
 * A sampled clause (CSAT counted from 100 survey answers) reads a volume no line prices. The Scenarios
 * sheet had no column for it and CONTRACTFEE took no such name, so no scenario of that contract could be
 * priced: 'no quantity given for "Survey answers"', on the sheet and in every live total.
 */
import { buildActuals, type ActualEntry } from '../../core/contract/actuals';
import type { Contract } from '../../core/contract/types';
import { CONTRACTFEE } from '../../core/functions/defs/contractFee';
import { evaluate } from '../../core/functions/evaluate';
import type { HostMatrix } from '../../core/functions/hostValues';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { scenarioMeasures } from '../../core/layout/editableScenariosSheet';
import { scenariosSheetPlan } from '../../core/layout/scenariosSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { prefilledScenarios } from '../../core/model/prefill';
import { priceScenario } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { withMargin } from '../support/rangeMargin';

const template = bpoCustomerService.contract();
const contract: Contract = {
  ...template,
  kpis: template.kpis.map((k) =>
    k.name === 'CSAT' ? { ...k, sampleVolume: 'Survey answers', sampleMinimum: dec(100) } : k,
  ),
};
const entries: ActualEntry[] = [];
for (const [period, at] of bpoCustomerService.actuals().periods) {
  for (const [name, value] of at.volumes) entries.push({ period, kind: 'volume', name, value });
  for (const [name, value] of at.kpis) entries.push({ period, kind: 'kpi', name, value });
  entries.push({
    period,
    kind: 'volume',
    name: 'Survey answers',
    value: dec(period === '2026-10' ? 80 : 250),
  });
}
const history = buildActuals(entries, ['2026-09', '2026-10', '2026-11', '2026-12']);

it('the Scenarios sheet has a column for the survey answers, prefilled with their median', () => {
  expect(scenarioMeasures(contract).map((m) => m.header)).toContain('Survey answers');
  for (const scenario of prefilledScenarios(contract, history)) {
    expect(scenario.values.volumes.get('Survey answers')?.toFixed()).toBe('250');
    expect(priceScenario(contract, scenario.values).ok).toBe(true);
  }
});

it('CONTRACTFEE takes the survey answers by name, and prices as the invoice', () => {
  const sheet = withMargin(planToGrid(contractSheetPlan(contract))) as HostMatrix;
  const names = [['Interactions'], ['FCR'], ['Average response time'], ['CSAT'], ['survey answers']];
  const october = (answers: number) => [[42500], [0.774], [3.4], [0.912], [answers]];
  const invoice = buildInvoice(contract, history, '2026-10');
  if (!invoice.ok) throw new Error(invoice.problems.join('\n'));
  expect(invoice.invoice.total.toFixed(2)).toBe('130788.00');
  expect(evaluate(CONTRACTFEE, [sheet, names, october(80)])).toBe(130788);
  expect(evaluate(CONTRACTFEE, [sheet, names, october(250)])).toBe(136788);
});

it('the Scenarios priced sheet shows the survey answers each scenario was priced with', () => {
  const [worst] = prefilledScenarios(contract, history);
  const priced = priceScenario(contract, worst!.values);
  if (!priced.ok) throw new Error(priced.problems.join('\n'));
  const grid = planToGrid(scenariosSheetPlan(contract, [{ scenario: worst!, invoice: priced.invoice }]));
  const header = grid.findIndex((row) => row[0] === 'Scenario');
  const column = grid[header]!.indexOf('Survey answers');
  expect(column).toBeGreaterThan(0);
  expect(grid[header + 1]![column]).toBe(250);
});
