/**
 * A minimum sample's volume (survey answers, issue 11) is a count whatever the contract prices: `12.5`
 * answers is a mistake (an average pasted, a decimal comma misread) that would decide whether CSAT is
 * evaluated. It is refused on its cell, in a CSV file and on the Actuals sheet, in English and French.
 */
import { CONTRACTFEE } from '../functions/defs/contractFee';
import { evaluate } from '../functions/evaluate';
import type { HostMatrix } from '../functions/hostValues';
import { FRENCH_SPACE as S } from '../i18n/frenchTypography';
import { contractSheetPlan } from '../layout/contractSheet';
import { withMargin } from '../../test/support/rangeMargin';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { planToGrid } from '../layout/planToGrid';
import { dec } from '../money';
import { scenariosFromCsv } from '../model/scenariosCsv';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsFromSheet, type CellValue } from './fromSheet';
import type { Result } from './issues';
import type { Actuals, Contract, Language } from './types';

const sampled = (lang: Language, unit?: string): Contract => {
  const contract = bpoCustomerService.contract(lang);
  return {
    ...contract,
    volumes: contract.volumes.map((v) => (unit === undefined ? v : { ...v, unit })),
    kpis: contract.kpis.map((k) =>
      k.name === 'CSAT' ? { ...k, sampleVolume: 'Survey answers', sampleMinimum: dec(100) } : k,
    ),
  };
};
const en = sampled('en');
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));
const csv = (name: string, value: string, contract: Contract = en) =>
  actualsFromCsv(`Period,Kind,Name,Value\n2026-10,volume,${name},${value}\n`, contract);
const NOT_WHOLE =
  'actuals.csv!D2 (Value): "Survey answers" counts the minimum sample of KPI "CSAT", and 12.5 is not a whole number: did you mean 12 or 13?';

test('a fraction of an unpriced sample volume is an error naming the cell in a CSV file', () => {
  expect(messages(csv('Survey answers', '12.5'))).toEqual([NOT_WHOLE]);
  expect(messages(csv('Survey answers', '120'))).toEqual([]);
  expect(messages(csv('Survey answers', '-3'))).toEqual([
    expect.stringMatching(/^actuals\.csv!D2 \(Value\): /),
  ]);
});

test('a priced volume that is also a sample is a count whatever its unit', () => {
  const contract = {
    ...sampled('en', 'unit'),
    kpis: en.kpis.map((k) => (k.name === 'CSAT' ? { ...k, sampleVolume: 'Interactions' } : k)),
  };
  expect(messages(csv('Interactions', '42.5', contract))).toEqual([
    'actuals.csv!D2 (Value): "Interactions" counts the minimum sample of KPI "CSAT", and 42.5 is not a whole number: did you mean 42 or 43?',
  ]);
  expect(messages(csv('Interactions', '42.5', sampled('en', 'unit')))).toEqual([]);
});

test('on the Actuals sheet, typed or as text', () => {
  const grid: CellValue[][] = planToGrid(actualsSheetPlan(en, bpoCustomerService.actuals('en')));
  const row = grid.findIndex((cells) => cells[1] === 'Survey answers');
  expect(row).toBeGreaterThan(0);
  grid[row][4] = 12.5;
  grid[row][5] = '80.5';
  expect(messages(actualsFromSheet(grid, en))).toEqual([
    expect.stringMatching(
      new RegExp(`^Actuals!E${row + 1} \\(2026-10\\): "Survey answers" counts the minimum sample`),
    ),
    expect.stringMatching(
      new RegExp(`^Actuals!F${row + 1} \\(2026-11\\): "Survey answers" counts the minimum sample`),
    ),
  ]);
});

test('in French for a French contract', () => {
  const fr = sampled('fr');
  const result = actualsFromCsv('Période;Type;Nom;Valeur\n2026-10;volume;Survey answers;12,5\n', fr, {
    lang: 'fr',
  });
  expect(messages(result)).toEqual([
    `actuals.csv!D2 (Valeur)${S}: «${S}Survey answers${S}» compte l’échantillon minimal du KPI «${S}CSAT${S}», et 12,5 n’est pas un nombre entier${S}: vouliez-vous dire 12 ou 13${S}?`,
  ]);
});

test('in a scenarios file, read by the same reader', () => {
  const result = scenariosFromCsv('Scenario,Kind,Name,Value\nworst,volume,Survey answers,12.5\n', en);
  expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
    'scenarios.csv!D2 (Value): "Survey answers" counts the minimum sample of KPI "CSAT", and 12.5 is not a whole number: did you mean 12 or 13?',
  ]);
});

test('CONTRACTFEE: a fraction of a count volume or of a sample is #NUM! naming the values', () => {
  const sheet = withMargin(planToGrid(contractSheetPlan(en))) as HostMatrix;
  const names = [['Interactions'], ['FCR'], ['Average response time'], ['CSAT'], ['Survey answers']];
  const values = (interactions: number, answers: number) => [
    [interactions],
    [0.774],
    [3.4],
    [0.912],
    [answers],
  ];
  expect(evaluate(CONTRACTFEE, [sheet, names, values(42500, 250)])).toBe(136788);
  expect(evaluate(CONTRACTFEE, [sheet, names, values(42500, 12.5)])).toEqual({
    kind: '#NUM!',
    message: expect.stringMatching(
      /values.*"Survey answers" counts the minimum sample of KPI "CSAT", and 12\.5 is not a whole number/,
    ),
  });
  expect(evaluate(CONTRACTFEE, [sheet, names, values(42500.5, 250)])).toEqual({
    kind: '#NUM!',
    message: expect.stringMatching(/values.*"Interactions" is counted in whole units/),
  });
});
