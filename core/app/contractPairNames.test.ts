/**
 * Untagged sheets (a workbook written by the command line, or edited in LibreOffice) are paired by name,
 * and a name is the one Excel sees: case aside (Excel cannot hold `Actuals` and `actuals` side by side)
 * and spaces around it aside (`Actuals ` typed while renaming). A sheet's exact name wins over a near one.
 */
import { contractPairs } from './contractPair';
import type { SheetInfo } from './workbookPort';

const untagged = (...names: string[]): SheetInfo[] => names.map((name) => ({ name, tag: null }));

describe('pairing untagged sheets by name', () => {
  test.each([
    [['Contract', 'actuals'], { contract: 'Contract', actuals: 'actuals' }],
    [['contract', 'ACTUALS'], { contract: 'contract', actuals: 'ACTUALS' }],
    [['Contract ', ' Actuals '], { contract: 'Contract ', actuals: ' Actuals ' }],
    [['contrat', 'réalisé'], { contract: 'contrat', actuals: 'réalisé' }],
    [['contract (2)', 'Actuals (2) '], { contract: 'contract (2)', actuals: 'Actuals (2) ' }],
  ])('%j pair as %j', (names, pair) => {
    expect(contractPairs(untagged(...names))).toEqual([pair]);
  });

  test("the exact name wins over a near one, and another contract's sheets stay its own", () => {
    expect(contractPairs(untagged('Contract', 'Actuals ', 'Actuals', 'Contract (2)', 'actuals (2)'))).toEqual(
      [
        { contract: 'Contract', actuals: 'Actuals' },
        { contract: 'Contract (2)', actuals: 'actuals (2)' },
      ],
    );
  });

  test('a name that only contains the word is no Contract sheet', () => {
    expect(contractPairs(untagged('My contract', 'Actuals'))).toEqual([]);
  });
});
