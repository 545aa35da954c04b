import { TEMPLATES } from '../templates';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { onlineBusinessManager } from '../templates/onlineBusinessManager';
import { actualsFromCsv, actualsToCsv, parseCsv } from './csv';

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
      '2026-10,hours,OBM hourly fee,60',
      '2026-10,kpi,Lead conversion rate,0.22',
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
          message: `oct.csv!B5 (Name): unknown KPI "NPS" (the contract's KPIs: FCR, Average response time, CSAT)`,
        }),
      ],
    });
    const fixed = csv.replace('n/a', '0.912').replace('\nkpi,NPS,,30', '');
    const result = actualsFromCsv(fixed, contract);
    expect(result.ok && result.value.periods.get('2026-10')?.kpis.get('FCR')?.toFixed()).toBe('0.774');
  });
});
