import { addMonths } from '../core/contract/period';

/** `YYYY-MM` of the month before `now`, in local time: the month a monthly invoice usually covers. */
export function previousMonth(now: Date): string {
  const year = now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const month = now.getMonth() === 0 ? 12 : now.getMonth();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** How far back the months offered before any check go: two years covers a late or corrective invoice. */
const MONTHS_BACK = 24;

/**
 * The months offered before the contract has been checked (no period list yet), oldest first: the last
 * two years up to the current month, so the month most often invoiced, the previous one, is among them.
 */
export function recentMonths(now: Date): string[] {
  const current = addMonths(previousMonth(now), 1);
  return Array.from({ length: MONTHS_BACK + 1 }, (_, i) => addMonths(current, i - MONTHS_BACK));
}
