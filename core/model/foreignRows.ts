/**
 * Comparing contracts on one actuals or scenarios file: a value measured for one contract's KPI (or
 * volume, or hours) is no typing mistake for another contract that does not have it. Such rows are left
 * out for that contract only; a name no compared contract knows is still reported by the reader.
 */
import type { CellValue, Grid } from '../contract/sheet/cells';
import { cellText, isBlankRow } from '../contract/sheet/cells';
import type { Contract } from '../contract/types';
import { unpricedSampleVolumes } from '../contract/conditions';
import { namedItem } from '../contract/nameMatch';
import { CONTRACT_TEXT, normalizeLabel, parseEnumLabel } from '../i18n/contract';

function knows(contract: Contract, kind: string | undefined, name: string): boolean {
  if (kind === 'hours') return contract.hourly !== undefined;
  if (kind === 'kpi') return namedItem(contract.kpis, (k) => k.name, name) !== undefined;
  // A sampled clause's survey answers are a volume of the contract too, priced by no line.
  const volumes = [...contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(contract)];
  if (kind === 'volume') return namedItem(volumes, (v) => v, name) !== undefined;
  return true;
}

const HEADERS = (key: 'kind' | 'name') =>
  new Set(Object.values(CONTRACT_TEXT).map((t) => normalizeLabel(t.actualsColumns[key])));

/** `grid` with the rows that belong to one of `others` and not to `contract` blanked (layout kept). */
export function withoutForeignRows(
  grid: Grid,
  contract: Contract,
  others: readonly Contract[],
): CellValue[][] {
  let header = 0;
  while (header < grid.length && isBlankRow(grid, header)) header++;
  const cells = (grid[header] ?? []).map((v) => normalizeLabel(cellText(v)));
  const kindCol = cells.findIndex((c) => HEADERS('kind').has(c));
  const nameCol = cells.findIndex((c) => HEADERS('name').has(c));
  return grid.map((row, r) => {
    if (r <= header || kindCol < 0 || nameCol < 0) return [...row];
    const kind = parseEnumLabel('actualKind', cellText(row[kindCol]));
    const name = cellText(row[nameCol]);
    const foreign = !knows(contract, kind, name) && others.some((o) => knows(o, kind, name));
    return foreign ? row.map(() => null) : [...row];
  });
}
