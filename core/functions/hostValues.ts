/**
 * Values as hosts hand them over: numbers, text, booleans, blanks (`null`, `undefined` or `""`), dates
 * (Sheets), error values, and 2-D arrays for ranges.
 */
import { ERROR_KINDS, type ErrorKind } from '../errors';
import { fromHostNumber } from '../money';

/** Read once: globals are slow to reach in a vm context (Jest's, the Sheets fake's; see README, Test time). */
const { Array, Number } = globalThis;

/** An error value in an input cell: an object carrying a spreadsheet error code (`#N/A`). */
export interface HostErrorValue {
  readonly code: string;
}

export type HostScalar = number | string | boolean | null | undefined | Date | HostErrorValue;
export type HostMatrix = readonly (readonly HostScalar[])[];
export type HostArg = HostScalar | HostMatrix;

export function isBlank(value: HostScalar): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

export function isMatrix(value: HostArg): value is HostMatrix {
  return Array.isArray(value);
}

/** The error kind of an error value in an input cell, or undefined when the value is not one. */
export function hostErrorKind(value: HostScalar): ErrorKind | undefined {
  if (typeof value !== 'object' || value === null || value instanceof Date) return undefined;
  const code = (value as HostErrorValue).code;
  if (typeof code !== 'string') return undefined;
  return (ERROR_KINDS as readonly string[]).includes(code) ? (code as ErrorKind) : '#VALUE!';
}

/** How a value is shown in an error message: `"abc"`, `TRUE`, `12.5` (the digits its cell shows), `a blank cell`. */
export function describeValue(value: HostScalar): string {
  if (isBlank(value)) return 'a blank cell';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // As the cell shows it (15 significant digits): =0.1-0.4 is -0.3 there, not -0.30000000000000004.
  if (typeof value === 'number')
    return Number.isFinite(value) ? fromHostNumber(value).toString() : String(value);
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a range';
  return hostErrorKind(value) ?? 'an object';
}
