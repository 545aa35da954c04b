/**
 * Payload sizes of large calls through the built functions.js, measured as Excel receives them: results
 * serialized with JSON.stringify, error elements with the `toJSON` of office.js's own CustomFunctions.Error
 * (which the shim's is checked against). Excel limits a call to about 5 MB (office-js #4654); over it, Excel
 * on the web leaves cells on #BUSY! (#2786). Every call must stay under 4 MB or fail with a #VALUE! that
 * names the limit.
 */
import type { FeeError } from '../../core/errors';
import { ERROR_KINDS } from '../../core/errors';
import { EXCEL_PAYLOAD_LIMIT, excelErrorJson } from '../../excel-addin/functions/errors';
import { ShimError } from './customFunctionsShim';
import { loadFunctionsBundle, plainMatrix, thrownError, type LoadedFunctions } from './loadFunctionsBundle';
import { officeCustomFunctionError } from './officeRuntimeError';

const ROWS = 100_000;
const LIMIT = 4_000_000;

let excel: LoadedFunctions;

beforeAll(() => {
  excel = loadFunctionsBundle();
});

/** Bytes of a value as Excel receives it. */
const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** A column of `n` KPI values as Excel passes a range, with sheet-like distinct full-precision values. */
const column = (n: number, at: (i: number) => unknown): unknown[][] =>
  Array.from({ length: n }, (_, i) => [at(i)]);
const actuals = (n: number): unknown[][] => column(n, (i) => 0.7 + ((i * 7919) % 100_000) / 1_000_003);

describe('error elements as office.js serializes them', () => {
  const Office = officeCustomFunctionError();

  it.each(ERROR_KINDS)('%s: the shim and the size estimate match the real runtime', (kind) => {
    const message = 'BONUSMALUS: malus_rate must be a number ≥ 0 (got "abc", row 3)';
    const real = JSON.stringify(new Office(kind, message));
    expect(JSON.stringify(new ShimError(kind, message))).toBe(real);
    const error: FeeError = { kind, message };
    expect(JSON.stringify(excelErrorJson(error))).toBe(real);
    expect(EXCEL_PAYLOAD_LIMIT.errorBytes(error)).toBe(Buffer.byteLength(real, 'utf8'));
  });
});

describe(`a ${ROWS.toLocaleString('en-US')}-row BONUSMALUS call through the built functions.js`, () => {
  it('with every row valid: arguments and result about 2 MB each, under the limit', () => {
    const args = [actuals(ROWS), [[0.75]], [[50000]], [[50000]], null, null, null, null];
    const result = plainMatrix(excel.call('BONUSMALUS', args));
    expect(result).toHaveLength(ROWS);
    expect(result.every((row) => typeof row[0] === 'number')).toBe(true);
    const sizes = { arguments: bytes(args), result: bytes(result) };
    expect(sizes.arguments).toBeGreaterThan(1_500_000);
    expect(sizes.arguments).toBeLessThan(LIMIT);
    expect(sizes.result).toBeGreaterThan(1_000_000);
    expect(sizes.result).toBeLessThan(LIMIT);
  });

  it('with every row an error: one #VALUE! naming the limit, the count and the first message', () => {
    const args = [column(ROWS, () => 'n/a'), [[0.75]], [[50000]], [[50000]]];
    const error = thrownError(() => excel.call('BONUSMALUS', args));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(
      /^BONUSMALUS: the result is about \d+\.\d MB, more than one call can return to Excel \(its limit is about 5 MB\); 100,000 of 100,000 results are errors, the first: BONUSMALUS: actual must be a number \(got "n\/a", row 1\)$/,
    );
    // What it would have been: 100,000 error elements of ~200 bytes each.
    const full = new ShimError('#VALUE!', 'BONUSMALUS: actual must be a number (got "n/a", row 100000)');
    expect(ROWS * bytes(full)).toBeGreaterThan(15_000_000);
  });
});

describe('error elements in a result that fits', () => {
  const N = 10_000;
  const args = [column(N, (i) => (i % 2 === 0 ? 'n/a' : 0.8)), [[0.75]], [[50000]], [[50000]]];

  it('carry the full message on the first ten failing rows and a short one naming the row after', () => {
    const result = plainMatrix(excel.call('BONUSMALUS', args));
    const errors = result.flatMap((row, r) =>
      typeof row[0] === 'object' && row[0] !== null ? [{ row: r + 1, ...row[0] }] : [],
    );
    expect(errors).toHaveLength(N / 2);
    expect(errors.slice(0, 10).map((e) => e.message)).toEqual(
      errors.slice(0, 10).map((e) => `BONUSMALUS: actual must be a number (got "n/a", row ${e.row})`),
    );
    expect(errors[10]).toEqual({
      row: 21,
      code: '#VALUE!',
      message: 'BONUSMALUS: error in row 21 (the message is on the first failing rows)',
    });
    expect(errors.every((e) => e.code === '#VALUE!' && e.message.includes(`row ${e.row}`))).toBe(true);
    expect(bytes(excel.call('BONUSMALUS', args))).toBeLessThan(LIMIT);
  });
});

describe('arguments over the limit', () => {
  it('fail with a #VALUE! that names the limit and says how to pass fewer rows', () => {
    // 250,000 rows of 17-digit values, as a whole column of exported data can be: about 4.8 MB.
    const args = [column(250_000, (i) => 0.1234567890123456 + i), [[0.75]], [[50000]], [[50000]]];
    expect(bytes(args)).toBeGreaterThan(LIMIT);
    const error = thrownError(() => excel.call('BONUSMALUS', args));
    expect(error).toEqual({
      code: '#VALUE!',
      message: expect.stringMatching(
        /^BONUSMALUS: the arguments are about 4\.\d MB, more than one call can pass to Excel \(its limit is about 5 MB\): pass only the filled rows \(A2:\.A100001 or TRIMRANGE\(A:A\) instead of A:A\), or split the range$/,
      ),
    });
  });
});
