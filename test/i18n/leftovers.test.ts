/**
 * Texts that were built outside the tables and so spoke English, or English punctuation, to a French user:
 * the exposure's own refusals, and the problems Correct an invoice joins when its rebuilt invoice does not
 * read back. Each is said in the contract's or the pane's language, through the tables.
 */
import { splitActualsByContract } from '../../core/control/actualsByContract';
import { FRENCH_SPACE } from '../../core/i18n/frenchTypography';
import { modelProblemTexts } from '../../core/i18n/modelProblems';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { now } from '../support/syncActions';
import { workbookActions } from '../../core/app/actions';
import { controlActions } from '../../core/app/controlActions';
import { englishWordIn } from '../support/englishWords';

const S = FRENCH_SPACE;

// Correct an invoice's rebuilt invoice always reads back; a failure is simulated to see how it is said.
let failRead = false;
jest.mock('../../core/control/issuedInvoice', () => {
  const actual = jest.requireActual<typeof import('../../core/control/issuedInvoice')>(
    '../../core/control/issuedInvoice',
  );
  return {
    ...actual,
    readIssuedInvoice: (json: unknown) =>
      failRead ? { ok: false, problems: ['a', 'b'] } : actual.readIssuedInvoice(json),
  };
});

describe('the exposure says its refusals in the contract’s language', () => {
  test('too many combinations of KPI values: counted with the language’s digits, in French words', () => {
    expect(modelProblemTexts('en').tooManyCombinations(131072, 100000)).toBe(
      'exposure: 131,072 combinations of KPI values to compare, more than the 100,000 it compares',
    );
    const fr = modelProblemTexts('fr').tooManyCombinations(131072, 100000);
    expect(fr).toBe(
      `exposition${S}: 131\u202f072 combinaisons de valeurs des indicateurs à comparer, plus que les 100\u202f000 qu’elle compare`,
    );
    expect(englishWordIn(fr)).toBeUndefined();
  });

  test('no combination, a share that does not fall to 0, a cap not reached', () => {
    const fr = modelProblemTexts('fr');
    expect(fr.noCombination).toBe(
      `exposition${S}: aucune combinaison de valeurs des indicateurs à valoriser`,
    );
    expect(fr.shareNotZero('Satisfaction')).toBe(
      `exposition${S}: la part liée à Satisfaction n’est pas tombée à 0`,
    );
    expect(fr.capNotReached('FCR', 'malus')).toBe(
      `exposition${S}: le plafond du malus de FCR n’a pas été atteint`,
    );
    expect(modelProblemTexts('en').capNotReached('FCR', 'bonus')).toBe(
      'exposure: the cap on the FCR bonus was not reached',
    );
  });
});

describe('Correct an invoice joins what it cannot read back as a list of the pane’s language', () => {
  function issuedOctober() {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'fr'));
    const invoice = now(actions.generateInvoice('2026-10', 'fr'));
    return { control: controlActions(book, () => '2026-11-20'), sheet: invoice.sheet };
  }

  afterEach(() => {
    failRead = false;
  });

  test('in French, with the no-break space before “;”', () => {
    const { control, sheet } = issuedOctober();
    failRead = true;
    expect(() => now(control.correctInvoice(sheet, 'fr'))).toThrow(`a${S}; b`);
  });

  test('in English, as "a; b"', () => {
    const { control, sheet } = issuedOctober();
    failRead = true;
    expect(() => now(control.correctInvoice(sheet, 'en'))).toThrow('a; b');
  });
});

describe('a portfolio’s actuals file says its problems in the contracts’ language', () => {
  const csv =
    'Contrat,Période,Type,Nom,Valeur\nalpha,2026-10,indicateur,FCR,0.7\ngamma,2026-10,indicateur,FCR,0.7\n,2026-10,indicateur,FCR,0.7\n';

  test('in French: a contract not given, an empty Contract cell, a contract without rows', () => {
    const split = splitActualsByContract(csv, 'tout.csv', ['alpha', 'delta'], 'fr');
    expect(split).toEqual({
      ok: false,
      problems: [
        `tout.csv, ligne 3${S}: le contrat «${S}gamma${S}» n’est aucun de ceux donnés (alpha, delta)`,
        `tout.csv, ligne 4${S}: la cellule Contrat est vide`,
        `tout.csv${S}: aucune ligne pour le contrat delta`,
      ],
    });
    expect(splitActualsByContract('Période,Type\n', 'tout.csv', ['alpha'], 'fr')).toEqual({
      ok: false,
      problems: [`tout.csv${S}: pas de colonne Contrat pour distinguer les lignes de chaque contrat`],
    });
  });

  test('in English, as before', () => {
    const split = splitActualsByContract(csv, 'all.csv', ['alpha', 'delta'], 'en');
    expect(split.ok ? [] : split.problems).toEqual([
      'all.csv line 3: contract "gamma" is none of those given (alpha, delta)',
      'all.csv line 4: the Contract cell is empty',
      'all.csv: no row for contract delta',
    ]);
  });
});
