/**
 * The declared distributions file of a forecast:
 * `Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD`, one row per measure. A triangular row
 * gives pessimistic, likely and optimistic; a normal row gives mean and SD (truncated to the valid range).
 * A field the distribution does not use must be blank; numbers follow the actuals CSV rules
 * (`77.4%` is 0.774; a `;` file has decimal commas).
 */
import type { ActualKind } from '../contract/actuals';
import { readCsv } from '../contract/csv';
import { cellIssue, sortIssues, type Issue, type Result } from '../contract/issues';
import { cellAt, cellText, isBlank, isBlankRow, readCell } from '../contract/sheet/cells';
import type { Contract } from '../contract/types';
import { rangeProblem } from '../contract/validRange';
import { contractText, normalizeLabel } from '../i18n/contract';
import { dec, type Dec } from '../money';
import type { Distribution } from './distribution';
import type { DeclaredDistribution } from './forecast';

const COLUMNS = [
  'Kind',
  'Name',
  'Distribution',
  'Pessimistic',
  'Likely',
  'Optimistic',
  'Mean',
  'SD',
] as const;
type Column = (typeof COLUMNS)[number];
const USES: Readonly<Record<Distribution['kind'], readonly Column[]>> = {
  triangular: ['Pessimistic', 'Likely', 'Optimistic'],
  normal: ['Mean', 'SD'],
};
const NUMBERS: readonly Column[] = ['Pessimistic', 'Likely', 'Optimistic', 'Mean', 'SD'];

/** Reads a distributions CSV against a contract (names resolved to the contract's spelling). */
export function distributionsFromCsv(
  text: string,
  contract: Contract,
  file = 'distributions.csv',
): Result<DeclaredDistribution[]> {
  const csv = readCsv(text, file);
  const grid = csv.grid;
  const issues: Issue[] = [...csv.issues];
  const p = contractText('en').problems;
  let headerRow = 0;
  while (headerRow < grid.length && isBlankRow(grid, headerRow)) headerRow++;
  const columns = new Map<Column, number>();
  (grid[headerRow] ?? []).forEach((value, col) => {
    const header = cellText(value);
    if (header === '') return;
    const column = COLUMNS.find((c) => normalizeLabel(c) === normalizeLabel(header));
    if (column === undefined || columns.has(column))
      issues.push(
        cellIssue(file, headerRow, col, header, `unknown or repeated column; expected ${COLUMNS.join(', ')}`),
      );
    else columns.set(column, col);
  });
  const missing = COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0)
    issues.push(
      cellIssue(
        file,
        headerRow,
        0,
        '',
        `the header row must be ${COLUMNS.join(', ')} (missing ${missing.join(', ')})`,
      ),
    );
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };

  const declared: DeclaredDistribution[] = [];
  for (let row = headerRow + 1; row < grid.length; row++) {
    if (isBlankRow(grid, row)) continue;
    const at = (c: Column) => ({ value: cellAt(grid, row, columns.get(c)!), col: columns.get(c)! });
    const report = (c: Column, problem: string) => issues.push(cellIssue(file, row, at(c).col, c, problem));
    const before = issues.length;
    const kindCell = readCell(at('Kind').value, { type: 'enum', list: 'actualKind' }, p, 'en');
    const kind = 'value' in kindCell ? (kindCell.value as ActualKind | undefined) : undefined;
    if ('problem' in kindCell) report('Kind', kindCell.problem);
    else if (kind === undefined) report('Kind', p.required);
    else if (kind === 'excluded') report('Kind', 'an exclusion is not a measure: it has no distribution');
    else if (kind === 'index')
      report('Kind', 'a price index is published, not drawn: enter its expected values in the actuals');
    const written = cellText(at('Name').value);
    let name = '';
    if (kind === 'kpi' || kind === 'volume') {
      const names = kind === 'kpi' ? contract.kpis.map((k) => k.name) : contract.volumes.map((v) => v.name);
      const found = names.find((n) => n.toLowerCase() === written.toLowerCase());
      if (written === '') report('Name', p.required);
      else if (found === undefined)
        report(
          'Name',
          kind === 'kpi'
            ? p.unknownKpi(written, names.join(', '))
            : p.unknownVolume(written, names.join(', ')),
        );
      else name = found;
    } else if (kind === 'hours' && !contract.hourly) report('Kind', p.noHourly);
    const shape = normalizeLabel(cellText(at('Distribution').value));
    const distribution = shape === 'triangular' || shape === 'normal' ? shape : undefined;
    if (distribution === undefined)
      report('Distribution', `expected triangular or normal, got ${p.describe(at('Distribution').value)}`);
    const numbers = new Map<Column, Dec>();
    for (const c of NUMBERS) {
      const used = distribution !== undefined && USES[distribution].includes(c);
      const cell = at(c).value;
      if (isBlank(cell)) {
        if (used) report(c, p.required);
        continue;
      }
      if (!used) {
        if (distribution !== undefined)
          report(c, `not used by the ${distribution} distribution: leave it blank`);
        continue;
      }
      const read = readCell(cell, { type: 'decimal' }, p, 'en', csv.numbers);
      if ('problem' in read) report(c, read.problem);
      else numbers.set(c, dec(read.value as string));
    }
    if (kind !== undefined && declared.some((d) => d.kind === kind && d.name === name))
      report(
        'Name',
        `a distribution is already declared for ${kind === 'hours' ? 'hours' : JSON.stringify(name)}`,
      );
    if (
      issues.length > before ||
      kind === undefined ||
      kind === 'excluded' ||
      kind === 'index' ||
      distribution === undefined
    )
      continue;
    const n = (c: Column) => numbers.get(c)!;
    const clause = kind === 'kpi' ? contract.kpis.find((k) => k.name === name) : undefined;
    for (const c of USES[distribution]) {
      // A level is a value the KPI could be measured at, so the actuals' range (and its hint) applies.
      const problem =
        c === 'SD' || clause === undefined
          ? n(c).lt(0)
            ? p.atLeast('0')
            : undefined
          : rangeProblem(n(c), clause, p);
      if (problem !== undefined) report(c, problem);
    }
    if (distribution === 'triangular' && issues.length === before) {
      const [low, high] = [n('Pessimistic'), n('Optimistic')].sort((a, b) => a.cmp(b));
      if (n('Likely').lt(low) || n('Likely').gt(high))
        report(
          'Likely',
          `must lie between pessimistic ${n('Pessimistic').toFixed()} and optimistic ${n('Optimistic').toFixed()}`,
        );
    }
    if (issues.length > before) continue;
    declared.push({
      kind,
      name,
      distribution:
        distribution === 'triangular'
          ? {
              kind: 'triangular',
              pessimistic: n('Pessimistic'),
              likely: n('Likely'),
              optimistic: n('Optimistic'),
            }
          : { kind: 'normal', mean: n('Mean'), sd: n('SD') },
    });
  }
  return issues.length > 0 ? { ok: false, issues: sortIssues(issues) } : { ok: true, value: declared };
}
