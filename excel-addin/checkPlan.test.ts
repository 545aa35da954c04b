import type { Language } from '../core/contract/types';
import { paintReasonsText, paintReasonText } from '../core/i18n/paintReasons';
import { TEXT_FORMAT, type SheetPlan } from '../core/layout/sheetPlan';
import { planProblems } from './checkPlan';

/** The problems of `plan` as the pane words them in `lang`. */
const said = (plan: SheetPlan, lang: Language = 'en'): string[] =>
  planProblems(plan).map((problem) => paintReasonText(lang, problem));

const OK: SheetPlan = {
  name: 'Invoice',
  blocks: [
    {
      row: 0,
      col: 0,
      values: [['KPI', 1]],
      formulas: [[null, '=1']],
      numberFormats: [[TEXT_FORMAT, null]],
    },
  ],
  styles: [{ row: 0, col: 0, rows: 1, cols: 2, bold: true }],
  tables: [{ name: 'T', row: 0, col: 0, rows: 2, cols: 2 }],
  validations: [{ row: 1, col: 0, rows: 1, cols: 1, list: ['Yes', 'No'] }],
  columnWidths: [20, 0],
  frozenRows: 1,
  frozenColumns: 0,
};

describe('planProblems', () => {
  it('accepts a well-formed plan, and empty blocks', () => {
    expect(planProblems(OK)).toEqual([]);
    expect(planProblems({ name: 'E', blocks: [{ row: 0, col: 0, values: [] }] })).toEqual([]);
  });

  it('finds ragged blocks and matrices of the wrong shape', () => {
    expect(said({ name: 'X', blocks: [{ row: 0, col: 0, values: [[1, 2], [3]] }] })).toEqual([
      'Block A1:B2 has rows of different lengths',
    ]);
    expect(
      said({
        name: 'X',
        blocks: [
          {
            row: 2,
            col: 1,
            values: [[1, 2]],
            formulas: [[null]],
            numberFormats: [
              [null, null],
              [null, null],
            ],
          },
        ],
      }),
    ).toEqual([
      "Block B3:C3: formulas do not match the values' shape",
      "Block B3:C3: formats do not match the values' shape",
    ]);
  });

  it('finds formulas that are not formulas or that sit in text cells', () => {
    const plan: SheetPlan = {
      name: 'X',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [[null, null]],
          formulas: [['SUM(A1)', '=A1']],
          numberFormats: [[null, '@']],
        },
      ],
    };
    expect(said(plan)).toEqual([
      'Cell A1: formula "SUM(A1)" is not = followed by a formula',
      'Cell B1: a formula in a text cell',
    ]);
  });

  it('finds rectangles off the sheet or of no size', () => {
    expect(
      said({
        ...OK,
        styles: [{ row: -1, col: 0, rows: 1, cols: 1 }],
        tables: [{ name: 'T', row: 1_048_575, col: 0, rows: 2, cols: 1 }],
      }),
    ).toEqual([
      'Style at row -1, column 0 has an invalid position or size (1 × 1)',
      'Table A1048576:A1048577 is off the sheet: an Excel sheet ends at row 1,048,576 and column XFD (16,384)',
    ]);
  });

  // An invoice of a million lines, or a table wider than the grid: refused before the workbook is touched,
  // naming where Excel's sheet ends, rather than a sheet half written.
  it('finds a block past the last row or column, saying where an Excel sheet ends, EN and FR', () => {
    const tall: SheetPlan = { name: 'Invoice', blocks: [{ row: 1_048_575, col: 0, values: [[1], [2]] }] };
    const wide: SheetPlan = { name: 'Invoice', blocks: [{ row: 0, col: 16_383, values: [[1, 2]] }] };
    expect([...said(tall), ...said(wide)]).toEqual([
      'Block A1048576:A1048577 is off the sheet: an Excel sheet ends at row 1,048,576 and column XFD (16,384)',
      'Block XFD1:XFE1 is off the sheet: an Excel sheet ends at row 1,048,576 and column XFD (16,384)',
    ]);
    expect(said(tall, 'fr')).toEqual([
      'le bloc A1048576:A1048577\u00a0: hors de la feuille, une feuille Excel s’arrêtant à la ligne 1\u202f048\u202f576 et à la colonne XFD (16\u202f384)',
    ]);
  });

  it('finds validation lists Office.js cannot express', () => {
    const problems = said({
      ...OK,
      validations: [
        { row: 0, col: 0, rows: 1, cols: 1, list: [] },
        { row: 0, col: 1, rows: 1, cols: 1, list: ['1,5', 'x'] },
        { row: 1, col: 1, rows: 1, cols: 1, list: ['say "hi"'] },
        { row: 0, col: 2, rows: 1, cols: 1, list: ['y'.repeat(200), 'z'.repeat(60)] },
      ],
    });
    expect(problems).toEqual([
      'The validation list of A1 is empty',
      'The validation list of B1 has an item with a comma or a quote: "1,5"',
      'The validation list of B2 has an item with a comma or a quote: "say \\"hi\\""',
      'The validation list of C1 is longer than 255 characters',
    ]);
  });

  it('finds bad widths and freeze counts', () => {
    expect(
      said({ ...OK, columnWidths: [10, -1, 300, Number.NaN], frozenRows: 1.5, frozenColumns: -1 }),
    ).toEqual([
      'Column B has an invalid width -1',
      'Column C has an invalid width 300',
      'Column D has an invalid width NaN',
      'Invalid number of frozen rows: 1.5',
      'Invalid number of frozen columns: -1',
    ]);
  });

  it('says where a chart reads off the sheet, naming the chart and its part', () => {
    const chart = {
      kind: 'line' as const,
      title: 'Fee curve',
      categories: { row: 0, col: 0, rows: 3, cols: 1 },
      series: [{ name: 'Fee', values: { row: 0, col: 1, rows: 3, cols: 1 } }],
      anchor: { row: 0, col: 3 },
    };
    expect(
      said({
        ...OK,
        charts: [
          { ...chart, categories: { row: 1_048_575, col: 0, rows: 3, cols: 1 } },
          { ...chart, series: [{ name: 'Fee', values: { row: 0, col: 1, rows: 0, cols: 1 } }] },
          { ...chart, anchor: { row: 0, col: 16_384 } },
        ],
      }),
    ).toEqual([
      'The chart "Fee curve": categories A1048576:A1048578 is off the sheet: an Excel sheet ends at row 1,048,576 and column XFD (16,384)',
      'The chart "Fee curve": series "Fee" at row 0, column 1 has an invalid position or size (0 × 1)',
      'The chart "Fee curve": anchor XFE1 is off the sheet: an Excel sheet ends at row 1,048,576 and column XFD (16,384)',
    ]);
  });
});

