/**
 * A gate level and a tolerance are values of a KPI too: a gate level of 85 for a CSAT of 85 % is never met
 * (every gated bonus or volume price lost), a tolerance of 1 on a percent KPI (1 point meant, 0.01) is a
 * neutral band as wide as the whole range (no bonus, no malus ever). Each is an error on its cell or field,
 * with the fraction a percentage typed stands for.
 */
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { now } from '../../test/support/syncActions';
import { testContractJson } from '../../test/support/testContract';
import { workbookActions } from '../app/actions';
import { loadContract } from './json';

type Edit = (grid: (string | number | boolean | null)[][]) => void;

function paneCheck(lang: 'en' | 'fr', edit: Edit): string[] {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', lang));
  edit(book.sheetMap.get(lang === 'fr' ? 'Contrat' : 'Contract')!);
  return now(actions.checkContract(lang)).errors.map((e) => `${e.address} (${e.column}): ${e.message}`);
}

/** Sets the cell of row `name` under the KPI clauses header `column` (or the fees header's). */
function setCell(name: string, column: string, value: number): Edit {
  return (grid) => {
    const row = grid.findIndex((r) => r[0] === name || r[1] === name);
    const header = [...grid.keys()].filter((i) => i < row && grid[i].includes(column)).pop()!;
    grid[row][grid[header].indexOf(column)] = value;
  };
}

const kpi = (fields: object) => ({
  name: 'FCR',
  measure: 'First-contact resolution',
  unit: 'percent',
  direction: 'higher',
  period: 'monthly',
  model: 'bonus-malus',
  target: '0.75',
  bonusRate: '40000',
  malusRate: '40000',
  ...fields,
});
const csat = {
  name: 'CSAT',
  measure: 'Satisfied customers',
  unit: 'percent',
  direction: 'higher',
  period: 'monthly',
  model: 'threshold',
  threshold: '0.9',
  amount: '5000',
};

describe('gate levels within the gate KPI valid range', () => {
  it("refuses a clause's gate level of 85 for a percent gate, on its cell, with 0.85", () => {
    expect(paneCheck('en', setCell('FCR', 'Gate level', 85))).toEqual([
      'AB34 (Gate level): 85 is outside the valid range of a percent KPI (0 to 1): did you mean 0.85?',
    ]);
  });

  it("refuses a volume's gate level too, in French", () => {
    const [issue] = paneCheck('fr', (grid) => {
      const header = grid.findIndex((r) => r.includes('Indicateur de condition') && r.includes('Prix'));
      const row = header + 2;
      grid[row][grid[header].indexOf('Indicateur de condition')] = 'CSAT';
      grid[row][grid[header].indexOf('Niveau de condition')] = 85;
    });
    expect(issue).toMatch(
      /^N\d+ \(Niveau de condition\)\u00a0?: 85 est en dehors de la plage valide .*vouliez-vous dire 0,85\u00a0\?$/,
    );
  });

  it('refuses it in a contract file, naming the field', () => {
    const json = testContractJson({ kpis: [kpi({ gateKpi: 'CSAT', gateLevel: '85' }), csat] });
    const read = loadContract(JSON.stringify(json));
    expect(read.ok ? [] : read.issues.map((i) => i.message)).toEqual([
      'kpis[0].gateLevel: 85 is outside the valid range of a percent KPI (0 to 1): did you mean 0.85?',
    ]);
  });

  it('keeps a gate level within a range the gate KPI declares', () => {
    const json = testContractJson({
      kpis: [kpi({ gateKpi: 'CSAT', gateLevel: '1.2' }), { ...csat, validMax: '2' }],
    });
    expect(loadContract(JSON.stringify(json)).ok).toBe(true);
  });
});

describe('a tolerance narrower than the valid range', () => {
  it('refuses a tolerance of 1 on a percent KPI, with 0.01', () => {
    expect(paneCheck('en', setCell('FCR', 'Tolerance', 1))).toEqual([
      "N34 (Tolerance): a tolerance of 1 is as wide as the KPI's whole valid range (1): no value would earn a bonus or a malus; did you mean 0.01?",
    ]);
  });

  it('keeps a tolerance on a KPI whose range has no upper bound, and a narrow one', () => {
    const minutes = kpi({ name: 'AHT', unit: 'minutes', direction: 'lower', target: '3', tolerance: '5' });
    expect(loadContract(JSON.stringify(testContractJson({ kpis: [minutes] }))).ok).toBe(true);
    expect(loadContract(JSON.stringify(testContractJson({ kpis: [kpi({ tolerance: '0.99' })] }))).ok).toBe(
      true,
    );
  });
});
