/**
 * Issue 8, fourth attacker round: the variations of a number, a header, a name and a file that earlier
 * rounds had not tried, each read right or refused naming its cell, never a plausible wrong number.
 */
import { FRENCH_SPACE as S } from '../i18n/frenchTypography';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsFromSheet, contractFromSheet, type CellValue } from './fromSheet';
import { loadContract, saveContract } from './json';
import type { Result } from './issues';
import type { Actuals } from './types';

const contract = bpoCustomerService.contract('en');
const read = (text: string) => actualsFromCsv(text, contract);
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));
/** The one value the file gives for October. */
function october(result: Result<Actuals>): string {
  if (!result.ok) throw new Error(messages(result).join('\n'));
  const month = result.value.periods.get('2026-10');
  const [value] = [...(month?.kpis.values() ?? []), ...(month?.volumes.values() ?? [])];
  return value.toFixed();
}
/** The contract with its volume in a unit that divides, so that a fraction of it reads (`countUnits.ts`). */
const divisible = { ...contract, volumes: contract.volumes.map((v) => ({ ...v, unit: 'kWh' })) };
const comma = (kind: string, name: string, value: string) =>
  actualsFromCsv(`Period,Kind,Name,Value\n2026-10,${kind},${name},${value}\n`, divisible);
const semicolon = (kind: string, name: string, value: string) =>
  actualsFromCsv(`Period;Kind;Name;Value\n2026-10;${kind};${name};${value}\n`, divisible);

describe('numbers', () => {
  test.each([
    ['1 234,5', '1234.5'],
    ['1\u00a0234,5', '1234.5'],
    ['1\u202f234,5', '1234.5'],
    ['1.234.567', '1234567'],
    ['1.234', '1234'],
    ['42 500', '42500'],
    ['+42500', '42500'],
  ])('a ";" file reads the volume %j as %s', (typed, value) => {
    expect(october(semicolon('volume', 'Interactions', typed))).toBe(value);
  });

  test.each([
    ['1 234.5', '1234.5'],
    ['1\u202f234.5', '1234.5'],
    ['1.234', '1.234'],
    ['+42500', '42500'],
  ])('a "," file reads the volume %j as %s', (typed, value) => {
    expect(october(comma('volume', 'Interactions', typed))).toBe(value);
  });

  test('percent signs, with or without a (no-break) space, divide by 100 in either file', () => {
    expect(october(semicolon('kpi', 'CSAT', '91,2 %'))).toBe('0.912');
    expect(october(semicolon('kpi', 'CSAT', '91,2\u00a0%'))).toBe('0.912');
    expect(october(comma('kpi', 'CSAT', '91.2%'))).toBe('0.912');
  });

  test('a unicode minus is a minus: a negative volume is refused, as with "-"', () => {
    expect(messages(comma('volume', 'Interactions', '\u2212500'))).toEqual([
      'actuals.csv!D2 (Value): must be ≥ 0',
    ]);
  });

  test.each([
    ['1.234.567', ','],
    ['"1,234.5"', ','],
    ['1 234.5', ';'],
    ['12 34,5', ';'],
    ['\uff14\uff12\uff15\uff10\uff10', ','],
    ['\u0664\u0662\u0665', ','],
    ['5.', ','],
    ['0x10', ','],
    ['Infinity', ','],
  ])('%j in a "%s" file is an error naming its cell', (typed, delimiter) => {
    const result =
      delimiter === ',' ? comma('volume', 'Interactions', typed) : semicolon('volume', 'Interactions', typed);
    expect(messages(result)).toEqual([
      expect.stringMatching(/^actuals\.csv!D2 \(Value\): expected a number/),
    ]);
  });

  test('scientific notation is refused with its reason, in either file and in a sheet', () => {
    const why =
      'is in scientific notation, which a spreadsheet writes for a number too wide for its column, with fewer digits than the cell holds: widen the column or give it a number format, then save the file again';
    expect(messages(comma('kpi', 'CSAT', '9.12E-01'))).toEqual([`actuals.csv!D2 (Value): "9.12E-01" ${why}`]);
    expect(messages(semicolon('volume', 'Interactions', '4,25E+04'))).toEqual([
      `actuals.csv!D2 (Value): "4,25E+04" ${why}`,
    ]);
    const grid: CellValue[][] = planToGrid(actualsSheetPlan(contract, bpoCustomerService.actuals('en')));
    grid[1][4] = '1.23457E+11';
    expect(messages(actualsFromSheet(grid, contract))).toEqual([
      `Actuals!E2 (2026-10): "1.23457E+11" ${why}`,
    ]);
    const fr = bpoCustomerService.contract('fr');
    expect(
      messages(
        actualsFromCsv('Période;Type;Nom;Valeur\n2026-10;indicateur;CSAT;9,12E-01\n', fr, { lang: 'fr' }),
      ),
    ).toEqual([
      `actuals.csv!D2 (Valeur)${S}: «${S}9,12E-01${S}» est en notation scientifique, qu’un tableur écrit pour un nombre trop large pour sa colonne, avec moins de chiffres que la cellule n’en contient${S}: élargissez la colonne ou donnez-lui un format de nombre, puis enregistrez de nouveau le fichier`,
    ]);
  });

  test('tabs and spaces around a value or a header are no part of them', () => {
    expect(october(read('Period ,\tKind, Name ,Value\t\n2026-10,kpi,CSAT,\t0.912 \n'))).toBe('0.912');
  });
});

