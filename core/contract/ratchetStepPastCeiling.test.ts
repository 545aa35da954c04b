/**
 * A ratchet's step as large as the gap from the threshold to its ceiling (0.1 on an uptime of 0.995 with
 * a ceiling of 0.998, meant as +0.1 point, 0.001) put the minimum at the ceiling from the second contract
 * year, read without a word. It is an error on the ratchet naming the step, the threshold and the ceiling,
 * with the step meant when it reads as typed in points on a percent KPI (EN, FR; file and sheet). A ceiling
 * equal to the threshold, which the minimum could never rise from, was accepted too: an error as well.
 */
import { contractProblems, parsedContract, testContractJson } from '../../test/support/testContract';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { contractFromSheet } from './fromSheet';
import type { Language } from './types';

/** An uptime clause, 0.995 or better, with the ratchet a test gives. */
const uptime = (ratchet: unknown, terms: object = {}) => ({
  name: 'Uptime',
  measure: 'Available minutes share',
  unit: 'percent',
  direction: 'higher',
  period: 'monthly',
  model: 'sla-credit',
  threshold: '0.995',
  allocation: '0.5',
  ratchet,
  ...terms,
});

const SLA = { atRisk: { amount: '4000.00' } };

const problems = (kpi: object, lang: Language = 'en') =>
  contractProblems(testContractJson({ language: lang, kpis: [kpi], sla: SLA }), lang);

describe('a ratchet step that reaches the ceiling in one year', () => {
  test('0.1 on a percent KPI is an error naming step, threshold and ceiling, with 0.001 meant', () => {
    expect(problems(uptime({ step: '0.1', ceiling: '0.998' }))).toEqual([
      'kpis[0].ratchet: the step 0.1 takes the threshold 0.995 to its ceiling 0.998 in one contract year, so the minimum stops rising after its first rise: did you mean 0.001 (a percentage point is 0.01)?',
    ]);
  });

  test('in French, from the text form', () => {
    expect(problems(uptime('+0,1 par an, plafond 0,998'), 'fr')).toEqual([
      'kpis[0].ratchet : le pas 0,1 porte le seuil 0,995 à son plafond 0,998 en une année de contrat : le minimum ne monte plus après sa première hausse ; vouliez-vous dire 0,001 (un point de pourcentage vaut 0,01) ?',
    ]);
  });

  test('a step exactly the gap is one too; no hint for a step under a point', () => {
    expect(problems(uptime({ step: '0.003', ceiling: '0.998' }))).toEqual([
      'kpis[0].ratchet: the step 0.003 takes the threshold 0.995 to its ceiling 0.998 in one contract year, so the minimum stops rising after its first rise: state the yearly rise, smaller than the gap between them',
    ]);
  });

  test('on hours, lower is better: no percent hint', () => {
    const hours = uptime(
      { step: '1', ceiling: '3' },
      { unit: 'hours', direction: 'lower', threshold: '4', name: 'Response' },
    );
    expect(problems(hours)).toEqual([
      'kpis[0].ratchet: the step 1 takes the threshold 4 to its ceiling 3 in one contract year, so the minimum stops rising after its first rise: state the yearly rise, smaller than the gap between them',
    ]);
  });

  test('a step short of the gap reads as before', () => {
    expect(problems(uptime({ step: '0.001', ceiling: '0.998' }))).toEqual([]);
    expect(problems(uptime({ step: '0.0029', ceiling: '0.998' }))).toEqual([]);
  });

  test('on the Contract sheet, on the Ratchet cell', () => {
    const contract = parsedContract(
      testContractJson({ fixedFees: [], sla: SLA, kpis: [uptime({ step: '0.001', ceiling: '0.998' })] }),
    );
    const grid = planToGrid(contractSheetPlan(contract)) as unknown[][];
    const row = grid.findIndex((cells) => cells.includes('Ratchet'));
    const col = grid[row].indexOf('Ratchet');
    grid[row + 1][col] = '+0.1 a year, ceiling 0.998';
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^Contract!\w+\d+ \(Ratchet\): the step 0\.1 takes the threshold 0\.995 to its ceiling 0\.998 .*did you mean 0\.001/,
      ),
    ]);
  });
});

describe('a ratchet whose ceiling is its minimum', () => {
  test('a yearly step is refused, saying the minimum can never rise', () => {
    expect(problems(uptime({ step: '0.001', ceiling: '0.995' }))).toEqual([
      'kpis[0].ratchet: the ceiling is the minimum itself (0.995), so the minimum can never rise and the ratchet does nothing: raise the ceiling, or delete the ratchet',
    ]);
  });

  test('the best months too, in French from the text form', () => {
    expect(
      problems(uptime('3 meilleurs mois, plafond 0,995'), 'fr').map((p) => p.replace(/\u00a0/g, ' ')),
    ).toEqual([
      'kpis[0].ratchet : le plafond est le minimum lui-même (0,995) : le minimum ne peut jamais monter et le cliquet ne fait rien ; relevez le plafond, ou supprimez le cliquet',
    ]);
  });

  test('a ceiling above it reads as before', () => {
    expect(problems(uptime({ step: '0.001', ceiling: '0.998' }))).toEqual([]);
  });
});
