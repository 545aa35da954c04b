/**
 * Wall-clock time in a named time zone, as Sheets and `Utilities.formatDate` use it: Sheets builds a date
 * cell's `Date` at midnight in the spreadsheet's zone, whatever zone the script (or the test process) runs in.
 */

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at instant `ms`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const part = (type: string) =>
    Number(format.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? NaN);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

function offsetAt(ms: number, timeZone: string): number {
  const c = wallClock(ms, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant of midnight starting `isoDay` (`yyyy-MM-dd`) in `timeZone`. */
export function midnightIn(isoDay: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new Error(`Not a yyyy-MM-dd day: ${isoDay}`);
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const guess = utc - offsetAt(utc, timeZone);
  // A second look catches a daylight-saving change between the guess and the answer.
  return utc - offsetAt(guess, timeZone);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `Utilities.formatDate`'s patterns the add-on uses: yyyy, MM, dd, HH, mm, ss and literal separators. */
export function formatInZone(ms: number, timeZone: string, pattern: string): string {
  const c = wallClock(ms, timeZone);
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|[A-Za-z]/g, (token) => {
    switch (token) {
      case 'yyyy':
        return pad(c.year, 4);
      case 'MM':
        return pad(c.month, 2);
      case 'dd':
        return pad(c.day, 2);
      case 'HH':
        return pad(c.hour, 2);
      case 'mm':
        return pad(c.minute, 2);
      case 'ss':
        return pad(c.second, 2);
      default:
        throw new Error(`The Utilities fake does not format "${token}" (pattern ${pattern}).`);
    }
  });
}
