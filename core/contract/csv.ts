/**
 * Actuals as CSV files for the command line: the same columns as the Actuals sheet (wide or long layout),
 * read with the same reader, so a problem in `actuals.csv` is addressed like a cell: `actuals.csv!D5 (2026-10)`.
 */
import { contractText, enumLabel } from '../i18n/contract';
import { actualEntries } from './actuals';
import type { Result } from './issues';
import { readActualsSheet } from './sheet/readActuals';
import type { Actuals, Contract, Language } from './types';

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
 * The delimiter is the first line's most frequent of `,` `;` and tab: spreadsheets in French locales save
 * with `;`. A leading byte-order mark is dropped.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

/** Options of `actualsFromCsv`. */
export interface CsvReadOptions {
  /** File name as issues print it (default `actuals.csv`). */
  readonly file?: string;
  readonly lang?: Language;
}

/** Reads an actuals CSV file against a contract; issues name the file and the cell (`actuals.csv!D5`). */
export function actualsFromCsv(
  text: string,
  contract: Contract,
  options: CsvReadOptions = {},
): Result<Actuals> {
  return readActualsSheet(parseCsv(text), contract, {
    sheet: options.file ?? 'actuals.csv',
    lang: options.lang,
  });
}

/**
 * Actuals as a CSV file in the long layout (`Period,Kind,Name,Value`, one row per value), the easiest to
 * append to by hand or from an export. Labels in `lang` (default: the contract's language).
 */
export function actualsToCsv(
  contract: Contract,
  actuals: Actuals,
  lang: Language = contract.language,
): string {
  const t = contractText(lang);
  const c = t.actualsColumns;
  const lines = [[c.period, c.kind, c.name, c.value]];
  for (const entry of actualEntries(actuals)) {
    const name = entry.kind === 'hours' ? (contract.hourly?.label ?? '') : entry.name;
    lines.push([entry.period, enumLabel('actualKind', entry.kind, lang), name, entry.value.toFixed()]);
  }
  return lines.map((fields) => fields.map(csvField).join(',')).join('\n') + '\n';
}

function csvField(value: string): string {
  return /[",\n\r;]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
