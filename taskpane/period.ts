/** `YYYY-MM` of the month before `now`, in local time: the month a monthly invoice usually covers. */
export function previousMonth(now: Date): string {
  const year = now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const month = now.getMonth() === 0 ? 12 : now.getMonth();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
