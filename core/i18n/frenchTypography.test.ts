import fc from 'fast-check';
import { contractText } from './contract';
import { diagnosticsTexts } from './diagnostics';
import { fr, FRENCH_SPACE, frenchSpacing, frenchTexts, sameButTypography } from './frenchTypography';
import { modelTexts } from './model';
import { TASKPANE_STRINGS } from './taskpane';

const S = FRENCH_SPACE;

describe('frenchSpacing', () => {
  test.each([
    ['Premier : B4', `Premier${S}: B4`],
    ['Premier: B4', `Premier${S}: B4`],
    ['a ; b', `a${S}; b`],
    ['Vraiment ?', `Vraiment${S}?`],
    ['Attention !', `Attention${S}!`],
    ['« Contrat »', `«${S}Contrat${S}»`],
    ['«Contrat»', `«${S}Contrat${S}»`],
    ['«\u202fContrat\u202f»', `«${S}Contrat${S}»`],
    ['Un 20 % tapé', `Un 20${S}% tapé`],
    ['1 (100  %)', `1 (100${S}%)`],
    ['sans le signe %', `sans le signe${S}%`],
    ['77,4\u202f%', '77,4\u202f%'],
  ])('%j → %j', (text, spaced) => {
    expect(frenchSpacing(text)).toBe(spaced);
  });

  test.each(['12:30', 'A1:B2', 'A2:.A100001', 'https://example.com', '#VALUE! sur la ligne 3', '=SI(A1;B1)'])(
    '%j keeps its punctuation as written',
    (text) => {
      expect(frenchSpacing(text)).toBe(text);
    },
  );

  test('sameButTypography tells text respaced or re-apostrophed from text changed', () => {
    expect(sameButTypography('Total HT : 1', `Total HT${S}: 1`)).toBe(true);
    expect(sameButTypography("pas d'honoraires : l'objectif", `pas d’honoraires${S}: l’objectif`)).toBe(true);
    expect(sameButTypography('Total HT: 1', `Total HT${S}: 1`)).toBe(false);
    expect(sameButTypography("pas d'honoraires", 'pas honoraires')).toBe(false);
    expect(sameButTypography(1, 1)).toBe(false);
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', ':', ';', '?', '!', '%', '«', '»', S) }),
        (text) => {
          const once = frenchSpacing(text);
          expect(frenchSpacing(once)).toBe(once);
        },
      ),
    );
  });
});

describe('fr', () => {
  const named = (kpi: string, sheet: string) => fr`${kpi} : voir « ${sheet} ».`;

  test('spaces the template’s own text and interpolates values as given', () => {
    expect(named('A : B ? «x»', 'Feuille ; 2 !')).toBe(`A : B ? «x»${S}: voir «${S}Feuille ; 2 !${S}».`);
    expect(fr`Total : ${1} ; TVA : ${0.2}`).toBe(`Total${S}: 1${S}; TVA${S}: 0.2`);
    expect(fr`Sans valeur ?`).toBe(`Sans valeur${S}?`);
  });

  test('punctuation the table writes right after a value is the table’s, and is spaced', () => {
    expect(fr`${'A:B'}: trop haut`).toBe(`A:B${S}: trop haut`);
    expect(fr`${'KPI'}; suite`).toBe(`KPI${S}; suite`);
    expect(fr`Vraiment ${'lui'}?`).toBe(`Vraiment lui${S}?`);
    expect(fr`«${'x'}»`).toBe(`«${S}x${S}»`);
    expect(fr`${'2,5'} % par an`).toBe(`2,5${S}% par an`);
  });

  test('a colon between two values, an address or an error code keeps its form', () => {
    expect(fr`${'A1'}:${'B2'}`).toBe('A1:B2');
    expect(fr`${'Feuille'}!${'A1'}`).toBe('Feuille!A1');
    expect(fr`${'#VALUE'}! sur la ligne ${3}`).toBe('#VALUE! sur la ligne 3');
    expect(fr`de ${'12'}:${'30'}`).toBe('de 12:30');
  });

  test('spaces a call site once: the same template gives the same text for the same values', () => {
    const at = (n: number) => fr`Ligne ${n} : ${'x'}`;
    expect(at(1)).toBe(`Ligne 1${S}: x`);
    expect(at(2)).toBe(`Ligne 2${S}: x`);
  });

  test('any value comes back byte-for-byte, in its place', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (kpi, sheet) => {
        expect(named(kpi, sheet)).toBe(`${kpi}${S}: voir «${S}${sheet}${S}».`);
      }),
    );
  });
});

describe('frenchTexts', () => {
  const sheet = (name: string) => fr`« ${name} »`;
  const table = frenchTexts({
    plain: 'Total : {total}',
    nested: { list: ['a : b'] },
    sheet,
    count: 3,
  });

  test('spaces plain strings and nested tables', () => {
    expect(table.plain).toBe(`Total${S}: {total}`);
    expect(table.nested.list).toEqual([`a${S}: b`]);
  });

  test('keeps functions as written: they space their own text with fr', () => {
    expect(table.sheet).toBe(sheet);
    expect(table.count).toBe(3);
  });
});

describe('the product’s French tables', () => {
  test('a KPI named A:B and a sheet named « X » stay as typed in a French message', () => {
    const t = modelTexts('fr');
    expect(t.curveMade('A:B', 'Courbe « X »', 7)).toBe(
      `Courbe d’honoraires de A:B, 7 points, dans «${S}Courbe « X »${S}».`,
    );
    expect(t.kpiProblem('A : B', 'trop haut')).toBe(`A : B${S}: trop haut`);
    expect(t.exposure(t.scenarioBase('pire : 1', 'Scénarios'), '1,00 €', null, 'Exposition')).toBe(
      `Au scénario «${S}pire : 1${S}» de «${S}Scénarios${S}», le total de la facture vaut au moins 1,00 € (TTC) et n’a pas de maximum${S}; détail dans «${S}Exposition${S}».`,
    );
  });

  test('French messages have their no-break spaces; English ones are untouched', () => {
    expect(contractText('fr').problems.unknownColumn('Cible')).not.toMatch(/ [:;?!»]|« /);
    expect(TASKPANE_STRINGS.fr.issueWithColumn).toBe(`{ref} ({column})${S}: {message}`);
    expect(TASKPANE_STRINGS.en.issueWithColumn).toBe('{ref} ({column}): {message}');
  });
});

test('a number keeps its % on the same line in the tables’ French text', () => {
  expect(diagnosticsTexts('fr').title.typedPercent).toBe(
    `Un 20${S}% tapé met sa cellule au format pourcentage`,
  );
  expect(diagnosticsTexts('fr').typedPercentWhy).toContain(`tapez 20${S}% dans`);
});
