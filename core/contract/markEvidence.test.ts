/**
 * A `;` file written with decimal points (a Swiss or English export) read `1.250` as 1250: the file's
 * `2.9` cells were refused, but only `check` sees them, and the invoice of a month without one billed the
 * thousand-fold value. Once a value cell shows the other mark, the cells the two marks read differently
 * are errors naming it; the same for a `,` file quoting decimal commas.
 */
import fc from 'fast-check';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsForInvoice } from './invoiceActuals';
import { markClue } from './numberText';

const contract = bpoCustomerService.contract('en');
const messages = (text: string) => {
  const result = actualsFromCsv(text, contract);
  return result.ok ? [] : result.issues.map((issue) => issue.message);
};

/** September with decimal points (refused there), October with only cells a decimal comma reads. */
const swiss = [
  'Period;Kind;Name;Value',
  '2026-09;kpi;Average response time;2.9',
  '2026-10;volume;Interactions;42.500',
  '2026-10;kpi;Average response time;3.250',
].join('\n');

describe('a ";" file that also writes decimal points', () => {
  test('its "." groups are errors naming the evidence, and the invoice of their month is refused', () => {
    expect(messages(swiss)).toEqual([
      'actuals.csv!D2 (Value): expected a number with a decimal comma, as a file separated by ";" writes them (0,774 or 42 500), got "2.9"',
      'actuals.csv!D3 (Value): "42.500" reads as 42500 with the decimal comma of a file separated by ";", but this file also writes decimal points (D2: "2.9"), with which it reads 42.5: write every number of the file with a decimal comma, and no "." between thousands',
      'actuals.csv!D4 (Value): "3.250" reads as 3250 with the decimal comma of a file separated by ";", but this file also writes decimal points (D2: "2.9"), with which it reads 3.25: write every number of the file with a decimal comma, and no "." between thousands',
    ]);
    const october = actualsForInvoice({ csv: swiss }, contract, '2026-10');
    expect(october.ok).toBe(false);
  });

  test('in the wide layout too, the evidence in any month column', () => {
    const wide =
      'Kind;Name;2026-09;2026-10\nkpi;Average response time;3,1;3.250\nvolume;Interactions;1.250;2.9\n';
    expect(messages(wide).map((m) => m.split(':')[0])).toEqual([
      'actuals.csv!D2 (2026-10)',
      'actuals.csv!C3 (2026-09)',
      'actuals.csv!D3 (2026-10)',
    ]);
    expect(messages(wide)[0]).toContain('writes decimal points (D3: "2.9")');
  });

  test('in French', () => {
    const result = actualsFromCsv(swiss, contract, { lang: 'fr' });
    const message = result.ok ? '' : result.issues[1].problem;
    expect(message).toMatch(/^«\s42\.500\s» se lit 42\s500 avec la virgule décimale/u);
    expect(message).toMatch(/\(D2\s:\s«\s2\.9\s»\), avec lesquels il se lit 42,5\s:/u);
  });

  test('a German file (decimal commas, "." between thousands) still reads as it always did', () => {
    const german =
      'Period;Kind;Name;Value\n2026-09;kpi;Average response time;2,9\n2026-10;volume;Interactions;42.500\n';
    const result = actualsFromCsv(german, contract);
    expect(result.ok && result.value.periods.get('2026-10')?.volumes.get('Interactions')?.toFixed()).toBe(
      '42500',
    );
  });
});

describe('a "," file that quotes decimal commas', () => {
  test('its "1.250" is an error naming the decimal comma, not 1.25', () => {
    const text = 'Period,Kind,Name,Value\n2026-09,kpi,FCR,"0,752"\n2026-10,kpi,Average response time,1.250\n';
    expect(messages(text)).toEqual([
      'actuals.csv!D2 (Value): expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500), got "0,752"',
      'actuals.csv!D3 (Value): "1.250" reads as 1.25 with the decimal point of a file separated by ",", but this file also writes decimal commas (D2: "0,752"), with which it reads 1250: write every number of the file with a decimal point, and no "." between thousands',
    ]);
  });

  test('without a decimal comma, "1.250" is 1.25 as always', () => {
    const text = 'Period,Kind,Name,Value\n2026-10,kpi,Average response time,1.250\n';
    const result = actualsFromCsv(text, contract);
    expect(
      result.ok && result.value.periods.get('2026-10')?.kpis.get('Average response time')?.toFixed(),
    ).toBe('1.25');
  });
});

test('property: a cell both marks read, read differently, is refused in a file that shows the other mark', () => {
  const groupedNumber = fc
    .tuple(
      fc.integer({ min: 1, max: 999 }),
      fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 2 }),
    )
    .map(([head, groups]) => [head, ...groups.map((g) => String(g).padStart(3, '0'))].join('.'));
  fc.assert(
    fc.property(groupedNumber, fc.boolean(), (typed, semicolon) => {
      fc.pre(markClue(typed) === 'either');
      const d = semicolon ? ';' : ',';
      const evidence = semicolon ? '2.9' : '"2,9"';
      const text = [
        `Period${d}Kind${d}Name${d}Value`,
        `2026-09${d}kpi${d}Average response time${d}${evidence}`,
        `2026-10${d}volume${d}Interactions${d}${typed}`,
      ].join('\n');
      const october = actualsForInvoice({ csv: text }, contract, '2026-10');
      return !october.ok && october.issues.some((issue) => issue.address === 'D3');
    }),
  );
});
