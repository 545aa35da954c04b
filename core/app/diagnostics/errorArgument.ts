/**
 * How a cell holding an error reaches the add-in's functions: a formula both hosts compute to #NUM! (Excel
 * documents it of DATE for a year of 10000 or more; the Sheets fake follows), beside a 3, handed to
 * ACHIEVEMENT as one range, whose result must be an error, never a number a wrong invoice could be built
 * on. A host that makes no error of it (a Sheets taking year 10000) says so: not checked.
 */
import type { CellValue } from '../../contract/sheet/cells';
import { describe } from './cells';
import type { DiagnosticCheck, Texts } from './result';

/** The error cell's formula, in A6 of the calls sheet (B6 holds 3). */
export const ERROR_SOURCE = { row: 5, formula: '=DATE(10000,1,1)' } as const;
/** The call over it, in A7. */
export const ERROR_CALL = { row: 6, name: 'ACHIEVEMENT', args: 'A6:B6,1' } as const;

/** What a host shows for an error: its code, a text beginning with "#" (Sheets' #ERROR! included). */
const isErrorCode = (value: CellValue): boolean => typeof value === 'string' && value.startsWith('#');

/**
 * The check, from what the error cell and the call read as: not checked where the host made no error of
 * the formula (nothing was then handed over), passed where the call gave an error, failed otherwise.
 */
export function errorArgumentCheck(
  t: Texts,
  formula: string,
  source: CellValue,
  result: CellValue,
): DiagnosticCheck {
  const title = t.title.errorInRangeArgument;
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'errorInRangeArgument',
    status,
    title,
    seen,
  });
  const sourceSeen = describe(source, t);
  if (!isErrorCode(source)) return check('notChecked', t.noErrorCell(ERROR_SOURCE.formula, sourceSeen));
  const seen = describe(result, t);
  return isErrorCode(result)
    ? check('passed', t.errorArrivedAsError(formula, sourceSeen, seen))
    : check('failed', t.errorArrivedAsValue(formula, sourceSeen, seen));
}
