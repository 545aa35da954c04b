import { TEMPLATES } from '../templates';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { onlineBusinessManager } from '../templates/onlineBusinessManager';
import { buildActuals } from './actuals';
import { actualsFromCsv, actualsToCsv, parseCsv } from './csv';
import { dec } from '../money';
import type { Contract } from './types';

describe('parseCsv', () => {
  test('quoted fields, doubled quotes, line breaks inside quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n1,"two\nlines",3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
    ]);
  });

  test('semicolon-separated files, as French spreadsheets save them', () => {
    expect(parseCsv('Période;Type;Nom;Valeur\n2026-10;indicateur;FCR;0.774')).toEqual([
      ['Période', 'Type', 'Nom', 'Valeur'],
      ['2026-10', 'indicateur', 'FCR', '0.774'],
    ]);
  });
});

describe('actuals CSV', () => {
  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: written then read back unchanged',
    (_id, template) => {
      const contract = template.contract();
      const actuals = template.actuals();
      expect(actualsFromCsv(actualsToCsv(contract, actuals), contract)).toEqual({ ok: true, value: actuals });
    },
  );

  test('the long layout, hours named by the hourly fee, values exact', () => {
    const contract = onlineBusinessManager.contract('en');
    const csv = actualsToCsv(contract, onlineBusinessManager.actuals('en'));
    expect(csv.split('\n').slice(0, 3)).toEqual([
      'Period,Kind,Name,Value',
      '2026-07,hours,OBM hourly fee,56',
      '2026-07,kpi,Lead conversion rate,0.2',
    ]);
  });

  test('a hand-written wide file, and its problems addressed like cells', () => {
    const contract = bpoCustomerService.contract();
    const csv = [
      'Kind,Name,Unit,2026-10',
      'volume,Interactions,,42500',
      'kpi,FCR,,77.4%',
      'kpi,CSAT,,n/a',
      'kpi,NPS,,30',
    ].join('\n');
    expect(actualsFromCsv(csv, contract, { file: 'oct.csv' })).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ message: 'oct.csv!D4 (2026-10): expected a number, got "n/a"' }),
        expect.objectContaining({
          message: `oct.csv!B5 (Name): unknown KPI "NPS" (the contract's KPIs: FCR, Average response time, CSAT, Average response time Black Friday)`,
        }),
      ],
    });
    const fixed = csv.replace('n/a', '0.912').replace('\nkpi,NPS,,30', '');
    const result = actualsFromCsv(fixed, contract);
    expect(result.ok && result.value.periods.get('2026-10')?.kpis.get('FCR')?.toFixed()).toBe('0.774');
  });
});

