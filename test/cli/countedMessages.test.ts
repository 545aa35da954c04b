/**
 * The command line's messages that count something agree with their count, in English (singular at 1) and
 * in French (singular at 0 and 1): "1 problem stop the whole run", "… et 1 autres", "(1 donnés)" and
 * "outcome-fees check lists them" of one problem were each written once for many.
 */
import { cliTexts } from '../../core/i18n/cli';

const en = cliTexts('en');
const fr = cliTexts('fr');
/** French texts space their punctuation with a no-break space; compared here as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the closing line of a failed run agrees with its problems', () => {
  it.each([
    [0, 'out.xlsx not written: 0 problems stop the whole run; fix them and run it again'],
    [1, 'out.xlsx not written: 1 problem stops the whole run; fix it and run it again'],
    [2, 'out.xlsx not written: 2 problems stop the whole run; fix them and run it again'],
  ])('English, %i counted', (count, expected) => {
    expect(en.nothingWritten('out.xlsx', count, en.batchProblems(count, undefined))).toBe(expected);
  });

  it.each([
    [0, 'out.xlsx non écrit : 0 problème arrête toute l’exécution ; corrigez-le et relancez'],
    [1, 'out.xlsx non écrit : 1 problème arrête toute l’exécution ; corrigez-le et relancez'],
    [2, 'out.xlsx non écrit : 2 problèmes arrêtent toute l’exécution ; corrigez-les et relancez'],
  ])('French, %i counted', (count, expected) => {
    expect(plain(fr.nothingWritten('out.xlsx', count, fr.batchProblems(count, undefined)))).toBe(expected);
  });

  it('the problems listed above it, one or two', () => {
    expect(en.nothingWritten(undefined, 1, undefined)).toBe(
      'no invoice printed: the problem above stops the whole run; fix it and run it again',
    );
    expect(en.nothingWritten(undefined, 2, undefined)).toBe(
      'no invoice printed: the problems above stop the whole run; fix them and run it again',
    );
    expect(plain(fr.nothingWritten(undefined, 1, undefined))).toBe(
      'aucune facture imprimée : le problème ci-dessus arrête toute l’exécution ; corrigez-le et relancez',
    );
    expect(plain(fr.nothingWritten(undefined, 2, undefined))).toBe(
      'aucune facture imprimée : les problèmes ci-dessus arrêtent toute l’exécution ; corrigez-les et relancez',
    );
  });

  it('the contracts failed and given', () => {
    const given = (failed: number, of: number) => ({ failed, given: of });
    expect(en.batchProblems(1, given(1, 1))).toBe('1 problem of 1 contract (1 given)');
    expect(en.batchProblems(2, given(2, 3))).toBe('2 problems of 2 contracts (3 given)');
    expect(plain(fr.batchProblems(1, given(1, 1)))).toBe('1 problème de 1 contrat (1 donné)');
    expect(plain(fr.batchProblems(0, given(0, 0)))).toBe('0 problème de 0 contrat (0 donné)');
    expect(plain(fr.batchProblems(2, given(2, 3)))).toBe('2 problèmes de 2 contrats (3 donnés)');
  });
});

describe('the repeats of a problem past those printed', () => {
  it.each([
    [1, '… et 1 autre avec le même problème (« attendu un nombre ») : D5'],
    [2, '… et 2 autres avec le même problème (« attendu un nombre ») : D5'],
  ])('French, %i more', (more, expected) => {
    expect(plain(fr.sameProblem(more, 'attendu un nombre', 'D5'))).toBe(expected);
  });

  it('English, 1 and 2 more', () => {
    expect(en.sameProblem(1, 'expected a number', 'D5')).toBe(
      '… and 1 more with the same problem ("expected a number"): D5',
    );
    expect(en.sameProblem(2, 'expected a number', 'D5')).toBe(
      '… and 2 more with the same problem ("expected a number"): D5',
    );
  });
});

describe('the note of problems in months an invoice does not read', () => {
  it('English: one problem is in a month, and check lists it; two are in months, the first named', () => {
    expect(en.elsewhere(1, 'a.csv!D9: expected a number')).toBe(
      'note: 1 problem in a month this invoice does not read (a.csv!D9: expected a number); outcome-fees check lists it',
    );
    expect(en.elsewhere(2, 'a.csv!D9: expected a number', '2026-03')).toBe(
      'note: 2 problems in months invoice 2026-03 does not read (first: a.csv!D9: expected a number); outcome-fees check lists them',
    );
  });

  it('French, likewise', () => {
    expect(plain(fr.elsewhere(1, 'a.csv!D9 : attendu un nombre'))).toBe(
      'remarque : 1 problème dans un mois que cette facture ne lit pas (a.csv!D9 : attendu un nombre) ; outcome-fees check le liste',
    );
    expect(plain(fr.elsewhere(2, 'a.csv!D9 : attendu un nombre', '2026-03'))).toBe(
      'remarque : 2 problèmes dans des mois que la facture 2026-03 ne lit pas (premier : a.csv!D9 : attendu un nombre) ; outcome-fees check les liste',
    );
  });
});
