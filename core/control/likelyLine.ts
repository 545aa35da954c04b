/**
 * The missing line an unexpected row of the supplier's invoice most likely is: a line billed under the
 * supplier's own label shows as one missing line and one unexpected row, and the note "not on the invoice"
 * alone would be false. Said in the row's note, never matched: between two lines of one amount, or two
 * labels spelt nearly alike, which is which would be a guess, so only a pair that nothing else shares is
 * named (a mapping entry then matches them).
 */
import type { Dec } from '../money';
import { nearestLabel } from './mappingUse';

/** A line the contract gives that the supplier's invoice does not bill. */
export interface MissingLine {
  readonly label: string;
  readonly due: Dec;
}

/** Why a row is likely a line: it bills exactly what the line is due, or its label is spelt nearly so. */
export interface LikelyLine {
  readonly line: MissingLine;
  readonly by: 'amount' | 'spelling';
}

/** Items grouped by a key, in order. */
function grouped<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Each row (of those labelled as no line of the contract) paired with the missing line it most likely is:
 * first the rows billing an amount that one missing line is due and no other row bills; then, among the
 * rows and lines left, a row whose label is spelt nearly as one line's (`nearestLabel`) that no other row
 * is spelt nearly as.
 */
export function likelyLines<Row extends { readonly label: string; readonly amount: Dec }>(
  missing: readonly MissingLine[],
  rows: readonly Row[],
): Map<Row, LikelyLine> {
  const likely = new Map<Row, LikelyLine>();
  const lines = grouped(missing, (l) => l.due.toFixed());
  for (const [amount, billed] of grouped(rows, (r) => r.amount.toFixed())) {
    const due = lines.get(amount);
    if (billed.length === 1 && due?.length === 1) likely.set(billed[0], { line: due[0], by: 'amount' });
  }
  const paired = new Set([...likely.values()].map((l) => l.line));
  const left = missing.filter((l) => !paired.has(l));
  const spelt = grouped(
    rows.filter((r) => !likely.has(r)),
    (r) =>
      nearestLabel(
        r.label,
        left.map((l) => l.label),
      ) ?? '',
  );
  for (const [label, near] of spelt) {
    const named = left.filter((l) => l.label === label);
    if (named.length === 1 && near.length === 1) likely.set(near[0], { line: named[0], by: 'spelling' });
  }
  return likely;
}
