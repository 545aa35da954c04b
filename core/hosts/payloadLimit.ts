/**
 * How much one call may carry between a host and the functions. Excel limits a custom function's payload to
 * about 5 MB (office-js #4654); past it, Excel on the web leaves the cells on #BUSY! (#2786) or shows
 * #CALC! (#4613) and says nothing more. A call's arguments and its result are measured here, as the host
 * would serialize them, so that a call which would not fit fails with one error naming the limit instead.
 * Errors inside a result are made short after the first few: a 100,000-row result whose every row fails
 * would otherwise carry 100,000 full messages.
 */
import { feeError, isFeeError, type FeeError } from '../errors';
import type { CellResult } from '../functions/evaluate';

/** How many failing elements of one result keep their full message; the others get a short one. */
export const FULL_MESSAGES = 10;

/** The size limit of one call in a host, and how the host serializes what counts against it. */
export interface PayloadLimit {
  /** The host, for messages: `Excel`. */
  readonly host: string;
  /** The limit the host documents or enforces, for messages: `5 MB`. */
  readonly hostLimit: string;
  /** The bytes one call may use, for its arguments and for its result: well under the host's limit. */
  readonly maxBytes: number;
  /** Bytes the host sends for an error element of a result. */
  readonly errorBytes: (error: FeeError) => number;
}

/** UTF-8 length of a string, without allocating its bytes. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** JSON bytes of a value as a host hands it over (numbers, text, booleans, blanks, error objects, matrices). */
function valueBytes(value: unknown, errorBytes: number): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  // Quotes; escapes are rare in cells and ignored.
  if (typeof value === 'string') return utf8Bytes(value) + 2;
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(value.length - 1, 0);
    for (const item of value) bytes += valueBytes(item, errorBytes);
    return bytes;
  }
  return errorBytes;
}

/** Bytes of the arguments of a call, as the host sends them (an error value costs `errorBytes`). */
export function argumentBytes(args: readonly unknown[], errorBytes: number): number {
  return valueBytes(args, errorBytes);
}

/** "about 6.3 MB": sizes in messages, in decimal megabytes as hosts state their limits. */
export function megabytes(bytes: number): string {
  return `about ${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** "row 12" / "row 12, column 2" for an element of a result with `cols` columns. */
function placeOf(r: number, c: number, cols: number): string {
  return `row ${r + 1}${cols > 1 ? `, column ${c + 1}` : ''}`;
}

/** The short message of a failing element after the first FULL_MESSAGES: the function and the row. */
export function shortElementMessage(fn: string, r: number, c: number, cols: number): string {
  return `${fn}: error in ${placeOf(r, c, cols)} (the message is on the first failing rows)`;
}

/** A result with every failing element after the first FULL_MESSAGES given a short message. */
export function shortenElementErrors(fn: string, rows: readonly (readonly CellResult[])[]): CellResult[][] {
  let failures = 0;
  return rows.map((row, r) =>
    row.map((cell, c) => {
      if (!isFeeError(cell)) return cell;
      failures++;
      return failures <= FULL_MESSAGES
        ? cell
        : feeError(cell.kind, shortElementMessage(fn, r, c, row.length));
    }),
  );
}

/** What a result costs against a limit, and what a message about it needs. */
interface ResultSize {
  readonly bytes: number;
  readonly failures: number;
  readonly first: FeeError | undefined;
}

function resultSize(rows: readonly (readonly CellResult[])[], limit: PayloadLimit): ResultSize {
  let bytes = 2 + Math.max(rows.length - 1, 0);
  let failures = 0;
  let first: FeeError | undefined;
  for (const row of rows) {
    bytes += 2 + Math.max(row.length - 1, 0);
    for (const cell of row) {
      if (typeof cell === 'number') bytes += String(cell).length;
      else if (cell === '') bytes += 2;
      else {
        failures++;
        first ??= cell;
        bytes += limit.errorBytes(cell);
      }
    }
  }
  return { bytes, failures, first };
}

/**
 * The error for arguments over the limit, or undefined when they fit. Whole columns (`A:A`) are the usual
 * cause: they send a million rows, most of them blank.
 */
export function checkArguments(
  fn: string,
  args: readonly unknown[],
  limit: PayloadLimit,
): FeeError | undefined {
  const bytes = argumentBytes(args, limit.errorBytes(feeError('#VALUE!', '')));
  if (bytes <= limit.maxBytes) return undefined;
  return feeError(
    '#VALUE!',
    `${fn}: the arguments are ${megabytes(bytes)}, more than one call can pass to ${limit.host} (its limit is ${limit.hostLimit}): ` +
      'pass only the filled rows (A2:.A100001 or TRIMRANGE(A:A) instead of A:A), or split the range',
  );
}

/** The error for a result over the limit, or undefined when it fits. */
export function checkResult(
  fn: string,
  rows: readonly (readonly CellResult[])[],
  limit: PayloadLimit,
): FeeError | undefined {
  const { bytes, failures, first } = resultSize(rows, limit);
  if (bytes <= limit.maxBytes) return undefined;
  const cells = rows.length * (rows[0]?.length ?? 0);
  const why =
    failures > 0
      ? `${failures.toLocaleString('en-US')} of ${cells.toLocaleString('en-US')} results are errors, the first: ${first?.message}`
      : 'split the range into smaller calls';
  return feeError(
    '#VALUE!',
    `${fn}: the result is ${megabytes(bytes)}, more than one call can return to ${limit.host} (its limit is ${limit.hostLimit}); ${why}`,
  );
}
