import { feeError } from '../errors';
import { evaluate } from '../functions/evaluate';
import { findFunction } from '../functions/registry';
import type { FunctionSpec } from '../functions/types';
import { callForHost, firstElementError } from './customFunctionCall';

function spec(name: string): FunctionSpec {
  const found = findFunction(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

const BONUSMALUS = spec('BONUSMALUS');
const tagged = (e: { kind: string; message: string }) => ({ tag: e.kind, text: e.message });

describe('callForHost', () => {
  it('refuses more arguments than the function declares', () => {
    expect(
      callForHost(BONUSMALUS, [0.78, 0.75, 1, 1, 'higher', 0, 1, 1, 'extra'], { wrapScalar: false }),
    ).toEqual({
      ok: false,
      error: { kind: '#VALUE!', message: 'BONUSMALUS: takes at most 8 arguments (got 9)' },
    });
  });

  it('wraps a scalar result in a 1 × 1 matrix when the host asks for it', () => {
    expect(callForHost(BONUSMALUS, [0.78, 0.75, 50000, 50000], { wrapScalar: true })).toEqual({
      ok: true,
      value: [[1500]],
    });
    expect(callForHost(BONUSMALUS, [0.78, 0.75, 50000, 50000], { wrapScalar: false })).toEqual({
      ok: true,
      value: 1500,
    });
  });

  it('returns an array result of matrix arguments as a matrix, whatever wrapScalar says', () => {
    const args = [[[0.78]], [[0.75]], [[50000]], [[50000]]];
    expect(callForHost(BONUSMALUS, args, { wrapScalar: false })).toEqual({ ok: true, value: [[1500]] });
  });

  it('fails the whole call with the core error of a bad scalar argument', () => {
    const outcome = callForHost(BONUSMALUS, ['abc', 0.75, 50000, 50000], { wrapScalar: true });
    expect(outcome).toEqual({ ok: false, error: evaluate(BONUSMALUS, ['abc', 0.75, 50000, 50000]) });
    expect(outcome.ok ? '' : outcome.error.message).toBe('BONUSMALUS: actual must be a number (got "abc")');
  });

  it('maps each failing element through elementError and keeps blanks and numbers in place', () => {
    const actuals = [[0.78], ['x'], [null], [0.72]];
    const outcome = callForHost(BONUSMALUS, [actuals, 0.75, 50000, 30000], {
      wrapScalar: true,
      elementError: tagged,
    });
    expect(outcome).toEqual({
      ok: true,
      value: [
        [1500],
        [{ tag: '#VALUE!', text: 'BONUSMALUS: actual must be a number (got "x", row 2)' }],
        [''],
        [-900],
      ],
    });
  });

  it('without elementError, fails with the first failing element in row order', () => {
    const actuals = [
      [0.78, 0.78],
      [0.78, 'first'],
      ['second', 0.78],
    ];
    const outcome = callForHost(BONUSMALUS, [actuals, 0.75, 50000, 50000], { wrapScalar: false });
    expect(outcome).toEqual({
      ok: false,
      error: feeError('#VALUE!', 'BONUSMALUS: actual must be a number (got "first", row 2, column 2)'),
    });
  });

  it('without elementError, returns an array without errors as it is', () => {
    const outcome = callForHost(BONUSMALUS, [[[0.78], [null]], 0.75, 50000, 50000], { wrapScalar: false });
    expect(outcome).toEqual({ ok: true, value: [[1500], ['']] });
  });

  it('reports a failure of the whole call even when arguments are ranges', () => {
    const outcome = callForHost(BONUSMALUS, [[[1], [2]], [[1, 2, 3]], [[1], [2], [3]], 1], {
      wrapScalar: true,
      elementError: tagged,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error.message).toMatch(/do not line up/);
  });
});

describe('firstElementError', () => {
  it('finds nothing in a clean result and the first error row by row otherwise', () => {
    expect(
      firstElementError([
        [1, ''],
        [2, 3],
      ]),
    ).toBeUndefined();
    const a = feeError('#NUM!', 'a');
    const b = feeError('#VALUE!', 'b');
    expect(
      firstElementError([
        [1, a],
        [b, 2],
      ]),
    ).toBe(a);
  });
});
