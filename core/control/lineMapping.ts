/**
 * The buyer's mapping from the supplier's line labels to the contract's, written once and kept beside the
 * contract (`contract.mapping.csv`): `Supplier line,Contract line`, one row per label the supplier spells
 * its own way. Headers in English or French; an unknown header, a blank cell or a label mapped twice is an
 * error at its cell.
 */
import { readCsv } from '../contract/csv';
import { cellIssue, failed, ok, sortIssues, type Issue, type Result } from '../contract/issues';
import { cellAt, cellText, isBlank, isBlankRow, type Grid } from '../contract/sheet/cells';
import type { Language } from '../contract/types';
import { contractText, normalizeLabel } from '../i18n/contract';
import { reconciliationTexts } from '../i18n/reconciliation';
import { lineKey } from './lineKey';

export { lineKey } from './lineKey';

const HEADERS = {
  supplier: ['Supplier line', 'Ligne fournisseur', 'Ligne du prestataire'],
  contract: ['Contract line', 'Ligne du contrat'],
} as const;

/** One row of the mapping, kept with its cell so a supplier label matching nothing can be named there. */
export interface MappingEntry {
  /** The supplier's label as the mapping spells it. */
  readonly supplier: string;
  readonly row: number;
  readonly col: number;
  readonly header: string;
}

/** The buyer's mapping as read from its file or sheet. */
export interface LineMapping {
  /** File or sheet name, as issues print it. */
  readonly sheet: string;
  /**
   * Supplier label (as `lineKey` gives it) → the contract's labels it stands for: one, or several when the
   * supplier bills them as one line (`Fees` for the fixed fee and the volumes), compared with their sum.
   */
  readonly targets: ReadonlyMap<string, readonly string[]>;
  /** The first row of each supplier label, in the mapping's order. */
  readonly entries: readonly MappingEntry[];
}

/** Reads a mapping file's rows; `sheet` is the file name issues print. */
export function readLineMapping(
  grid: Grid,
  options: { readonly sheet: string; readonly lang?: Language },
): Result<LineMapping> {
  const lang = options.lang ?? 'en';
  const t = reconciliationTexts(lang);
  const p = contractText(lang).problems;
  const issues: Issue[] = [];
  const issue = (row: number, col: number, header: string, problem: string) =>
    issues.push(cellIssue(options.sheet, row, col, header, problem, lang));

  let headerRow = 0;
  while (headerRow < grid.length && isBlankRow(grid, headerRow)) headerRow++;
  const columns: { supplier?: number; contract?: number } = {};
  const headers: string[] = [];
  (grid[headerRow] ?? []).forEach((value, col) => {
    if (isBlank(value)) return;
    const header = cellText(value);
    headers[col] = header;
    const wanted = normalizeLabel(header);
    const column = (['supplier', 'contract'] as const).find((c) =>
      HEADERS[c].some((h) => normalizeLabel(h) === wanted),
    );
    if (column === undefined)
      issue(headerRow, col, '', t.unknownColumn(header, Object.values(t.mappingColumns).join(', ')));
    else if (columns[column] !== undefined) issue(headerRow, col, '', t.duplicateColumn(header));
    else columns[column] = col;
  });
  // Not one mapping header (an empty file, or pairs from the first row): say that once.
  if (columns.supplier === undefined && columns.contract === undefined) {
    const row = headerRow < grid.length ? headerRow : 0;
    return failed([cellIssue(options.sheet, row, 0, '', t.noMappingHeader, lang)]);
  }
  for (const column of ['supplier', 'contract'] as const) {
    if (columns[column] === undefined && issues.length === 0)
      issue(headerRow, 0, '', t.missingColumn(t.mappingColumns[column]));
  }
  if (issues.length > 0) return failed(issues);

  const mapping = new Map<string, string[]>();
  const entries: MappingEntry[] = [];
  for (let row = headerRow + 1; row < grid.length; row++) {
    if (isBlankRow(grid, row)) continue;
    const read = (col: number) => {
      const text = cellText(cellAt(grid, row, col));
      if (text === '') issue(row, col, headers[col], p.required);
      return text;
    };
    const supplier = read(columns.supplier!);
    const contract = read(columns.contract!);
    if (supplier === '' || contract === '') continue;
    const targets = mapping.get(lineKey(supplier)) ?? [];
    if (targets.length === 0)
      entries.push({ supplier, row, col: columns.supplier!, header: headers[columns.supplier!] });
    if (targets.some((target) => lineKey(target) === lineKey(contract)))
      issue(row, columns.supplier!, headers[columns.supplier!], t.duplicateMapping(supplier));
    else mapping.set(lineKey(supplier), [...targets, contract]);
  }
  return issues.length > 0 ? failed(issues) : ok({ sheet: options.sheet, targets: mapping, entries });
}

/** Reads a mapping CSV file's text. */
export function lineMappingFromCsv(text: string, file: string, lang: Language = 'en'): Result<LineMapping> {
  const csv = readCsv(text, file, lang);
  if (csv.grid.length === 0 && csv.issues.length > 0) return failed(csv.issues);
  const read = readLineMapping(csv.grid, { sheet: file, lang });
  if (csv.issues.length === 0) return read;
  return failed(sortIssues([...csv.issues, ...(read.ok ? [] : read.issues)]));
}
