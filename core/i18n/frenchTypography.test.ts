import fc from 'fast-check';
import { actionTexts } from './actions';
import { batchLabels } from './batch';
import { conditionProblems, conditionTexts } from './conditions';
import { contractText } from './contract';
import { contractChoiceTexts } from './contractChoice';
import { controlSectionTexts } from './controlSections';
import { correctionTexts } from './correction';
import { diagnosticsTexts } from './diagnostics';
import { FRENCH_SPACE, frenchSpacing, frenchTexts, sameButSpaces } from './frenchTypography';
import { invoiceTexts } from './invoice';
import { invoiceSheetLabels } from './invoiceSheet';
import { levelProblems, levelTexts } from './levels';
import { modelTexts } from './model';
import { modelSheetTexts } from './modelSheets';
import { periodTermTexts } from './periodTerms';
import { reconciliationTexts } from './reconciliation';
import { sectionTexts } from './sections';
import { sheetsServerTexts } from './sheetsServer';
import { TASKPANE_STRINGS } from './taskpane';
import { verifyTexts } from './verify';

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
  ])('%j → %j', (text, spaced) => {
    expect(frenchSpacing(text)).toBe(spaced);
  });

  test.each(['12:30', 'A1:B2', 'A2:.A100001', 'https://example.com', '#VALUE! sur la ligne 3', '=SI(A1;B1)'])(
    '%j keeps its punctuation as written',
    (text) => {
      expect(frenchSpacing(text)).toBe(text);
    },
  );

  test('sameButSpaces tells text respaced from text changed', () => {
    expect(sameButSpaces('Total HT : 1', `Total HT${S}: 1`)).toBe(true);
    expect(sameButSpaces('Total HT: 1', `Total HT${S}: 1`)).toBe(false);
    expect(sameButSpaces(1, 1)).toBe(false);
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', ':', ';', '?', '!', '«', '»', S) }), (text) => {
        const once = frenchSpacing(text);
        expect(frenchSpacing(once)).toBe(once);
      }),
    );
  });
});

describe('frenchTexts', () => {
  const table = frenchTexts({
    plain: 'Total : {total}',
    nested: { list: ['a : b'] },
    named: (kpi: string, sheet: string) => `${kpi} : voir « ${sheet} ».`,
    listed: (names: readonly string[]) => `Contient : ${names.join(', ')}`,
    chosen: (kind: 'credit' | 'debit') => (kind === 'credit' ? 'Avoir : ' : 'Rectificative : '),
    count: (n: number) => n,
  });

  test('spaces plain strings and nested tables', () => {
    expect(table.plain).toBe(`Total${S}: {total}`);
    expect(table.nested.list).toEqual([`a${S}: b`]);
  });

  test('spaces what a function writes around its arguments, which stay as given', () => {
    expect(table.named('A:B', 'Feuille ; 2 ?')).toBe(`A:B${S}: voir «${S}Feuille ; 2 ?${S}».`);
    expect(table.listed(['x : y', 'z'])).toBe(`Contient${S}: x : y, z`);
  });

  test('a function still sees its arguments themselves (a choice on them still holds)', () => {
    expect(table.chosen('credit')).toBe(`Avoir${S}: `);
    expect(table.chosen('debit')).toBe(`Rectificative${S}: `);
    expect(table.count(3)).toBe(3);
  });

  test('workbook text is never respaced, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (kpi, sheet) => {
        const text = table.named(kpi, sheet);
        if (kpi.trim() !== '') expect(text).toContain(kpi);
        if (sheet.trim() !== '') expect(text).toContain(sheet);
      }),
    );
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
      `Au scénario «${S}pire : 1${S}» de «${S}Scénarios${S}», le total de la facture est compris entre 1,00 € et aucun maximum (TTC)${S}; détail dans «${S}Exposition${S}».`,
    );
  });

  test('French messages have their no-break spaces; English ones are untouched', () => {
    expect(contractText('fr').problems.unknownColumn('Cible')).not.toMatch(/ [:;?!»]|« /);
    expect(TASKPANE_STRINGS.fr.issueWithColumn).toBe(`{ref} ({column})${S}: {message}`);
    expect(TASKPANE_STRINGS.en.issueWithColumn).toBe('{ref} ({column}): {message}');
  });
});

describe('every French table of the product', () => {
  const tables = {
    actionTexts,
    batchLabels,
    conditionProblems,
    conditionTexts,
    contractText,
    contractChoiceTexts,
    controlSectionTexts,
    correctionTexts,
    diagnosticsTexts,
    invoiceTexts,
    invoiceSheetLabels,
    levelProblems,
    levelTexts,
    modelTexts,
    modelSheetTexts,
    periodTermTexts,
    reconciliationTexts,
    sectionTexts,
    sheetsServerTexts,
    verifyTexts,
    taskpane: (lang: 'en' | 'fr') => TASKPANE_STRINGS[lang],
  };
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(strings)
        : [];
  const unspaced = / [:;?!»]|« /;

  test.each(Object.entries(tables))('%s is spaced the French way (and its English table is not)', (_, of) => {
    expect(strings(of('fr')).filter((text) => unspaced.test(text))).toEqual([]);
    expect(strings(of('en')).some((text) => text.includes(S))).toBe(false);
  });
});
