import type { HostMatrix } from '../../core/functions/hostValues';

/**
 * A painted Contract sheet as a CONTRACTFEE range: with the blank row and column past its tables that the
 * function asks for (core/contract/sheet/rangeMargin.ts), as a user's `A1:AT60` has.
 */
export function withMargin<T extends HostMatrix>(grid: T): T {
  const width = Math.max(0, ...grid.map((row) => row.length)) + 1;
  const pad = (row: readonly unknown[]) => Array.from({ length: width }, (_, i) => row[i] ?? null);
  return [...grid.map(pad), pad([])] as unknown as T;
}
