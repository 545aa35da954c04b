/**
 * Comparing contracts on one actuals or scenarios file: a value measured for one contract's KPI (or
 * volume, or hours) is no typing mistake for another contract that does not have it. Such rows are left
 * out for that contract only; a name no compared contract knows is still reported by the reader.
 */
import { cellIssue, type Issue } from '../contract/issues';
import type { CellValue, Grid } from '../contract/sheet/cells';
import { cellText, isBlankRow } from '../contract/sheet/cells';
import type { Contract, Language } from '../contract/types';
import { unpricedSampleVolumes } from '../contract/conditions';
import { namedItem } from '../contract/nameMatch';
import { CONTRACT_TEXT, normalizeLabel, parseEnumLabel } from '../i18n/contract';
import { modelProblemTexts } from '../i18n/modelProblems';

/** The names a row of `kind` may give for the contract: its KPIs (an exclusion names one) or volumes. */
function namesOf(contract: Contract, kind: 'kpi' | 'volume'): string[] {
  if (kind === 'kpi') return contract.kpis.map((k) => k.name);
  // A sampled clause's survey answers are a volume of the contract too, priced by no line.
  return [...contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(contract)];
}

/** What a row of `kind` names: a KPI, a volume, or neither (hours, an index, an unreadable kind). */
function namedKind(kind: string | undefined): 'kpi' | 'volume' | undefined {
  if (kind === 'kpi' || kind === 'excluded') return 'kpi';
  return kind === 'volume' ? 'volume' : undefined;
}

function knows(contract: Contract, kind: string | undefined, name: string): boolean {
  if (kind === 'hours') return contract.hourly !== undefined;
  // An exclusion is no measure of its own: its KPI's row decides (the reader checks the name).
  if (kind !== 'kpi' && kind !== 'volume') return true;
  return namedItem(namesOf(contract, kind), (n) => n, name) !== undefined;
}

const HEADERS = (key: 'kind' | 'name') =>
  new Set(Object.values(CONTRACT_TEXT).map((t) => normalizeLabel(t.actualsColumns[key])));

/** The rows below the header, with the header's row and the Kind and Name columns (`-1`: none). */
function measureRows(grid: Grid) {
  let header = 0;
  while (header < grid.length && isBlankRow(grid, header)) header++;
  const cells = (grid[header] ?? []).map((v) => normalizeLabel(cellText(v)));
  const kindCol = cells.findIndex((c) => HEADERS('kind').has(c));
  const nameCol = cells.findIndex((c) => HEADERS('name').has(c));
  return { header, kindCol, nameCol };
}

/** `grid` with the rows that belong to one of `others` and not to `contract` blanked (layout kept). */
export function withoutForeignRows(
  grid: Grid,
  contract: Contract,
  others: readonly Contract[],
): CellValue[][] {
  const { header, kindCol, nameCol } = measureRows(grid);
  return grid.map((row, r) => {
    if (r <= header || kindCol < 0 || nameCol < 0) return [...row];
    const kind = parseEnumLabel('actualKind', cellText(row[kindCol]));
    const name = cellText(row[nameCol]);
    const foreign = !knows(contract, kind, name) && others.some((o) => knows(o, kind, name));
    return foreign ? row.map(() => null) : [...row];
  });
}

/** A contract compared, and the name the comparison gives it (its id, its file or its sheet). */
export interface ComparedContract {
  readonly contract: Contract;
  readonly label: string;
}

/**
 * The rows of a file compared across contracts that name a KPI or a volume none of them knows, each at
 * its Name cell with every contract's names: each contract's own reader would list its names alone, as
 * if the others were not compared, and the user looking for the second contract's spelling would read
 * the first's. Said in `lang`; blank names are left to the reader (`required`).
 */
export function unknownToEvery(
  grid: Grid,
  compared: readonly ComparedContract[],
  sheet: string,
  lang: Language,
): Issue[] {
  const { header, kindCol, nameCol } = measureRows(grid);
  if (kindCol < 0 || nameCol < 0) return [];
  const issues: Issue[] = [];
  for (let r = header + 1; r < grid.length; r++) {
    const kind = namedKind(parseEnumLabel('actualKind', cellText(grid[r][kindCol])));
    const name = cellText(grid[r][nameCol]);
    if (kind === undefined || name.trim() === '') continue;
    if (compared.some((c) => knows(c.contract, kind, name))) continue;
    const known = compared.map((c) => ({ label: c.label, names: namesOf(c.contract, kind) }));
    const problem = modelProblemTexts(lang).unknownToEvery(kind, name, known);
    issues.push(cellIssue(sheet, r, nameCol, cellText(grid[header][nameCol]), problem, lang));
  }
  return issues;
}
