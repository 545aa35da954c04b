/**
 * Today's date where the user is: the pane runs in the user's browser and the command line on the user's
 * machine, so their zone's calendar day is the day they issue a note on. `toISOString()` would give the
 * UTC day: a note written in Paris at 00:30 would be dated the day before, one written in Los Angeles at
 * 17:00 the day after. `timeZone` (an IANA name) defaults to the runtime's own.
 */
export function localToday(now: Date = new Date(), timeZone?: string): string {
  const { year, month, day } = calendarParts(now, timeZone);
  return `${year}-${month}-${day}`;
}

/** This month where the user is, as `YYYY-MM`. */
export function localMonth(now: Date = new Date(), timeZone?: string): string {
  const { year, month } = calendarParts(now, timeZone);
  return `${year}-${month}`;
}

function calendarParts(
  now: Date,
  timeZone: string | undefined,
): { year: string; month: string; day: string } {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day') };
}
