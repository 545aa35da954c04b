/**
 * A percent sign divides by 100 (`77,4 %` is 0.774), so `0.912%` reads as 0.00912: inside a percent KPI's
 * range, and almost always the fraction 0.912 typed with a sign it did not need. Nothing downstream could
 * tell (a CSAT of 0.9 % loses its fee, a threshold of 0.9 % is always met), so a percent sign on a nonzero
 * number below 1 for a percent KPI is refused, with the fraction as the hint. A genuine share below 1 %
 * (a churn of 0.8 %) is typed as the fraction it is: `0.008`.
 */
import type { ContractProblems } from '../i18n/contract';
import { HUNDRED, dec, type Dec } from '../money';
import { inRange, validRange, type DecimalMark, type RangeFields } from './validRange';

/** The problem of `value`, read from the text `cell`, when it is such a percentage; else `undefined`. */
export function percentBelowOneProblem(
  value: Dec,
  kpi: RangeFields,
  cell: unknown,
  p: ContractProblems,
  mark?: DecimalMark,
): string | undefined {
  if (kpi.unit !== 'percent' || typeof cell !== 'string' || !/%$/.test(cell.trim())) return undefined;
  if (value.isZero() || value.abs().gte(dec('0.01'))) return undefined;
  const typed = cell.trim();
  const written = mark ?? (typed.includes(',') ? ',' : typed.includes('.') ? '.' : undefined);
  const spell = (n: Dec) => (written === undefined ? p.decimal(n) : n.toFixed().replace('.', written));
  const fraction = value.times(HUNDRED);
  const hint = inRange(fraction, validRange(kpi)) ? spell(fraction) : undefined;
  return p.percentBelowOne(p.describe(cell), spell(value), hint);
}
