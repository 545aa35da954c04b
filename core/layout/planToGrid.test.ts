import { GridBuilder, planToGrid } from './planToGrid';

describe('planToGrid', () => {
  test('places each block at its offset, leaves the rest empty, and keeps values under formulas', () => {
    const grid = planToGrid({
      name: 'S',
      blocks: [
        { row: 0, col: 0, values: [['a', 1]] },
        { row: 2, col: 1, values: [[3, 4]], formulas: [[null, '=SUM(B3:B3)']] },
      ],
    });
    expect(grid).toEqual([
      ['a', 1, null],
      [null, null, null],
      [null, 3, 4],
    ]);
  });

  test('an empty plan is an empty grid', () => {
    expect(planToGrid({ name: 'S', blocks: [] })).toEqual([]);
  });
});

describe('GridBuilder', () => {
  test('pads rows to the width and refuses wider ones', () => {
    const builder = new GridBuilder(3);
    expect(builder.addRow(['x'], ['@'])).toBe(0);
    expect(builder.addRow()).toBe(1);
    expect(builder.block()).toEqual({
      row: 0,
      col: 0,
      values: [
        ['x', null, null],
        [null, null, null],
      ],
      numberFormats: [
        ['@', null, null],
        [null, null, null],
      ],
    });
    expect(() => builder.addRow([1, 2, 3, 4])).toThrow('row wider than the grid (4 > 3)');
  });
});
