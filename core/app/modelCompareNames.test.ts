/**
 * The pane's Compare reads the first contract's Actuals sheet against both contracts. A KPI or volume
 * name neither knows was said with the first contract's names alone ('the contract's KPIs: FCR, …'),
 * though the user may have meant the second's: it is said with each contract's names, each contract
 * named by its sheet, at its cell.
 */
import { now, bookWithContract } from '../../test/support/syncActions';

const BPO_KPIS = 'FCR, Average response time, CSAT, Average response time Black Friday';
const IT_KPIS =
  'Availability, P1 resolution time, First-time fix rate, Speed to answer, Infrastructure run cost';

function twoContracts() {
  const { book, actions } = bookWithContract();
  now(actions.newContract('it-services-sla', 'en'));
  const actuals = book.sheetMap.get('Actuals')!;
  return { book, actions, actuals };
}

it('names each contract’s KPIs for a KPI neither has', () => {
  const { book, actions, actuals } = twoContracts();
  const row = actuals.length;
  actuals.push(['kpi', 'Availabilty', 'percent', 0.999, 0.999, 0.999, 0.999]);
  expect(() => now(actions.compareContracts('Contract', 'Contract (2)', 'en'))).toThrow(
    `Actuals!B${row + 1} (Name): unknown KPI "Availabilty", in none of the contracts compared (Contract: ${BPO_KPIS}; Contract (2): ${IT_KPIS})`,
  );
  expect(book.sheetNames()).not.toContain('Comparison');
});

it('and each one’s volumes, in French with its typography', () => {
  const { actions, actuals } = twoContracts();
  const row = actuals.length;
  actuals.push(['volume', 'Workstations', 'workstation', 800, 800, 800, 800]);
  const S = '\u00a0';
  expect(() => now(actions.compareContracts('Contract', 'Contract (2)', 'fr'))).toThrow(
    `Actuals!B${row + 1} (Name)${S}: volume inconnu «${S}Workstations${S}», dans aucun des contrats comparés (Contract${S}: Interactions${S}; Contract (2)${S}: Managed workstations)`,
  );
});
