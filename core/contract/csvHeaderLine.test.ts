/**
 * The header line of an actuals file decides its delimiter, not its first line: a title line above the
 * header (`Actuals October 2026`, with no delimiter, or with one of its own) made a `;` file of decimal
 * commas be read as `,`-separated, every line refused. A title in one cell is the export's own and is
 * skipped, in a CSV file and on the Actuals sheet alike; a row of several cells above the header is an
 * error, as is a line written with another delimiter than the header's.
 */
import fc from 'fast-check';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv, parseCsv } from './csv';
import { actualsFromSheet } from './fromSheet';
import type { Result } from './issues';
import type { Actuals } from './types';

const contract = bpoCustomerService.contract('en');
const french = bpoCustomerService.contract('fr');
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));
/** October's CSAT, or the test fails with the problems. */
function csat(result: Result<Actuals>): string | undefined {
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result.value.periods.get('2026-10')?.kpis.get('CSAT')?.toFixed();
}

describe('a title line above the header', () => {
  test.each([
    ['no delimiter', 'Actuals October 2026'],
    ['a comma of its own', 'Actuals, October 2026'],
    ['the empty fields a spreadsheet exports', 'Actuals October 2026;;;'],
    ['a quoted title', '"Actuals; October, 2026"'],
  ])('with %s: a ";" file is still read with decimal commas', (_, title) => {
    const text = `${title}\r\nPeriod;Kind;Name;Value\r\n2026-10;kpi;CSAT;0,912\r\n2026-10;volume;Interactions;42.500\r\n`;
    const result = actualsFromCsv(text, contract);
    expect(csat(result)).toBe('0.912');
    expect(result.ok && result.value.periods.get('2026-10')?.volumes.get('Interactions')?.toFixed()).toBe(
      '42500',
    );
  });

  test.each([
    ['no delimiter', 'Actuals October 2026'],
    ['a semicolon of its own', 'Actuals; October 2026'],
    ['blank lines and a byte-order mark', '\uFEFF\n\nActuals October 2026\n'],
  ])('with %s: a "," file is still read with decimal points', (_, title) => {
    const text = `${title}\nPeriod,Kind,Name,Value\n2026-10,kpi,CSAT,0.912\n`;
    expect(csat(actualsFromCsv(text, contract))).toBe('0.912');
  });

  test('a French wide file: its header names its columns in French', () => {
    const text = 'Réalisé octobre 2026\nType;Nom;Unité;2026-10\nindicateur;CSAT;%;91,2 %\n';
    expect(csat(actualsFromCsv(text, french, { lang: 'fr' }))).toBe('0.912');
  });

  test('problems below it name their cells as before, the title row counted', () => {
    const text = 'Actuals October 2026\nPeriod;Kind;Name;Value\n2026-10;kpi;CSAT;n/a\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      'actuals.csv!D3 (Value): expected a number, got "n/a"',
    ]);
  });

  test('a row of several cells above the header is an error naming it, never skipped', () => {
    const text = '2026-10;kpi;CSAT;0,5\nPeriod;Kind;Name;Value\n2026-10;volume;Interactions;42500\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      'actuals.csv!A1: only a title in one cell may stand above the header row (A2): this row has 4 filled cells; delete it, or keep its text in one cell',
    ]);
  });

  test('on the Actuals sheet too: a title in A1 is skipped, a row of values above the header is not', () => {
    const header = ['Kind', 'Name', 'Unit', '2026-10'];
    const row = ['kpi', 'CSAT', '%', 0.912];
    expect(csat(actualsFromSheet([['Actuals 2026'], [], header, row], contract))).toBe('0.912');
    expect(messages(actualsFromSheet([['kpi', 'FCR', '%', 0.774], header, row], contract))).toEqual([
      'Actuals!A1: only a title in one cell may stand above the header row (A2): this row has 4 filled cells; delete it, or keep its text in one cell',
    ]);
  });

  test('a file without any header line still says the header is missing', () => {
    expect(messages(actualsFromCsv('Actuals October 2026\n2026-10;kpi;CSAT;0,5\n', contract))[0]).toBe(
      'actuals.csv!A1: the header row is missing: Kind, Name, Unit then one column per month (YYYY-MM)',
    );
  });

  test('files of other kinds keep their first line as header', () => {
    expect(parseCsv('Scenario;Kind\nbase;kpi\n')).toEqual([
      ['Scenario', 'Kind'],
      ['base', 'kpi'],
    ]);
  });
});

