/**
 * A volume counted in whole units (interactions, applications, workstations) given with a fraction
 * (`42.5`, a decimal comma read in a `,` file, an average pasted for a count) is refused on its cell, in a
 * CSV file and on the Actuals sheet, in English and French; a volume in a divisible unit is read as given.
 */
import { FRENCH_SPACE as S } from '../i18n/frenchTypography';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { TEMPLATES } from '../templates';
import { isCountUnit } from './countUnits';
import { actualsFromCsv } from './csv';
import { actualsFromSheet, type CellValue } from './fromSheet';
import type { Result } from './issues';
import type { Actuals, Contract } from './types';

const en = bpoCustomerService.contract('en');
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));
const csv = (value: string, contract: Contract = en) =>
  actualsFromCsv(`Period,Kind,Name,Value\n2026-10,volume,Interactions,${value}\n`, contract);

describe('a count volume with a fraction', () => {
  test('is an error naming the cell in a CSV file', () => {
    expect(messages(csv('42.5'))).toEqual([
      'actuals.csv!D2 (Value): "Interactions" is counted in whole units (its unit is "interaction"), and 42.5 is not a whole number: did you mean 42 or 43?',
    ]);
    expect(messages(csv('42500.0'))).toEqual([]);
  });

  test('is an error naming the cell on the Actuals sheet, typed or as text', () => {
    const grid: CellValue[][] = planToGrid(actualsSheetPlan(en, bpoCustomerService.actuals('en')));
    const row = grid.findIndex((cells) => cells[1] === 'Interactions');
    grid[row][4] = 42500.5;
    grid[row][5] = '41 000,25';
    expect(messages(actualsFromSheet(grid, en))).toEqual([
      expect.stringMatching(
        new RegExp(`^Actuals!E${row + 1} \\(2026-10\\): "Interactions" is counted in whole`),
      ),
      expect.stringMatching(
        new RegExp(`^Actuals!F${row + 1} \\(2026-11\\): "Interactions" is counted in whole`),
      ),
    ]);
  });

  test('is said in French for a French contract', () => {
    const fr = bpoCustomerService.contract('fr');
    const result = actualsFromCsv('Période;Type;Nom;Valeur\n2026-10;volume;Interactions;42,5\n', fr, {
      lang: 'fr',
    });
    expect(messages(result)).toEqual([
      `actuals.csv!D2 (Valeur)${S}: «${S}Interactions${S}» se compte en unités entières (son unité est «${S}interaction${S}»), et 42,5 n’est pas un nombre entier${S}: vouliez-vous dire 42 ou 43${S}?`,
    ]);
  });

  test('is read as given where the unit is divisible (hours of work, kWh) or a word the rule does not know', () => {
    for (const unit of ['hour', 'heure de conseil', 'kWh', 'GB transferred', 'unit']) {
      const contract = { ...en, volumes: en.volumes.map((v) => ({ ...v, unit })) };
      expect(messages(csv('42.5', contract))).toEqual([]);
    }
  });
});

describe('count units', () => {
  test.each([
    'interaction',
    'Interactions',
    'demande',
    'poste',
    'workstation',
    'support tickets',
    "appels d'urgence",
    'contact',
  ])('%j is a count', (unit) => expect(isCountUnit(unit)).toBe(true));
  test.each(['hour', 'hours of consulting', 'heures', 'kWh', 'GB', 'unit', '', 'ticket hour'])(
    '%j is no count',
    (unit) => expect(isCountUnit(unit)).toBe(false),
  );

  test('every template still reads its own sample actuals (whole counts)', () => {
    for (const template of Object.values(TEMPLATES)) {
      for (const lang of ['en', 'fr'] as const) {
        const contract = template.contract(lang);
        const grid = planToGrid(actualsSheetPlan(contract, template.actuals(lang)));
        expect(messages(actualsFromSheet(grid, contract, { lang }))).toEqual([]);
      }
    }
  });
});

describe("a volume row's Unit cell", () => {
  const long = (unit: string, contract: Contract = en) =>
    actualsFromCsv(`Kind,Name,Unit,2026-10\nvolume,Interactions,${unit},42500\n`, contract);

  test('naming a measure the volume is not counted in (hours beside interactions) is an error on that cell', () => {
    expect(messages(long('hours'))).toEqual([
      'actuals.csv!C2 (Unit): the contract measures "Interactions" in interaction, and this row says "hours": give its values in interaction and write interaction here',
    ]);
  });

  test('its own unit, a word of no unit, or the measure the volume is counted in, reads', () => {
    for (const unit of ['interaction', 'calls answered', '']) expect(messages(long(unit))).toEqual([]);
    const hourly = { ...en, volumes: en.volumes.map((v) => ({ ...v, unit: 'hour' })) };
    expect(messages(long('hours', hourly))).toEqual([]);
    expect(messages(long('minutes', hourly))).toEqual([
      expect.stringMatching(/^actuals\.csv!C2 \(Unit\): the contract measures "Interactions" in hour,/),
    ]);
  });
});
