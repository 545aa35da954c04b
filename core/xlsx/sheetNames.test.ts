import { uniqueSheetName } from '../layout/uniqueSheetName';
import { uniqueSheetNames } from './sheetNames';

/** The names given one by one against every earlier one, as the workbook writer used to. */
function oneByOne(bases: readonly string[]): string[] {
  const names: string[] = [];
  for (const base of bases) names.push(uniqueSheetName(base, names));
  return names;
}

describe('uniqueSheetNames', () => {
  it('gives the names uniqueSheetName gives one by one, collisions, case, accents, length and History included', () => {
    const bases = [
      'Invoice 2026-10',
      'invoice 2026-10',
      'Invoice 2026-10 (2)',
      'Invoice 2026-10',
      'History',
      'History (2)',
      'history',
      'Facture rectificative 2026-10',
      'Facture rectificative 2026-10',
      'Re\u0301sume\u0301',
      'Résumé',
      'A sheet name far longer than the thirty-one characters Excel allows',
      'A sheet name far longer than the thirty-one characters Excel allows',
      "'quoted'",
      'quoted',
      'a/b:c',
      'a-b-c',
      '',
      'Sheet',
    ];
    expect(uniqueSheetNames(bases)).toEqual(oneByOne(bases));
  });

  it('names a portfolio of 12,000 invoice sheets, a thousand of them twice over, each once', () => {
    const once = Array.from({ length: 11000 }, (_, i) => `c${String(i).padStart(5, '0')}-2026-10`);
    const names = uniqueSheetNames([...once, ...once.slice(0, 1000)]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12000);
    expect(names.slice(0, 2)).toEqual(['c00000-2026-10', 'c00001-2026-10']);
    expect(names.slice(11000, 11002)).toEqual(['c00000-2026-10 (2)', 'c00001-2026-10 (2)']);
    const sample = [...once.slice(0, 1200), ...once.slice(0, 100), ...once.slice(0, 10)];
    expect(uniqueSheetNames(sample)).toEqual(oneByOne(sample));
  });
});
