/**
 * What exceljs makes of a cell's stored text, checked against the text itself (issue 8: no silent wrong
 * invoice). exceljs reads a number cell with `parseFloat`, so `0x10` came out 0 and `12abc` 12; a date cell
 * (`t="d"`, ISO 8601 text, as some converters write) the same way, `2026-10-01` as 2026; `NaN` as a number
 * too large to read; and a shared text the workbook does not hold threw a bare TypeError. The sheet parts are
 * read here through the zip library exceljs reads with, before exceljs, so that no such cell is ever read.
 */
import { sheetPrefix } from '../contract/issues';
import type { Language } from '../contract/types';
import { xlsxCellTexts, type XlsxCellTexts } from '../i18n/xlsxCells';
import { attribute, decoded, sheetParts, zipParts } from './sheetParts';

/** A cell of the file that cannot be read as what it says it is; `in(lang)` words it for the run. */
export class UnreadableCell extends Error {
  constructor(private readonly said: (t: XlsxCellTexts) => string) {
    super(said(xlsxCellTexts('en')));
    this.name = 'UnreadableCell';
  }

  in(lang: Language): string {
    return this.said(xlsxCellTexts(lang));
  }
}

/** A date cell's day, as the 1900 system's serial (what every reader of the grid counts in), by address. */
export type DateCells = Map<string, Map<string, number>>;

/** xsd:double as a spreadsheet writes it: digits, a point, an exponent; no hex, no comma, no trailing text. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** xsd:double's special values, which no spreadsheet cell holds. */
const NOT_A_NUMBER = /^(?:[+-]?INF|NaN)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?Z?)?$/;
/** Days between Excel's 1900 epoch (as Excel counts it) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * Throws an `UnreadableCell` for the first cell, sheet by sheet, whose text is not what its type says;
 * gives the date cells' days, for the reader to put in place of what exceljs read. A zip this reader
 * cannot follow is left to exceljs (it says what is wrong with it).
 */
export async function checkedCells(zip: Buffer): Promise<DateCells> {
  const dates: DateCells = new Map();
  const text = await zipParts(zip);
  if (text === undefined) return dates;
  // The one part exceljs reads shared texts from.
  const shared = await text('xl/sharedStrings.xml');
  const sharedCount = shared === undefined ? 0 : [...shared.matchAll(/<(?:\w+:)?si\b/g)].length;
  for await (const { name, xml } of sheetParts(text)) {
    const days = checkedSheet(name, xml, sharedCount);
    if (days.size > 0) dates.set(name, days);
  }
  return dates;
}

function checkedSheet(sheet: string, xml: string, sharedCount: number): Map<string, number> {
  const days = new Map<string, number>();
  for (const [, attributes, body] of xml.matchAll(
    /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
  )) {
    const stored = body === undefined ? undefined : /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    if (stored === undefined) continue;
    const value = decoded(stored).trim();
    const address = attribute(attributes, 'r') ?? '';
    const place = `${sheetPrefix(sheet)}!${address}`;
    const type = attribute(attributes, 't') ?? 'n';
    // A formula's saved text result, or a text cell's text, is read as the text it is.
    if (type === 'n') {
      // An empty <v/> of a number cell reads as blank, as every program reads it.
      if (value === '' || DECIMAL.test(value)) continue;
      throw new UnreadableCell((t) =>
        NOT_A_NUMBER.test(value) ? t.notANumber(place, value) : t.notDecimal(place, value),
      );
    }
    if (type === 'd') {
      const day = serialOf(value);
      if (day === undefined) throw new UnreadableCell((t) => t.notADate(place, value));
      days.set(address, day);
    }
    if (type === 's' && !/<(?:\w+:)?f\b/.test(body ?? '')) {
      const index = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(index < sharedCount))
        throw new UnreadableCell((t) => t.missingSharedText(place, value, sharedCount));
    }
  }
  return days;
}

/** An ISO 8601 date (and time of day) as its serial, or undefined for no such day (2026-02-30). */
function serialOf(text: string): number | undefined {
  const parts = ISO_DATE.exec(text);
  if (!parts) return undefined;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0'] = parts;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const date = new Date(time);
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) >= 60) return undefined;
  const ms = time + ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  return ms / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}
