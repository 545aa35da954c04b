/**
 * The scenarios file: `Scenario,Kind,Name,Value` (French `Scénario;Type;Nom;Valeur`), one row per value,
 * Kind as in actuals. It is read by the actuals CSV reader itself (same parsing and number rules: a `;`
 * file has decimal commas, names checked against the contract, repeated values refused): each scenario
 * stands in for a month of its own, so every problem keeps its cell, `scenarios.csv!D5`, in the
 * contract's language.
 */
import { readCsv } from '../contract/csv';
import { cellIssue, sortIssues, type Issue, type Result } from '../contract/issues';
import { addMonths } from '../contract/period';
import { cellText, isBlank, isBlankRow, type CellValue } from '../contract/sheet/cells';
import { readActualsSheet } from '../contract/sheet/readActuals';
import type { Contract, Language, Period } from '../contract/types';
import { contractText, normalizeLabel } from '../i18n/contract';
import { modelCsvTexts } from '../i18n/modelCsv';
import { withoutForeignRows } from './foreignRows';
import { scenarioMonth, type Scenario } from './scenario';

const COLUMNS = ['scenario', 'kind', 'name', 'value'] as const;
type Column = (typeof COLUMNS)[number];

/** Headers in English and French, compared as labels are (case, accents and spacing folded). */
function columnOf(header: string): Column | undefined {
  const wanted = normalizeLabel(header);
  for (const lang of ['en', 'fr'] as const) {
    if (normalizeLabel(modelCsvTexts(lang).scenarioColumn) === wanted) return 'scenario';
    const c = contractText(lang).actualsColumns;
    for (const key of ['kind', 'name', 'value'] as const) if (normalizeLabel(c[key]) === wanted) return key;
  }
  return undefined;
}

/** The columns' headers in `lang`, in file order. */
function headers(lang: Language): Readonly<Record<Column, string>> {
  const c = contractText(lang).actualsColumns;
  return { scenario: modelCsvTexts(lang).scenarioColumn, kind: c.kind, name: c.name, value: c.value };
}

/** Reads a scenarios CSV against a contract; scenarios in the order they first appear. */
export function scenariosFromCsv(
  text: string,
  contract: Contract,
  file = 'scenarios.csv',
  /** Contracts compared with this one: values only they know are left out here (foreignRows.ts). */
  others: readonly Contract[] = [],
): Result<Scenario[]> {
  // Problems are said in the contract's language, whichever language the file's headers are in.
  const lang = contract.language;
  const t = modelCsvTexts(lang);
  const p = contractText(lang).problems;
  const names = headers(lang);
  const expected = COLUMNS.map((c) => names[c]);
  const csv = readCsv(text, file, lang);
  const grid: CellValue[][] = withoutForeignRows(csv.grid, contract, others);
  const issues: Issue[] = [...csv.issues];
  if (grid.length === 0 && issues.length > 0) return { ok: false, issues };
  let headerRow = 0;
  while (headerRow < grid.length && isBlankRow(grid, headerRow)) headerRow++;
  const columns = new Map<Column, number>();
  (grid[headerRow] ?? []).forEach((value, col) => {
    const header = cellText(value);
    if (header === '') return;
    const column = columnOf(header);
    if (column === undefined || columns.has(column)) {
      const problem = column === undefined ? p.unknownColumn(header) : p.duplicateColumn(header);
      issues.push(cellIssue(file, headerRow, col, header, t.badColumn(problem, expected), lang));
    } else columns.set(column, col);
  });
  const missing = COLUMNS.filter((c) => !columns.has(c)).map((c) => names[c]);
  if (missing.length > 0)
    issues.push(cellIssue(file, headerRow, 0, '', t.missingColumns(expected, missing), lang));
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };

  // Each scenario becomes a month 12 months after the previous one: every such month closes every KPI's
  // evaluation period, as the month a stand-alone scenario is priced on does.
  const scenarioCol = columns.get('scenario')!;
  const scenarioHeader = cellText(grid[headerRow][scenarioCol]);
  const months = new Map<string, Period>();
  const period = contractText('en').actualsColumns.period;
  const rows = grid.map((row, r) => {
    if (r < headerRow) return [];
    const copy = [...row];
    if (r === headerRow) {
      copy[scenarioCol] = period;
      return copy;
    }
    if (isBlankRow(grid, r)) return copy;
    const name = cellText(row[scenarioCol]);
    if (isBlank(row[scenarioCol]) || name === '') {
      issues.push(cellIssue(file, r, scenarioCol, scenarioHeader, p.required, lang));
      return [];
    }
    // Names are labels, compared as a reader reads them: "Worst" below "worst" is a typo, not a scenario.
    const spelled = [...months.keys()].find((n) => n !== name && n.toLowerCase() === name.toLowerCase());
    if (spelled !== undefined) {
      issues.push(cellIssue(file, r, scenarioCol, scenarioHeader, t.spelledAbove(name, spelled), lang));
      return [];
    }
    if (!months.has(name)) months.set(name, addMonths(scenarioMonth(contract), 12 * months.size));
    copy[scenarioCol] = months.get(name)!;
    return copy;
  });
  // Scenario rows stand on made-up months: a time-boxed clause's months say nothing of them.
  const kpis = contract.kpis.map((k) => ({ ...k, activeMonths: undefined }));
  const read = readActualsSheet(
    rows,
    { ...contract, lastPeriod: undefined, kpis },
    { sheet: file, lang },
    csv.numbers,
  );
  const named = (message: string) => {
    for (const [name, month] of months) message = message.split(month).join(t.scenario(name));
    return message;
  };
  if (!read.ok)
    issues.push(...read.issues.map((i) => ({ ...i, problem: named(i.problem), message: named(i.message) })));
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  if (!read.ok) return read;
  const actuals = read.value;
  return {
    ok: true,
    value: [...months].map(([name, month]) => ({
      name,
      values: actuals.periods.get(month) ?? { kpis: new Map(), volumes: new Map() },
    })),
  };
}
