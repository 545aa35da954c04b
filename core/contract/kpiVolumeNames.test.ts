import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { TEMPLATES } from '../templates';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { contractFromSheet, type CellValue } from './fromSheet';
import { loadContract, saveContract } from './json';
import type { Result } from './issues';

function messages<T>(result: Result<T>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

/** The BPO template as a contract file, its volume renamed as a KPI is (case and spaces aside). */
function clashingJson(lang: 'en' | 'fr'): string {
  const doc = JSON.parse(saveContract(bpoCustomerService.contract(lang)));
  doc.volumes[0].name = ' csat ';
  return JSON.stringify(doc);
}

describe('a KPI and a volume of one name', () => {
  test('is refused in a contract file at both places, each naming the other kind', () => {
    const kpi = JSON.parse(saveContract(bpoCustomerService.contract('en'))).kpis.findIndex(
      (k: { name: string }) => k.name === 'CSAT',
    );
    expect(messages(loadContract(clashingJson('en')))).toEqual([
      `kpis[${kpi}].name: "CSAT" names both a KPI and a volume (see its volume): the invoice would print two lines of that name; rename one`,
      'volumes[0].name: "csat" names both a KPI and a volume (see its KPI): the invoice would print two lines of that name; rename one',
    ]);
  });

  // The Actuals and Scenarios readers find a typed name as it reads on screen (nameMatch.ts): a volume
  // that differs from a KPI by a straight apostrophe, a run of spaces or an invisible character is that KPI.
  test('is refused where the two names read the same on screen, not only case and outer spaces aside', () => {
    for (const [kpiName, volumeName] of [
      ['Agents’ response time', "agents' response time"],
      ['Average response time', 'Average  response\u00a0time'],
      ['Average response time', 'Average response\u200b time'],
    ]) {
      const doc = JSON.parse(saveContract(bpoCustomerService.contract('en')));
      const kpi = doc.kpis.findIndex((k: { name: string }) => k.name === 'Average response time');
      doc.kpis[kpi].name = kpiName;
      doc.volumes[0].name = volumeName;
      expect(messages(loadContract(JSON.stringify(doc)))).toEqual([
        expect.stringMatching(
          new RegExp(`^kpis\\[${kpi}\\]\\.name: .* names both a KPI and a volume \\(see its volume\\)`),
        ),
        expect.stringMatching(/^volumes\[0\]\.name: .* names both a KPI and a volume \(see its KPI\)/),
      ]);
    }
  });

  test('is said in French for a French contract', () => {
    expect(messages(loadContract(clashingJson('fr'), { lang: 'fr' }))).toEqual([
      expect.stringMatching(/«\sCSAT\s» nomme à la fois un indicateur et un volume \(voir le volume\)/),
      expect.stringMatching(/«\scsat\s» nomme à la fois un indicateur et un volume \(voir l’indicateur\)/),
    ]);
  });

  test('is refused on the Contract sheet at both cells', () => {
    const grid: CellValue[][] = planToGrid(contractSheetPlan(bpoCustomerService.contract('en')));
    const row = grid.findIndex((r) => r.includes('Interactions'));
    const col = grid[row].indexOf('Interactions');
    // The volume's name, on each of its tier rows.
    for (const cells of grid) if (cells[col] === 'Interactions') cells[col] = 'CSAT';
    const found = messages(contractFromSheet(grid));
    const tail = 'names both a KPI and a volume';
    expect(found).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Contract!${String.fromCharCode(65 + col)}${row + 1} \\(\\w+\\): "CSAT" ${tail} \\(see its KPI\\)`,
        ),
      ),
      expect.stringMatching(new RegExp(`^Contract!A\\d+ \\(\\w+\\): "CSAT" ${tail} \\(see its volume\\)`)),
    ]);
  });

  test('no template names a volume as one of its KPIs, so contract files already written keep loading', () => {
    for (const template of TEMPLATES)
      for (const lang of ['en', 'fr'] as const) {
        const contract = template.contract(lang);
        expect(messages(loadContract(saveContract(contract)))).toEqual([]);
      }
  });
});

// Two KPIs (or volumes) that read the same would be found as one by the Actuals and Scenarios readers,
// which take the one whose name is the typed one but for case: a typed straight apostrophe picks the other.
describe('two KPIs or two volumes whose names read the same on screen', () => {
  test('are refused at the later one, as names differing in case are', () => {
    const doc = JSON.parse(saveContract(bpoCustomerService.contract('en')));
    const kpi = doc.kpis.findIndex((k: { name: string }) => k.name === 'Average response time');
    doc.kpis[kpi].name = 'Agents’ response time';
    doc.kpis.push({ ...doc.kpis[kpi], name: "agents' response\u00a0 time" });
    doc.volumes.push({ ...doc.volumes[0], name: 'Inter\u200bactions' });
    expect(messages(loadContract(JSON.stringify(doc)))).toEqual([
      `kpis[${doc.kpis.length - 1}].name: KPI name "agents' response\u00a0 time" is used twice`,
      'volumes[1].name: volume name "Inter\u200bactions" is used twice',
    ]);
  });
});
