/**
 * Blank cells as each Excel hands them over, through the built functions.js. Excel on the web passes an
 * empty cell inside a range as `null`; Excel desktop passes it as `0` (office-js #4702, #5262, #1951), which
 * no function can tell from a typed 0. The README's way for every host, `IF(a = "", "", a)`, turns the
 * blanks into empty text before the call: these tests show why it is needed and that it works.
 */
import { loadFunctionsBundle, plainMatrix, type LoadedFunctions } from './loadFunctionsBundle';

let excel: LoadedFunctions;

beforeAll(() => {
  excel = loadFunctionsBundle();
});

/** Actuals 0.78, blank, 0.72 as a column, the blank in the given form. */
const actuals = (blank: null | 0 | '') => [[0.78], [blank], [0.72]];
const bonusMalus = (blank: null | 0 | '') =>
  plainMatrix(excel.call('BONUSMALUS', [actuals(blank), [[0.75]], [[50000]], [[50000]], null]));

describe('a blank row of actuals in BONUSMALUS', () => {
  it('stays blank when the host passes the empty cell as a blank (Excel on the web)', () => {
    expect(bonusMalus(null)).toEqual([[1500], [''], [-1500]]);
  });

  it('bills a malus when Excel desktop passes it as 0: the caveat the README states', () => {
    expect(bonusMalus(0)).toEqual([[1500], [-37500], [-1500]]);
  });

  it('stays blank when the range is wrapped as IF(a = "", "", a), on every host', () => {
    expect(bonusMalus('')).toEqual([[1500], [''], [-1500]]);
  });
});

describe('a blank row in ACHIEVEMENT over ranges of actuals and targets', () => {
  const achievement = (blank: null | 0 | '') =>
    plainMatrix(excel.call('ACHIEVEMENT', [actuals(blank), [[0.75], [blank], [0.8]], null]));

  it('is #DIV/0! when the blanks arrive as 0, and blank when they arrive as empty text', () => {
    expect(achievement(0)[1][0]).toMatchObject({ code: '#DIV/0!' });
    expect(achievement('')).toEqual([[1.04], [''], [0.9]]);
  });
});
