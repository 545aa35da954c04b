import fc from 'fast-check';
import { feeError, type FeeError } from '../errors';
import type { CellResult } from '../functions/evaluate';
import { findFunction } from '../functions/registry';
import { callForHost } from './customFunctionCall';
import {
  argumentBytes,
  checkArguments,
  checkResult,
  FULL_MESSAGES,
  shortenElementErrors,
  utf8Bytes,
  type PayloadLimit,
} from './payloadLimit';

/** A host whose error element is its message as JSON, with a limit of `maxBytes`. */
const host = (maxBytes: number): PayloadLimit => ({
  host: 'TestHost',
  hostLimit: 'about 1 kB',
  maxBytes,
  errorBytes: (error) => Buffer.byteLength(JSON.stringify({ code: error.kind, message: error.message })),
});

const failing = (row: number): FeeError => feeError('#VALUE!', `F: x must be a number (got "a", row ${row})`);

describe('sizes', () => {
  it('utf8Bytes counts UTF-8 bytes as Buffer does, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => utf8Bytes(s) === Buffer.byteLength(s)));
  });

  it('argumentBytes is the JSON size of host arguments (numbers, plain text, booleans, blanks, ranges)', () => {
    const cell = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.stringMatching(/^[\w .,%€≥-]*$/),
      fc.boolean(),
      fc.constant(null),
    );
    const arg = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (args) => {
        expect(argumentBytes(args, 0)).toBe(Buffer.byteLength(JSON.stringify(args)));
      }),
    );
  });
});

describe('shortenElementErrors', () => {
  it(`keeps the first ${FULL_MESSAGES} messages and names the row (and column) of the later ones`, () => {
    const rows: CellResult[][] = Array.from({ length: 30 }, (_, r) => [r % 2 === 0 ? failing(r + 1) : 1]);
    const short = shortenElementErrors('F', rows);
    const errors = short.flat().filter((c): c is FeeError => typeof c === 'object');
    expect(errors).toHaveLength(15);
    expect(errors.slice(0, FULL_MESSAGES)).toEqual(
      rows
        .flat()
        .filter((c) => typeof c === 'object')
        .slice(0, 10),
    );
    expect(errors[10]).toEqual(
      feeError('#VALUE!', 'F: error in row 21 (the message is on the first failing rows)'),
    );
    expect(short.filter((_, r) => r % 2 === 1).flat()).toEqual(Array(15).fill(1));

    const wide: CellResult[][] = [Array.from({ length: 12 }, (_, c) => feeError('#NUM!', `n${c}`))];
    expect(shortenElementErrors('G', wide)[0][11]).toEqual(
      feeError('#NUM!', 'G: error in row 1, column 12 (the message is on the first failing rows)'),
    );
  });
});

describe('checkResult and checkArguments', () => {
  it('let through what fits, exactly up to the limit', () => {
    const rows: CellResult[][] = [[1234], ['']];
    const size = Buffer.byteLength(JSON.stringify(rows));
    expect(checkResult('F', rows, host(size))).toBeUndefined();
    expect(checkResult('F', rows, host(size - 1))?.kind).toBe('#VALUE!');
    expect(checkArguments('F', [[[1.5]], 'abc'], host(15))).toBeUndefined();
    expect(checkArguments('F', [[[1.5]], 'abc'], host(14))?.kind).toBe('#VALUE!');
  });

  it('name the host, its limit, the size, and the first error of a result that is mostly errors', () => {
    const rows: CellResult[][] = [[failing(1)], [2], [failing(3)]];
    expect(checkResult('F', rows, host(10))).toEqual(
      feeError(
        '#VALUE!',
        'F: the result is about 0.0 MB, more than one call can return to TestHost (its limit is about 1 kB); ' +
          '2 of 3 results are errors, the first: F: x must be a number (got "a", row 1)',
      ),
    );
    expect(checkResult('F', [[1], [2]], host(3))?.message).toMatch(/; split the range into smaller calls$/);
    expect(checkArguments('F', [[[1], [2]]], host(3))?.message).toMatch(
      /^F: the arguments are about 0\.0 MB, more than one call can pass to TestHost .*TRIMRANGE/,
    );
  });
});

describe('callForHost with a payload limit', () => {
  const BONUSMALUS = findFunction('BONUSMALUS');
  if (!BONUSMALUS) throw new Error('no BONUSMALUS');
  const options = (maxBytes: number) => ({
    wrapScalar: true,
    elementError: (e: FeeError) => e,
    payloadLimit: host(maxBytes),
  });

  it('fails the whole call, before evaluating, when the arguments are too large', () => {
    const outcome = callForHost(BONUSMALUS, [[[0.78], [0.8]], 0.75, 50000, 50000], options(10));
    expect(outcome).toEqual({ ok: false, error: expect.objectContaining({ kind: '#VALUE!' }) });
    expect(!outcome.ok && outcome.error.message).toMatch(/^BONUSMALUS: the arguments are/);
  });

  it('fails the whole call when the result is too large, and returns it when it fits', () => {
    const args = [[[0.78], ['n/a']], 0.75, 50000, 50000];
    const fits = callForHost(BONUSMALUS, args, options(1000));
    expect(fits).toEqual({
      ok: true,
      value: [[1500], [feeError('#VALUE!', 'BONUSMALUS: actual must be a number (got "n/a", row 2)')]],
    });
    const tooLarge = callForHost(BONUSMALUS, args, options(60));
    expect(!tooLarge.ok && tooLarge.error.message).toMatch(
      /^BONUSMALUS: the result is about 0\.0 MB, .*1 of 2 results are errors, the first: BONUSMALUS: actual must be a number/,
    );
  });
});
