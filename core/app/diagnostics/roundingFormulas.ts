/**
 * How the host's ROUND and ROUNDDOWN round, as an invoice sheet's VAT formula uses them
 * (`=ROUND(F15*0.2,2)`, `=ROUNDDOWN(…)`, core/layout/invoiceSheet.ts): on the decimal a cell shows, as the
 * contract rounds, or on the binary double, which is a cent off where the double falls just short of the
 * decimal (0.285 is 0.28499999999999998…; 1.45 × 0.2 is 0.28999999999999998…). The invoice's frozen VAT is
 * the contract's; a host rounding the double would show another VAT, and total, under it.
 */
import type { CellValue } from '../../contract/sheet/cells';
import { describe } from './cells';
import type { DiagnosticCheck, Texts } from './result';

/** Rows 8 and 9 of the calls sheet (A8, A9), each expected to show 0.29. */
export const ROUNDING_FORMULAS = [
  { row: 7, formula: '=ROUND(0.285,2)', expected: 0.29 },
  { row: 8, formula: '=ROUNDDOWN(1.45*0.2,2)', expected: 0.29 },
] as const;

/** The check from the two cells as read; each shown with what it gave. */
export function roundingCheck(t: Texts, values: readonly CellValue[]): DiagnosticCheck {
  const passed = ROUNDING_FORMULAS.every((f, i) => values[i] === f.expected);
  return {
    id: 'roundingFormula',
    status: passed ? 'passed' : 'failed',
    title: t.title.roundingFormula,
    seen: t.list(
      ROUNDING_FORMULAS.map((f, i) =>
        t.roundingGave(f.formula, describe(values[i], t), describe(f.expected, t)),
      ),
    ),
  };
}
