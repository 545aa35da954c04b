import { TEXT_FORMAT, type SheetPlan } from '../core/layout/sheetPlan';
import { planProblems } from './checkPlan';

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
    expect(planProblems({ name: 'X', blocks: [{ row: 0, col: 0, values: [[1, 2], [3]] }] })).toEqual([
      'Block A1:B2 has rows of different lengths',
    ]);
    expect(
      planProblems({
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
    expect(planProblems(plan)).toEqual([
      'Cell A1: formula "SUM(A1)" is not = followed by a formula',
      'Cell B1: a formula in a text cell',
    ]);
  });

  it('finds rectangles off the sheet or of no size', () => {
    expect(
      planProblems({
        ...OK,
        styles: [{ row: -1, col: 0, rows: 1, cols: 1 }],
        tables: [{ name: 'T', row: 1_048_575, col: 0, rows: 2, cols: 1 }],
      }),
    ).toEqual([
      'Style at row -1, column 0 has an invalid position or size (1 × 1)',
      'Table A1048576:A1048577 is off the sheet',
    ]);
  });

  it('finds validation lists Office.js cannot express', () => {
    const problems = planProblems({
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
      planProblems({ ...OK, columnWidths: [10, -1, 300, Number.NaN], frozenRows: 1.5, frozenColumns: -1 }),
    ).toEqual([
      'Column B has an invalid width -1',
      'Column C has an invalid width 300',
      'Column D has an invalid width NaN',
      'Invalid number of frozen rows: 1.5',
      'Invalid number of frozen columns: -1',
    ]);
  });
});
