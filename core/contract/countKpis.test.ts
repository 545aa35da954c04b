/**
 * A KPI in the unit `count` (coaching sessions, incidents) is a number of things counted: `44.5` sessions
 * is a mistake (an average pasted, a decimal comma misread) that would move a bonus. Like a count volume,
 * it is refused on its cell with the two whole numbers around it as a hint: in a CSV file, on the Actuals
 * sheet, in a scenarios file and on the Scenarios sheet, in CONTRACTFEE's values, in English and French.
 * A count volume, a minimum sample and a tier bound give the same hint.
 */
import { CONTRACTFEE } from '../functions/defs/contractFee';
import { evaluate } from '../functions/evaluate';
import type { HostMatrix } from '../functions/hostValues';
import { FRENCH_SPACE as S } from '../i18n/frenchTypography';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { scenariosFromCsv } from '../model/scenariosCsv';
import { scenariosFromGrid } from '../model/scenariosGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { onlineBusinessManager } from '../templates/onlineBusinessManager';
import { withMargin } from '../../test/support/rangeMargin';
import { actualsFromCsv } from './csv';
import { actualsFromSheet, type CellValue } from './fromSheet';
import type { Result } from './issues';
import type { Actuals } from './types';

const en = onlineBusinessManager.contract('en');
const SESSIONS = 'Coaching sessions per month';
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));
const csv = (value: string) =>
  actualsFromCsv(`Period,Kind,Name,Value\n2026-01,kpi,${SESSIONS},${value}\n`, en);
const NOT_WHOLE = `KPI "${SESSIONS}" is a count, and 44.5 is not a whole number: did you mean 44 or 45?`;

describe('a count KPI with a fraction', () => {
  test('is an error naming the cell in a CSV file, with the whole numbers around it', () => {
    expect(messages(csv('44.5'))).toEqual([`actuals.csv!D2 (Value): ${NOT_WHOLE}`]);
    expect(messages(csv('44'))).toEqual([]);
    expect(messages(csv('44.0'))).toEqual([]);
  });

  test('is an error naming the cell on the Actuals sheet, typed or as text', () => {
    const grid: CellValue[][] = planToGrid(actualsSheetPlan(en, onlineBusinessManager.actuals('en')));
    const row = grid.findIndex((cells) => cells[1] === SESSIONS);
    expect(row).toBeGreaterThan(0);
    grid[row][4] = 44.5;
    grid[row][5] = '45.25';
    expect(messages(actualsFromSheet(grid, en))).toEqual([
      `Actuals!E${row + 1} (2026-08): ${NOT_WHOLE}`,
      `Actuals!F${row + 1} (2026-09): KPI "${SESSIONS}" is a count, and 45.25 is not a whole number: did you mean 45 or 46?`,
    ]);
  });

  test('is said in French for a French contract', () => {
    const fr = onlineBusinessManager.contract('fr');
    const name = 'Sessions de coaching par mois';
    const result = actualsFromCsv(`Période;Type;Nom;Valeur\n2026-01;kpi;${name};44,5\n`, fr, {
      lang: 'fr',
    });
    expect(messages(result)).toEqual([
      `actuals.csv!D2 (Valeur)${S}: le KPI «${S}${name}${S}» est un comptage, et 44,5 n’est pas un nombre entier${S}: vouliez-vous dire 44 ou 45${S}?`,
    ]);
  });

  test('in a scenarios file and on the Scenarios sheet', () => {
    const file = scenariosFromCsv(`Scenario,Kind,Name,Value\nlow,kpi,${SESSIONS},44.5\n`, en);
    expect(file.ok ? [] : file.issues.map((i) => i.message)).toEqual([
      `scenarios.csv!D2 (Value): ${NOT_WHOLE}`,
    ]);
    const sheet = scenariosFromGrid(
      [
        ['Scenario', SESSIONS],
        ['low', 44.5],
      ],
      en,
      'Scenarios',
      'en',
    );
    expect(sheet.ok ? [] : sheet.problems).toEqual([`Scenarios!B2 (${SESSIONS}): ${NOT_WHOLE}`]);
  });

  test('CONTRACTFEE: #NUM! naming the values', () => {
    const range = withMargin(planToGrid(contractSheetPlan(en))) as HostMatrix;
    const result = evaluate(CONTRACTFEE, [range, [[SESSIONS]], [[44.5]]]);
    expect(result).toEqual({
      kind: '#NUM!',
      message: `CONTRACTFEE: values must be whole where they count things: ${NOT_WHOLE}`,
    });
  });
});

test('a count volume says the same hint', () => {
  const bpo = bpoCustomerService.contract('en');
  const read = actualsFromCsv('Period,Kind,Name,Value\n2026-10,volume,Interactions,42500.5\n', bpo);
  expect(messages(read)).toEqual([
    'actuals.csv!D2 (Value): "Interactions" is counted in whole units (its unit is "interaction"), and 42500.5 is not a whole number: did you mean 42500 or 42501?',
  ]);
});
