import { bpoCustomerService } from '../templates';
import { scenariosFromGrid } from './scenariosGrid';

const HEADER = ['Scenario', 'Interactions', 'FCR', 'Average response time', 'CSAT'];

function problems(row: readonly (string | number)[], lang: 'en' | 'fr' = 'en'): readonly string[] {
  const read = scenariosFromGrid([HEADER, [...row]], bpoCustomerService.contract(lang), 'Scenarios', lang);
  return read.ok ? [] : read.problems;
}

describe('Scenarios sheet numbers typed as text', () => {
  test('read as an Actuals cell reads them: either convention when both agree', () => {
    expect(problems(['s', '42 500', '0,774', '3.4', '77,4 %'])).toEqual([]);
  });

  test('scientific notation is refused with its reason, not as "no number"', () => {
    expect(problems(['s', '4.25E+04', 0.774, 3.4, 0.9])).toEqual([
      expect.stringMatching(/^Scenarios!B2 \(Interactions\): "4\.25E\+04" is in scientific notation, /),
    ]);
    expect(problems(['s', '4.25E+04', 0.774, 3.4, 0.9])[0]).not.toMatch(/expected a number, got/);
  });

  test('two conventions that disagree are an error naming the cell, and a value outside its range gets a hint', () => {
    expect(problems(['s', '1,234', 77.4, 3.4, 0.9])).toEqual([
      expect.stringMatching(/^Scenarios!B2 \(Interactions\): .*1,234/),
      expect.stringMatching(/^Scenarios!C2 \(FCR\): .*0\.774/),
    ]);
  });
});

describe('Scenarios sheet edited past its edges', () => {
  const read = (grid: (string | number | null)[][], lang: 'en' | 'fr' = 'en') =>
    scenariosFromGrid(grid, bpoCustomerService.contract('en'), 'Scenarios', lang);
  const row = (name: string) => [name, 42500, 0.774, 3.4, 0.9];

  test('a row typed below a blank row is said, not dropped', () => {
    const result = read([HEADER, row('worst'), [], ['', null], row('hand')]);
    expect(result.ok ? [] : result.problems).toEqual([
      'Scenarios!A5: this row is below the blank row 3, where the scenarios end, so it is not read; delete row 3 or clear this row.',
    ]);
    const fr = read([HEADER, row('worst'), [], [null, null, 'à part']], 'fr');
    expect(fr.ok ? [] : fr.problems).toEqual([
      'Scenarios!C4\u00a0: cette ligne est sous la ligne vide 3, où s’arrêtent les scénarios\u00a0: elle n’est pas lue\u00a0; supprimez la ligne 3 ou videz celle-ci.',
    ]);
  });

  test('a column typed right of a blank header, and a value under no header, are said', () => {
    const gapped = read([
      [...HEADER, null, 'Notes'],
      [...row('worst'), null, 'peak'],
    ]);
    expect(gapped.ok ? [] : gapped.problems).toEqual([
      'Scenarios!G1: the column "Notes" is right of the blank header F1, where the columns end, so it is not read; fill in F1 or delete its column.',
    ]);
    const unheaded = read([HEADER, row('worst'), [...row('best'), 12]]);
    expect(unheaded.ok ? [] : unheaded.problems).toEqual([
      "Scenarios!F3: a value in a column with no header; type the measure's name in F1 or clear the cell.",
    ]);
  });

  test('a column and a row added by hand inside the table are read', () => {
    const result = read([
      [...HEADER, 'Average response time Black Friday'],
      [...row('worst'), 3.6],
      [...row('hand'), 2.5],
    ]);
    expect(
      result.ok &&
        result.scenarios.map((s) => [
          s.name,
          s.values.kpis.get('Average response time Black Friday')?.toString(),
        ]),
    ).toEqual([
      ['worst', '3.6'],
      ['hand', '2.5'],
    ]);
  });

  test('another table below (a priced sheet’s lines) ends the reading', () => {
    const result = read([HEADER, row('worst'), [], ['Scenario', 'Line', 'Kind'], ['worst', 'FCR', 'KPI']]);
    expect(result.ok && result.scenarios.map((s) => s.name)).toEqual(['worst']);
  });
});

describe('a fraction of a count volume', () => {
  // The Actuals sheet, the scenarios CSV and CONTRACTFEE refuse 42,500.5 interactions; Reprice scenarios,
  // and a curve or an exposure held at a scenario, priced them.
  test('is refused at its cell, as the Actuals sheet refuses it', () => {
    expect(problems(['s', 42500.5, 0.774, 3.4, 0.9])).toEqual([
      expect.stringMatching(/^Scenarios!B2 \(Interactions\): .*42,?500\.5/),
    ]);
    expect(problems(['s', 42500, 0.774, 3.4, 0.9])).toEqual([]);
  });
});