describe('headers and names', () => {
  test('a header in another case, a KPI name in another case, are the same column and the same KPI', () => {
    expect(october(read('PERIOD,kind,Name,VALUE\n2026-10,KPI,csat,0.912\n'))).toBe('0.912');
  });

  test('a column given twice is an error at its header, in either layout, not a column left unread', () => {
    expect(messages(read('Period,Kind,Name,Value,Value\n2026-10,kpi,CSAT,0.912,0.5\n'))).toEqual([
      'actuals.csv!E1 (Value): column "Value" is given twice',
    ]);
    expect(messages(read('Kind,Name,Unit,2026-10,Name\nkpi,CSAT,percent,0.912,FCR\n'))).toEqual([
      'actuals.csv!E1 (Name): column "Name" is given twice',
    ]);
  });

  test('the same month, kind and name twice is an error at the second, whatever the case of the name', () => {
    expect(
      messages(read('Period,Kind,Name,Value\n2026-10,kpi,CSAT,0.912\n2026-10,kpi,csat,0.912\n')),
    ).toEqual(['actuals.csv!D3 (Value): "CSAT" has two values for 2026-10 (the first in D2)']);
  });

  test('a KPI given as a volume (and a volume as a KPI) is unknown as that kind', () => {
    expect(messages(comma('volume', 'CSAT', '5'))).toEqual([
      'actuals.csv!C2 (Name): unknown volume "CSAT" (the contract\'s volumes: Interactions)',
    ]);
    expect(messages(comma('kpi', 'Interactions', '5'))).toEqual([
      expect.stringMatching(/^actuals\.csv!C2 \(Name\): unknown KPI "Interactions"/),
    ]);
  });

  test('__proto__, constructor and toString are no KPI, kind, month or column', () => {
    expect(messages(comma('kpi', '__proto__', '0.5'))).toEqual([
      expect.stringMatching(/C2 \(Name\): unknown KPI "__proto__"/),
    ]);
    expect(messages(comma('constructor', 'CSAT', '0.5'))).toEqual([
      expect.stringMatching(/B2 \(Kind\): expected one of/),
    ]);
    expect(messages(read('Period,Kind,Name,Value\ntoString,kpi,CSAT,0.5\n'))).toEqual([
      expect.stringMatching(/A2 \(Period\): expected a month YYYY-MM/),
    ]);
    expect(messages(read('Period,Kind,Name,Value,__proto__\n2026-10,kpi,CSAT,0.5,\n'))).toEqual([
      'actuals.csv!E1 (__proto__): unknown column "__proto__"',
    ]);
  });
});