describe('a file mixing delimiters', () => {
  test('a "," line in a ";" file is refused naming the line and both delimiters', () => {
    const text = 'Period;Kind;Name;Value\n2026-10;kpi;CSAT;0,912\n2026-10,volume,Interactions,42500\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      'actuals.csv!A3 (line 3): this line is separated by ",", the header (line 1) by ";": a file has one delimiter (save it again as CSV)',
    ]);
  });

  test('a ";" line in a "," file, decimal comma and all, likewise; in French on a French reading', () => {
    const text = 'Title\nPeriod,Kind,Name,Value\n2026-10;kpi;CSAT;0,912\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      'actuals.csv!A3 (line 3): this line is separated by ";", the header (line 2) by ",": a file has one delimiter (save it again as CSV)',
    ]);
    const fr = 'Période,Type,Nom,Valeur\n2026-10;indicateur;CSAT;0,912\n';
    expect(messages(actualsFromCsv(fr, french, { lang: 'fr' }))).toEqual([
      'actuals.csv!A2 (ligne 2)\u00a0: cette ligne est séparée par «\u00a0;\u00a0», l’en-tête (ligne 1) par «\u00a0,\u00a0»\u00a0: un fichier n’a qu’un séparateur (enregistrez-le de nouveau en CSV)',
    ]);
  });

  test('a tab-separated line in a ";" wide file', () => {
    const text = 'Kind;Name;Unit;2026-10\nkpi\tCSAT\t%\t0,912\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      'actuals.csv!A2 (line 2): this line is separated by tabs, the header (line 1) by ";": a file has one delimiter (save it again as CSV)',
    ]);
  });

  test('a decimal comma too many in a "," file is still said as one', () => {
    const text = 'Period,Kind,Name,Value\n2026-10,kpi,CSAT,0,912\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      'actuals.csv!A2 (line 2): this line has 5 fields, the header 4 (a decimal comma in a file separated by ","?)',
    ]);
  });

  test('a line of a ";" file, or one short of fields, is not said to hold a decimal comma', () => {
    expect(messages(actualsFromCsv('Period;Kind;Name;Value\n2026-10;kpi;CSAT;0,9;1\n', contract))).toEqual([
      'actuals.csv!A2 (line 2): this line has 5 fields, the header 4',
    ]);
    expect(messages(actualsFromCsv('Period,Kind,Name,Value\n2026-10,kpi,CSAT\n', contract))).toEqual([
      'actuals.csv!A2 (line 2): this line has 3 fields, the header 4',
    ]);
  });

  test('a header ending with delimiters the lines lack is named as the cause, in French too', () => {
    expect(messages(actualsFromCsv('Period;Kind;Name;Value;;\n2026-10;kpi;CSAT;0,9\n', contract))).toEqual([
      'actuals.csv!A2 (line 2): this line has 4 fields, the header 6 (the header ends with 2 empty fields: delete its last ";", or end every line alike)',
    ]);
    const fr = 'Période\tType\tNom\tValeur\t\n2026-10\tindicateur\tCSAT\t0,9\n';
    expect(messages(actualsFromCsv(fr, french, { lang: 'fr' }))).toEqual([
      'actuals.csv!A2 (ligne 2)\u00a0: cette ligne a 4 champs, l’en-tête 5 (l’en-tête finit par un champ vide\u00a0: supprimez son dernier caractère de tabulation, ou finissez toutes les lignes de même)',
    ]);
  });

  test('a quote never closed is said on the line it opens, not the file’s last', () => {
    const lines = [
      'Period,Kind,Name,Value',
      '2026-10,kpi,"CSAT,0.9',
      ...Array.from({ length: 50 }, () => '2026-10,kpi,FCR,0.77'),
    ];
    expect(messages(actualsFromCsv(`${lines.join('\n')}\n`, contract))).toEqual([
      'actuals.csv!A2 (line 2): a quote opens a field on this line and is never closed, so the rest of the file would be that field (a stray " in a name?)',
    ]);
    // A field quoted across lines, closed, is no such quote; the stray one after it is.
    const text =
      'Period,Kind,Name,Value\n2026-10,excluded,CSAT,"survey\ndown"\n2026-10,kpi,"FCR,0.77\n2026-11,kpi,FCR,0.7\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      expect.stringMatching(/^actuals\.csv!A4 \(line 4\): a quote opens a field on this line/),
    ]);
  });
});

describe('a title of one cell changes nothing', () => {
  /** Each month's values as plain text, to compare two readings. */
  const values = (result: Result<Actuals>) => {
    if (!result.ok) throw new Error(messages(result).join('\n'));
    return [...result.value.periods].map(([month, m]) => [
      month,
      [...m.kpis].map(([k, v]) => [k, v.toFixed()]),
    ]);
  };
  const files = {
    ';': 'Period;Kind;Name;Value\n2026-10;kpi;CSAT;0,912\n2026-10;kpi;FCR;77,4 %\n2026-10;volume;Interactions;42.500\n',
    ',': 'Period,Kind,Name,Value\n2026-10,kpi,CSAT,0.912\n2026-10,kpi,FCR,77.4%\n2026-10,volume,Interactions,42500\n',
  };

  test.each([';', ','] as const)(
    'above a "%s" file: the values read are those of the file without it',
    (d) => {
      // Any text of one cell: letters, digits, spaces, the other delimiters, a tab, a % sign.
      const chars = [
        'A',
        'c',
        'é',
        '1',
        '0',
        ' ',
        '\u00a0',
        '%',
        '-',
        ...[',', ';', '\t'].filter((c) => c !== d),
      ];
      const title = fc
        .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 30 })
        .map((c) => c.join(''));
      const expected = values(actualsFromCsv(files[d], contract));
      fc.assert(
        fc.property(title, fc.constantFrom('\n', '\r\n'), (text, eol) => {
          expect(values(actualsFromCsv(`${text}${eol}${files[d]}`, contract))).toEqual(expected);
        }),
      );
    },
  );
});

describe('a percentage typed with its sign outside the range', () => {
  test('gets no hint: 912 % hinted 0.0912, a wrong number to type back', () => {
    const text = 'Period;Kind;Name;Value\n2026-10;kpi;CSAT;912 %\n2026-10;kpi;FCR;77,4\n';
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      'actuals.csv!D2 (Value): 912 % is outside the valid range of a percent KPI (0 to 1); the contract may declare another range (Valid min, Valid max)',
      'actuals.csv!D3 (Value): 77,4 is outside the valid range of a percent KPI (0 to 1): did you mean 0,774?',
    ]);
  });
});