describe("plan problems are data, worded in the pane's language", () => {
  const BAD: SheetPlan = {
    name: 'X',
    blocks: [
      { row: 0, col: 0, values: [[1, 2], [3]] },
      { row: 2, col: 1, values: [[1, 2]], formulas: [[null]] },
      {
        row: 4,
        col: 0,
        values: [[null, null]],
        formulas: [['SUM(A1)', '=A1']],
        numberFormats: [[null, '@']],
      },
    ],
    styles: [{ row: -1, col: 0, rows: 1, cols: 1 }],
    tables: [{ name: 'T', row: 1_048_575, col: 0, rows: 2, cols: 1 }],
    validations: [
      { row: 0, col: 0, rows: 1, cols: 1, list: [] },
      { row: 0, col: 1, rows: 1, cols: 1, list: ['1,5 : «x»'] },
      { row: 0, col: 2, rows: 1, cols: 1, list: ['y'.repeat(256)] },
    ],
    columnWidths: [-1.5],
    frozenRows: 1.5,
  };

  it('carries a code and its facts, not a sentence', () => {
    expect(planProblems(BAD).slice(0, 4)).toEqual([
      { problem: 'raggedBlock', at: 'A1:B2' },
      { problem: 'shapeMismatch', at: 'B3:C3', matrix: 'formulas' },
      { problem: 'notAFormula', cell: 'A5', formula: 'SUM(A1)' },
      { problem: 'formulaInText', cell: 'B5' },
    ]);
    expect(planProblems(BAD).every((problem) => typeof problem === 'object')).toBe(true);
  });

  it('in French, with French typography around the data, which stays as it was', () => {
    expect(said(BAD, 'fr')).toEqual([
      'le bloc A1:B2 a des lignes de longueurs différentes',
      'le bloc B3:C3\u00a0: les formules n’ont pas la forme des valeurs',
      'la cellule A5\u00a0: la formule «\u00a0SUM(A1)\u00a0» n’est pas un = suivi d’une formule',
      'la cellule B5\u00a0: une formule dans une cellule au format texte',
      'le style en ligne -1, colonne 0\u00a0: position ou taille invalide (1 × 1)',
      'le tableau A1048576:A1048577\u00a0: hors de la feuille, une feuille Excel s’arrêtant à la ligne 1\u202f048\u202f576 et à la colonne XFD (16\u202f384)',
      'la liste de validation de A1 est vide',
      // The item is data: its own colon and quotes are not respaced.
      'la liste de validation de B1 a un élément contenant une virgule ou un guillemet\u00a0: «\u00a01,5 : «x»\u00a0»',
      'la liste de validation de C1 dépasse 255 caractères',
      'la colonne A a une largeur invalide\u00a0: -1,5',
      'nombre de lignes figées invalide\u00a0: 1,5',
    ]);
  });

  it('in English, the same problems', () => {
    expect(said(BAD, 'en')).toEqual([
      'Block A1:B2 has rows of different lengths',
      "Block B3:C3: formulas do not match the values' shape",
      'Cell A5: formula "SUM(A1)" is not = followed by a formula',
      'Cell B5: a formula in a text cell',
      'Style at row -1, column 0 has an invalid position or size (1 × 1)',
      'Table A1048576:A1048577 is off the sheet: an Excel sheet ends at row 1,048,576 and column XFD (16,384)',
      'The validation list of A1 is empty',
      'The validation list of B1 has an item with a comma or a quote: "1,5 : «x»"',
      'The validation list of C1 is longer than 255 characters',
      'Column A has an invalid width -1.5',
      'Invalid number of frozen rows: 1.5',
    ]);
  });

  it('a French chart problem names the chart and its part in French', () => {
    const chart = {
      kind: 'line' as const,
      title: 'Courbe : FCR',
      categories: { row: 1_048_575, col: 0, rows: 3, cols: 1 },
      series: [{ name: 'Honoraires', values: { row: 0, col: 1, rows: 3, cols: 1 } }],
      anchor: { row: 0, col: 3 },
    };
    expect(paintReasonsText('fr', planProblems({ ...OK, charts: [chart] }))).toBe(
      'le graphique «\u00a0Courbe : FCR\u00a0», catégories A1048576:A1048578\u00a0: hors de la feuille, une feuille Excel s’arrêtant à la ligne 1\u202f048\u202f576 et à la colonne XFD (16\u202f384)',
    );
  });
});
