/**
 * A wrapped text long enough to need more than Excel's tallest row (409 points, 27 lines at 15 pt) gets
 * that height in the plan, so every painter (the Excel pane, the .xlsx writer) writes a height the host
 * accepts: Excel refuses a taller row and the whole paint with it. Shorter texts keep their measure.
 */
import { fitRowHeights, LINE_HEIGHT, MAX_ROW_HEIGHT } from './rowHeights';

const wrapped = (text: string) => ({
  name: 'Notes',
  blocks: [{ row: 0, col: 0, values: [[text], ['short']] }],
  styles: [{ row: 0, col: 0, rows: 2, cols: 1, wrap: true }],
  columnWidths: [20],
});

describe('fitRowHeights: heights a host accepts', () => {
  test('a text of a hundred lines is given the tallest row there is', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    expect(fitRowHeights(wrapped(text))).toEqual([{ row: 0, height: MAX_ROW_HEIGHT }]);
    expect(MAX_ROW_HEIGHT).toBe(409);
  });

  test('a text of three lines keeps its three lines', () => {
    expect(fitRowHeights(wrapped('one\ntwo\nthree'))).toEqual([{ row: 0, height: 3 * LINE_HEIGHT }]);
  });
});
