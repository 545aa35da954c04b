/**
 * A date as spreadsheets keep one: a serial number of days from 1899-12-30 (the epoch Excel and Google
 * Sheets share for dates after February 1900) with a date number format, so the cell sorts, filters and
 * computes as a date and every painter writes it as it writes any number. Documents' JSON keeps the ISO
 * text.
 */
import type { Language } from '../contract/types';
import type { Cell } from './cellBlock';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How each language writes a date: ISO in English (unambiguous across regions), day first in French. */
export const DATE_FORMATS: Readonly<Record<Language, string>> = { en: 'yyyy-mm-dd', fr: 'dd/mm/yyyy' };

/**
 * The 1904 date system's day 0 (1904-01-01) in this count: what each serial of a workbook on that system
 * (File → Options → Advanced → "Use 1904 date system") is short of the same day's here.
 */
export const DATE_1904_OFFSET_DAYS = (Date.UTC(1904, 0, 1) - EPOCH_MS) / DAY_MS;

/** The serial of a `YYYY-MM-DD` day; throws on anything that is not a real day. */
export function dateSerial(isoDay: string): number {
  const match = ISO_DAY.exec(isoDay);
  const [year, month, day] = match ? match.slice(1).map(Number) : [NaN, NaN, NaN];
  const time = Date.UTC(year!, month! - 1, day!);
  const date = new Date(time);
  if (!match || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day || year! < 1901) {
    throw new RangeError(`not a day written YYYY-MM-DD: ${isoDay}`);
  }
  return (time - EPOCH_MS) / DAY_MS;
}

/** The day as a date cell, shown the way `lang` writes dates. */
export function dateCell(isoDay: string, lang: Language): Cell {
  return { value: dateSerial(isoDay), format: DATE_FORMATS[lang] };
}