describe('actuals CSV: plausible mistakes are errors at their place', () => {
  const contract = bpoCustomerService.contract();
  const october = (lines: string[], delimiter = ',') =>
    [['Period', 'Kind', 'Name', 'Value'].join(delimiter), ...lines].join('\n');
  const messages = (text: string, c: Contract | undefined = contract) => {
    const result = actualsFromCsv(text, c);
    return result.ok ? [] : result.issues.map((i) => i.message);
  };
  const values = (text: string) => {
    const result = actualsFromCsv(text, contract);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const month = result.value.periods.get('2026-10');
    return { ...Object.fromEntries(month?.kpis ?? []), ...Object.fromEntries(month?.volumes ?? []) };
  };

  test('a line with more fields than the header (a decimal comma) is an error naming the line', () => {
    const csv = october([
      '2026-10,volume,Interactions,42,500',
      '2026-10,kpi,FCR,0.774',
      '2026-10,kpi,Average response time,3.4',
      '2026-10,kpi,CSAT,0,912',
    ]);
    expect(messages(csv)).toEqual([
      'actuals.csv!A2 (line 2): this line has 5 fields, the header 4 (a decimal comma in a file separated by ","?)',
      'actuals.csv!A5 (line 5): this line has 5 fields, the header 4 (a decimal comma in a file separated by ","?)',
    ]);
    expect(messages(october(['2026-10,kpi,FCR']))).toEqual([
      'actuals.csv!A2 (line 2): this line has 3 fields, the header 4',
    ]);
  });

  test('a line is named by its number in the file, line breaks inside quotes counted', () => {
    const csv = october(['2026-10,kpi,"FCR\n",0.774', '2026-10,kpi,CSAT,0.9,1']);
    expect(messages(csv, undefined)).toEqual([
      'actuals.csv!A3 (line 4): this line has 5 fields, the header 4 (a decimal comma in a file separated by ","?)',
    ]);
  });

  test('bad quoting is one error on its line', () => {
    expect(messages(october(['2026-10,kpi,"FCR"x,0.774']))).toEqual([
      expect.stringMatching(/^actuals\.csv!A2 \(line 2\): not valid CSV: Invalid Closing Quote/),
    ]);
  });

  test('a ";" file is a French or German export: decimal commas, "." or spaces between thousands', () => {
    const csv = october(
      [
        '2026-10;volume;Interactions;42.500',
        '2026-10;kpi;FCR;0,774',
        '2026-10;kpi;Average response time;3,4',
        '2026-10;kpi;CSAT;91,2 %',
      ],
      ';',
    );
    expect(values(csv)).toEqual({
      Interactions: dec(42500),
      FCR: dec('0.774'),
      'Average response time': dec('3.4'),
      CSAT: dec('0.912'),
    });
    for (const space of [' ', '\u00a0', '\u202f']) {
      expect(values(october([`2026-10;volume;Interactions;42${space}500`], ';'))).toEqual({
        Interactions: dec(42500),
      });
    }
  });

  test('a ";" file refuses a decimal point and a malformed grouping, naming the cell', () => {
    expect(messages(october(['2026-10;kpi;FCR;0.774', '2026-10;volume;Interactions;4.25'], ';'))).toEqual([
      'actuals.csv!D2 (Value): expected a number with a decimal comma, as a file separated by ";" writes them (0,774 or 42 500), got "0.774"',
      'actuals.csv!D3 (Value): expected a number with a decimal comma, as a file separated by ";" writes them (0,774 or 42 500), got "4.25"',
    ]);
  });

  test('a "," file has decimal points; a comma in a quoted number is refused, never guessed', () => {
    expect(values(october(['2026-10,volume,Interactions,42 500', '2026-10,kpi,FCR,77.4%']))).toEqual({
      Interactions: dec(42500),
      FCR: dec('0.774'),
    });
    expect(messages(october(['2026-10,volume,Interactions,"42,500"', '2026-10,kpi,FCR,"0,774"']))).toEqual([
      'actuals.csv!D2 (Value): expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500), got "42,500"',
      'actuals.csv!D3 (Value): expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500), got "0,774"',
    ]);
  });

  test('a percent KPI typed as a percentage is outside its valid range, with a hint', () => {
    expect(messages(october(['2026-10,kpi,FCR,77.4', '2026-10,kpi,Average response time,-1']))).toEqual([
      'actuals.csv!D2 (Value): 77.4 is outside the valid range of a percent KPI (0 to 1): did you mean 0.774?',
      'actuals.csv!D3 (Value): -1 is outside the valid range of a minutes KPI (≥ 0); the contract may declare another range (Valid min, Valid max)',
    ]);
  });

  test('written text that a spreadsheet would run as a formula stays text, and reads back as written', () => {
    const base = onlineBusinessManager.contract('en');
    const named = (name: string): Contract => ({
      ...base,
      hourly: { ...base.hourly!, label: name },
      kpis: base.kpis.map((k, i) => (i === 0 ? { ...k, name: '@SUM(A1)' } : k)),
    });
    const contract = named('=HYPERLINK("http://evil.example","click")');
    const actuals = buildActuals([
      { period: '2026-10', kind: 'hours', name: '', value: dec(60) },
      { period: '2026-10', kind: 'kpi', name: '@SUM(A1)', value: dec('0.22') },
      { period: '2026-10', kind: 'kpi', name: 'Coaching sessions per month', value: dec(46) },
    ]);
    const csv = actualsToCsv(contract, actuals);
    expect(csv.split('\n')).toEqual([
      'Period,Kind,Name,Value',
      '2026-10,hours,"\'=HYPERLINK(""http://evil.example"",""click"")",60',
      "2026-10,kpi,'@SUM(A1),0.22",
      '2026-10,kpi,Coaching sessions per month,46',
      '',
    ]);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(parseCsv(actualsToCsv(named(`${start}1+1`), actuals))[1][2]).toBe(`${start}1+1`);
    }
    expect(actualsFromCsv(csv, contract)).toEqual({ ok: true, value: actuals });
  });

  test('negative numbers are written as numbers, not neutralised', () => {
    const contract = onlineBusinessManager.contract('en');
    const negative = buildActuals([
      { period: '2026-10', kind: 'kpi', name: 'Lead conversion rate', value: dec('-0.5') },
    ]);
    expect(actualsToCsv(contract, negative).split('\n')[1]).toBe('2026-10,kpi,Lead conversion rate,-0.5');
  });
});

describe('a JSON file given where a CSV file belongs', () => {
  // Read as CSV, its first quote was csv-parse's "Invalid Opening Quote: a quote is found on field 0".
  test.each([
    [
      'en',
      'actuals.csv!A1 (line 1): this file is JSON, not CSV (a contract or an invoice file?): give the CSV file here',
    ],
    [
      'fr',
      'actuals.csv!A1 (ligne 1)\u00a0: ce fichier est du JSON, pas du CSV (un fichier de contrat ou de facture\u00a0?)\u00a0: donnez ici le fichier CSV',
    ],
  ] as const)('is said to be JSON (%s)', (lang, message) => {
    const json = '\uFEFF{\n  "schema": "outcome-fees/contract@1",\n  "id": "x"\n}\n';
    const result = actualsFromCsv(json, undefined, { lang });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([message]);
  });

  test('a CSV line that only begins like JSON is read as CSV', () => {
    const result = actualsFromCsv('[Period],Kind,Name,Value\n', undefined);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).not.toContainEqual(
      expect.stringContaining('JSON'),
    );
  });
});
