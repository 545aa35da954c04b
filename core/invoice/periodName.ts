/**
 * The name of an invoicing period, as invoice numbers and sheet names print it: a month (`2026-04`), a
 * calendar quarter (`2026-Q2`), half-year (`2026-H1`) or year (`2026`) when the invoiced months are exactly
 * one, else the first and last months (`2026-02..2026-04`, a contract year starting in February). Naming a
 * quarter by its first month ("…-2026-04" for June's invoice) reads as April's invoice.
 */
import type { Period } from '../contract/types';

const SPANS: ReadonlyMap<number, { readonly letter: string; readonly count: number }> = new Map([
  [3, { letter: 'Q', count: 4 }],
  [6, { letter: 'H', count: 2 }],
]);

/** The period's name; `months` are consecutive, oldest first (an invoice's `months`). */
export function invoicePeriodName(months: readonly Period[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (months.length === 1) return first;
  const [year, month] = first.split('-').map(Number);
  const calendarAligned = (month - 1) % months.length === 0 && last.startsWith(String(year));
  if (calendarAligned && months.length === 12) return String(year);
  const span = SPANS.get(months.length);
  if (calendarAligned && span) return `${year}-${span.letter}${(month - 1) / months.length + 1}`;
  return `${first}..${last}`;
}
