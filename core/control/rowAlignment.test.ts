/** Row alignment: inserted and deleted rows are told from edited ones. */
import fc from 'fast-check';
import { alignRows } from './rowAlignment';

describe('alignRows', () => {
  it('pairs equal sheets row by row', () => {
    expect(alignRows(['a', 'b'], ['a', 'b'])).toEqual([
      { expected: 0, written: 0 },
      { expected: 1, written: 1 },
    ]);
  });

  it('an inserted row is written only; the rows below it keep their pairs', () => {
    expect(alignRows(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual([
      { expected: 0, written: 0 },
      { expected: null, written: 1 },
      { expected: 1, written: 2 },
      { expected: 2, written: 3 },
    ]);
  });

  it('a deleted row is expected only', () => {
    expect(alignRows(['a', 'b', 'c'], ['a', 'c'])).toEqual([
      { expected: 0, written: 0 },
      { expected: 1, written: null },
      { expected: 2, written: 1 },
    ]);
  });

  it('an edited label between two pairs is an edit, not a deletion and an insertion', () => {
    expect(alignRows(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([
      { expected: 0, written: 0 },
      { expected: 1, written: 1 },
      { expected: 2, written: 2 },
    ]);
  });

  it('every row of both sides appears once, in order', () => {
    const keys = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 });
    fc.assert(
      fc.property(keys, keys, (expected, written) => {
        const aligned = alignRows(expected, written);
        const e = aligned.flatMap((s) => (s.expected === null ? [] : [s.expected]));
        const w = aligned.flatMap((s) => (s.written === null ? [] : [s.written]));
        expect(e).toEqual(expected.map((_, i) => i));
        expect(w).toEqual(written.map((_, i) => i));
        // Equal sheets pair fully.
        if (JSON.stringify(expected) === JSON.stringify(written))
          expect(aligned.every((s) => s.expected !== null && s.written !== null)).toBe(true);
      }),
    );
  });
});
