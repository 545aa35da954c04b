/**
 * An exposure unbounded on both sides has no least and no most invoice, and its sheet's table of lines
 * was an empty header. It says what is known instead: each clause that leaves a side unbounded, on its
 * line, "unbounded" under the side it opens (the Unbounded table above says why).
 */
import type { Contract } from '../../core/contract/types';
import { exposureSheetPlan } from '../../core/layout/exposureSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { exposure } from '../../core/model/exposure';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

/** The BPO template without caps, and a count KPI whose bonus nothing bounds: both sides open. */
function openBoth(lang: 'en' | 'fr'): Contract {
  const template = bpoCustomerService.contract(lang);
  const response = template.kpis[1];
  const leads = {
    ...response,
    name: 'Leads',
    unit: 'count' as const,
    direction: 'higher' as const,
    target: dec(100),
  };
  return { ...template, caps: {}, kpis: [leads, ...template.kpis] };
}

function linesTable(lang: 'en' | 'fr') {
  const contract = openBoth(lang);
  const actuals = bpoCustomerService.actuals(lang);
  const values = scenarioOfPeriod(contract, actuals, '2026-10');
  const result = exposure(
    contract,
    { ...values, kpis: new Map(values.kpis).set('Leads', dec(120)) },
    {
      period: '2026-10',
      history: actuals,
    },
  );
  if (!result.ok) throw new Error(result.problems.join('\n'));
  expect([result.exposure.min, result.exposure.max]).toEqual([null, null]);
  const grid = planToGrid(
    exposureSheetPlan(contract, result.exposure, { kind: 'period', period: '2026-10' }),
  );
  const header = grid.findIndex((row) => row[0] === (lang === 'en' ? 'Line' : 'Ligne'));
  const rows = [];
  for (let r = header + 1; r < grid.length && grid[r].some((c) => c !== null && c !== ''); r++)
    rows.push(grid[r].slice(0, 3));
  return rows;
}

it('lists each clause that opens a side, the least side first', () => {
  expect(linesTable('en')).toEqual([
    ['Average response time', 'unbounded', null],
    ['Leads', null, 'unbounded'],
  ]);
});

it('in the contract’s language', () => {
  expect(linesTable('fr')).toEqual([
    ['Délai moyen de réponse', 'non borné', null],
    ['Leads', null, 'non borné'],
  ]);
});
