/**
 * The out-of-range hint ("did you mean 0.774?") is typed back where the value was, so it follows that
 * source's number convention, whatever the contract's language: a `,` CSV file and a JSON document write a
 * decimal point, a `;` file a decimal comma, a sheet's number cell shows the language's; a text cell keeps
 * the separator typed in it. Each source in English and in French.
 */
import { contractSheetPlan } from '../layout/contractSheet';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { planToGrid } from '../layout/planToGrid';
import { FRENCH_SPACE as S } from '../i18n/frenchTypography';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsFromSheet, contractFromSheet, type CellValue } from './fromSheet';
import type { Result } from './issues';
import { loadContract, saveContract } from './json';
import type { Language } from './types';

const messages = <T>(result: Result<T>) => (result.ok ? [] : result.issues.map((i) => i.message));
const outside = (lang: Language, value: string, hint: string) =>
  lang === 'en'
    ? `${value} is outside the valid range of a percent KPI (0 to 1): did you mean ${hint}?`
    : `${value} est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire ${hint}${S}?`;
const at = (lang: Language) => (lang === 'en' ? ':' : `${S}:`);

describe.each(['en', 'fr'] as const)('a %s contract', (lang) => {
  const contract = bpoCustomerService.contract(lang);
  const header = lang === 'en' ? ['Period', 'Kind', 'Name', 'Value'] : ['Période', 'Type', 'Nom', 'Valeur'];
  const kind = lang === 'en' ? 'kpi' : 'indicateur';
  const csv = (delimiter: string, value: string) => {
    const text = [header, ['2026-10', kind, 'FCR', value]].map((row) => row.join(delimiter)).join('\n');
    return actualsFromCsv(`${text}\n`, contract, { lang });
  };
  const column = lang === 'en' ? 'Value' : 'Valeur';

  test('a "," CSV file: the hint with a decimal point, also for a whole number typed', () => {
    expect(messages(csv(',', '77'))).toEqual([
      `actuals.csv!D2 (${column})${at(lang)} ${outside(lang, '77', '0.77')}`,
    ]);
    expect(messages(csv(',', '77.4'))).toEqual([
      `actuals.csv!D2 (${column})${at(lang)} ${outside(lang, '77.4', '0.774')}`,
    ]);
  });

  test('a ";" CSV file: the hint with a decimal comma, also for a whole number typed', () => {
    expect(messages(csv(';', '77'))).toEqual([
      `actuals.csv!D2 (${column})${at(lang)} ${outside(lang, '77', '0,77')}`,
    ]);
    expect(messages(csv(';', '77,4'))).toEqual([
      `actuals.csv!D2 (${column})${at(lang)} ${outside(lang, '77,4', '0,774')}`,
    ]);
  });

  test('a contract JSON: a decimal point whatever the language, the value as the file gives it', () => {
    const json = JSON.parse(saveContract(contract));
    json.kpis[0].target = '77.40';
    expect(messages(loadContract(JSON.stringify(json), { lang }))).toEqual([
      `kpis[0].target${at(lang)} ${outside(lang, '77.40', '0.774')}`,
    ]);
    json.kpis[0].target = '77';
    expect(messages(loadContract(JSON.stringify(json), { lang }))).toEqual([
      `kpis[0].target${at(lang)} ${outside(lang, '77', '0.77')}`,
    ]);
  });

  const sheet = lang === 'en' ? 'Contract' : 'Contrat';
  const target = lang === 'en' ? 'Target' : 'Objectif';
  const contractWith = (value: CellValue) => {
    const grid: CellValue[][] = planToGrid(contractSheetPlan(contract));
    grid[33][7] = value; // H34: FCR's target
    return messages(contractFromSheet(grid, { lang }));
  };

  test('the Contract sheet: a number cell as the sheet shows it in the language, a text cell as typed', () => {
    const shown = lang === 'en' ? ['77.4', '0.774'] : ['77,4', '0,774'];
    expect(contractWith(77.4)).toEqual([
      `${sheet}!H34 (${target})${at(lang)} ${outside(lang, shown[0], shown[1])}`,
    ]);
    expect(contractWith('77.4')).toEqual([
      `${sheet}!H34 (${target})${at(lang)} ${outside(lang, '77.4', '0.774')}`,
    ]);
    expect(contractWith('77,4')).toEqual([
      `${sheet}!H34 (${target})${at(lang)} ${outside(lang, '77,4', '0,774')}`,
    ]);
  });

  test('the Actuals sheet: a number cell as the sheet shows it in the language, a text cell as typed', () => {
    const actualsWith = (value: CellValue) => {
      const grid: CellValue[][] = planToGrid(actualsSheetPlan(contract, bpoCustomerService.actuals(lang)));
      const row = grid.findIndex((r) => r[1] === 'FCR');
      const col = grid[0].indexOf('2026-10');
      grid[row][col] = value;
      return messages(actualsFromSheet(grid, contract, { lang })).map((m) =>
        m.replace(/^[^:]*!\w+ \([^)]*\)\s?: /u, ''),
      );
    };
    const shown = lang === 'en' ? ['77', '0.77'] : ['77', '0,77'];
    expect(actualsWith(77)).toEqual([outside(lang, shown[0], shown[1])]);
    expect(actualsWith('77.4')).toEqual([outside(lang, '77.4', '0.774')]);
  });
});
