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
