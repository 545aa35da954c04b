/**
 * One actuals CSV file for a portfolio: a `Contract` (or `Contrat`) column names the contract of each row.
 * The file is parsed once and each contract's rows are read by the ordinary actuals reader, at their own
 * row indexes and with the Contract column emptied in place, so every check applies and every problem
 * still points into the file given (`actuals.csv!E7 (Value)`).
 */
import { csvHeader, readCsv } from '../contract/csv';
import { isActualsHeader, readActualsTagged, type ActualsReading } from '../contract/sheet/readActuals';
import type { Contract, Language } from '../contract/types';
import { batchLabels } from '../i18n/batch';

const CONTRACT_HEADERS = new Set(['contract', 'contrat']);
const NO_ROW: readonly string[] = [];

/** Each contract's rows of the file, ready for `readActualsByContract`; or what stops the split. */
export type ActualsSplit =
  | { readonly ok: true; readonly read: (contract: Contract) => ActualsReading }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The header row, by the actuals reader's rule (the first row naming the Kind and Name columns, else the
 * first non-blank one: a title may stand above it), and its Contract column.
 */
function contractColumn(grid: readonly (readonly string[])[]): { header: number; col: number } | undefined {
  const named = grid.findIndex(isActualsHeader);
  const header = named >= 0 ? named : grid.findIndex((row) => row.some((f) => f.trim() !== ''));
  if (header < 0) return undefined;
  const col = grid[header].findIndex((f) => CONTRACT_HEADERS.has(f.trim().toLowerCase()));
  return col < 0 ? undefined : { header, col };
}

/** Whether the CSV text has a Contract column (its header only is read: the file is read once after). */
export function hasContractColumn(text: string): boolean {
  const header = csvHeader(text, isActualsHeader);
  return header !== undefined && contractColumn([header]) !== undefined;
}

/**
 * Splits `text` by its Contract column among the contract `ids`. A row naming no contract, and a contract
 * given without a row, are problems naming the line or the contract; so is a row naming a contract not
 * given, unless `otherRows` is `skip` (one contract read from a portfolio's file).
 */
export function splitActualsByContract(
  text: string,
  file: string,
  ids: readonly string[],
  lang: Language,
  otherRows: 'refuse' | 'skip' = 'refuse',
): ActualsSplit {
  const t = batchLabels(lang).portfolioActuals;
  // The header line, not the first, gives the delimiter: a title above it decides nothing.
  const csv = readCsv(text, file, lang, isActualsHeader);
  if (csv.issues.length > 0) return { ok: false, problems: csv.issues.map((i) => i.message) };
  const found = contractColumn(csv.grid);
  if (!found) return { ok: false, problems: [t.noContractColumn(file)] };
  const rowsOf = new Map<string, number[]>(ids.map((id) => [id, []]));
  const problems: string[] = [];
  // A contract not given is said once, at its first row, with how many rows name it: one per row would
  // bury the other problems under a thousand lines each listing every contract given.
  const unknown = new Map<string, { first: number; rows: number; at: number }>();
  csv.grid.forEach((row, r) => {
    if (r <= found.header || row.every((f) => f.trim() === '')) return;
    const id = (row[found.col] ?? '').trim();
    const rows = rowsOf.get(id);
    if (rows) rows.push(r);
    else if (id === '') problems.push(t.contractCellEmpty(file, r + 1));
    else if (otherRows === 'refuse') {
      const seen = unknown.get(id);
      if (seen) seen.rows++;
      else unknown.set(id, { first: r, rows: 1, at: problems.push('') - 1 });
    }
  });
  for (const [id, { first, rows, at }] of unknown)
    problems[at] = t.unknownContract(file, first + 1, id, ids, rows);
  for (const [id, rows] of rowsOf) if (rows.length === 0) problems.push(t.noRowFor(file, id));
  if (problems.length > 0) return { ok: false, problems };

  const emptied = (row: readonly string[]) => row.map((f, c) => (c === found.col ? '' : f));
  // One grid for every contract's reading, with the lines above the header (the reader skips a title
  // there and refuses a row of values): each read puts its contract's rows in and takes them out after,
  // and the reader walks those rows only. A grid built, or walked, whole for each contract made the split
  // grow as contracts × rows.
  const grid: (readonly string[])[] = [
    ...csv.grid.slice(0, found.header),
    emptied(csv.grid[found.header]),
    ...new Array<readonly string[]>(csv.grid.length - found.header - 1).fill(NO_ROW),
  ];
  return {
    ok: true,
    read: (contract) => {
      const rows = rowsOf.get(contract.id) ?? [];
      for (const r of rows) grid[r] = emptied(csv.grid[r]);
      try {
        return readActualsTagged(grid, contract, { sheet: file, lang: contract.language }, csv.numbers, rows);
      } finally {
        for (const r of rows) grid[r] = NO_ROW;
      }
    },
  };
}
