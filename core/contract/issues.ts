/**
 * Problems found in a contract or its actuals, as values. A sheet issue names the sheet, the cell and its
 * column header (`Contract!H34 (Target): expected a number, got "n/a"`); a JSON issue names the field path
 * (`kpis[1].target: required by the kpi-score model`). Readers collect every issue before answering.
 */
import { FRENCH_SPACE } from '../i18n/frenchTypography';
import { a1 } from '../layout/a1';
import type { Language } from './types';

/** One problem, addressed to a cell or to a field of a JSON document. */
export interface Issue {
  /** What is wrong, without the location: `expected a number, got "n/a"`. */
  readonly problem: string;
  /** Location and problem, ready to show: `Contract!H34 (Target): expected a number, got "n/a"`. */
  readonly message: string;
  /** Sheet (or CSV file) name, for issues found in cells. */
  readonly sheet?: string;
  /** 0-based row and column of the cell. */
  readonly row?: number;
  readonly col?: number;
  /** A1 address of the cell, without the sheet: `H34`. */
  readonly address?: string;
  /** Header of the column (or label of the General row) the cell belongs to; empty when none. */
  readonly column?: string;
  /** Field path in a JSON document: `kpis[1].target`; empty for the document itself. */
  readonly path?: string;
}

/** Success with a value, or every issue found. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result; `issues` is never empty. */
export function failed<T>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

/** A sheet name before `!`: quoted, as Excel does, when it holds spaces or punctuation other than a dot. */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * An issue at a cell. `column` is the header of the cell's column (or the row label); may be empty. In
 * French (`lang`), the colon after the place takes its no-break space: `Contrat!S33 (Clauses KPI) : …`.
 */
export function cellIssue(
  sheet: string,
  row: number,
  col: number,
  column: string,
  problem: string,
  lang: Language = 'en',
): Issue {
  const address = a1(row, col);
  const where = `${sheetPrefix(sheet)}!${address}${column ? ` (${column})` : ''}`;
  const message = `${where}${lang === 'fr' ? FRENCH_SPACE : ''}: ${problem}`;
  return { problem, message, sheet, row, col, address, column };
}

/** JSON path of zod-style keys: `["kpis", 1, "target"]` → `kpis[1].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * An issue at a field of a JSON document (`path` empty for the document itself, named `document`). In
 * French (`lang`), the colon after the path takes its no-break space: `kpis[0].target : …`.
 */
export function pathIssue(
  path: readonly PropertyKey[],
  problem: string,
  lang: Language = 'en',
  document = lang === 'fr' ? 'contrat' : 'contract',
): Issue {
  const where = formatPath(path);
  const message = `${where || `(${document})`}${lang === 'fr' ? FRENCH_SPACE : ''}: ${problem}`;
  return { problem, message, path: where };
}

/** Issues in reading order: top to bottom, then left to right; issues without a cell keep their order first. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || (a.col ?? -1) - (b.col ?? -1));
}