describe('files with nothing in them', () => {
  test('an empty file, a byte-order mark alone and blank lines miss the header, said on their first cell', () => {
    const missing =
      'actuals.csv!A1: the header row is missing: Kind, Name, Unit then one column per month (YYYY-MM)';
    expect(messages(read(''))).toEqual([missing]);
    expect(messages(read('\uFEFF'))).toEqual([missing]);
    expect(messages(read('\n\n\n'))).toEqual([missing]);
  });

  test('a header alone is actuals of no month: every invoice then misses its values', () => {
    const result = read('Period,Kind,Name,Value\n');
    expect(result.ok && result.value.periods.size).toBe(0);
  });
});

describe('the delimiter', () => {
  test('a ";" file with blank lines before its header is still read with decimal commas', () => {
    const fr = bpoCustomerService.contract('fr');
    for (const blank of ['\n\n', '\r\n  \r\n', '\uFEFF\n', '\t\n']) {
      const text = `${blank}Période;Type;Nom;Valeur\n2026-10;indicateur;CSAT;0,912\n`;
      expect(october(actualsFromCsv(text, fr, { lang: 'fr' }))).toBe('0.912');
    }
  });
});

describe('a percent sign', () => {
  test('on a measure that is no percentage is an error: "35 %" would be 0.35 NPS points', () => {
    const json = JSON.parse(saveContract(contract));
    json.kpis[0].unit = 'points'; // FCR as percentage points
    const points = loadContract(JSON.stringify(json));
    if (!points.ok) throw new Error(points.issues.map((i) => i.message).join('\n'));
    const text = 'Period;Kind;Name;Value\n2026-10;kpi;FCR;35 %\n2026-10;volume;Interactions;50 %\n';
    expect(messages(actualsFromCsv(text, points.value))).toEqual([
      'actuals.csv!D2 (Value): "35 %" is a percentage, but "FCR" is not measured in percent: give its value without the % sign',
      'actuals.csv!D3 (Value): "50 %" is a percentage, but "Interactions" is not measured in percent: give its value without the % sign',
    ]);
    expect(october(actualsFromCsv('Period;Kind;Name;Value\n2026-10;kpi;FCR;35\n', points.value))).toBe('35');
  });

  test('in French too', () => {
    const fr = bpoCustomerService.contract('fr');
    const text = 'Période;Type;Nom;Valeur\n2026-10;volume;Interactions;50 %\n';
    expect(messages(actualsFromCsv(text, fr, { lang: 'fr' }))).toEqual([
      `actuals.csv!D2 (Valeur)${S}: «${S}50 %${S}» est un pourcentage, mais «${S}Interactions${S}» ne se mesure pas en pourcentage${S}: donnez sa valeur sans le signe${S}%`,
    ]);
  });
});

describe('a percent sign on the Contract sheet', () => {
  const sheet = (unit: string, target: CellValue) => {
    const grid: CellValue[][] = planToGrid(contractSheetPlan(contract));
    grid[33][2] = unit; // C34: FCR's unit
    grid[33][7] = target; // H34: its target
    return contractFromSheet(grid);
  };

  test('is an error on a level of a KPI that is no percentage, and a fraction for a percent one', () => {
    const points = sheet('points', '35 %');
    expect(points.ok ? [] : points.issues.map((i) => i.message)).toEqual([
      'Contract!H34 (Target): "35 %" is a percentage, but "FCR" is not measured in percent: give its value without the % sign',
    ]);
    const percent = sheet('percent', '75 %');
    expect(percent.ok && percent.value.kpis[0].target?.toFixed()).toBe('0.75');
  });
});
