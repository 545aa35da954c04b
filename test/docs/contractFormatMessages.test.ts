/**
 * The problems docs/contract-format.md quotes for the Actuals sheet and an actuals CSV file are the ones
 * the readers give, at the cells it names (core/contract/docs.test.ts holds the Contract sheet's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actualsFromCsv } from '../../core/contract/csv';
import { actualsFromSheet } from '../../core/contract/fromSheet';
import { actualsSheetPlan } from '../../core/layout/actualsSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { findTemplate } from '../../core/templates';
import { REPO_ROOT } from '../support/builtCore';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'contract-format.md'), 'utf8').replace(/\s*\n\s*/g, ' ');
const bpo = findTemplate('bpo-customer-service')!;

/** The messages of a reading that must fail. */
function problems(result: ReturnType<typeof actualsFromCsv>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

/** The quoted problem that starts with `place`, as the docs write it. */
function quoted(place: string): string {
  const found = new RegExp('`(' + place.replace(/[!()]/g, '\\$&') + '[^`]*)`').exec(doc);
  if (!found) throw new Error(`docs/contract-format.md quotes no problem at ${place}`);
  return found[1];
}

describe('docs/contract-format.md’s actuals problems', () => {
  it('an unknown KPI name on the Actuals sheet, with the contract’s KPIs', () => {
    const grid = planToGrid(actualsSheetPlan(bpo.contract('en'), bpo.actuals('en'))) as unknown[][];
    expect(grid[2][0]).toBe('kpi');
    grid[2][1] = 'FCR2';
    expect(problems(actualsFromSheet(grid as never, bpo.contract('en')))).toEqual([
      quoted('Actuals!B3 (Name)'),
    ]);
  });

  it('a value that is no number, in the wide table it shows as a CSV file', () => {
    const table = [
      ...doc.matchAll(
        /\| (volume|kpi) +\| ([^|]+?) +\| ([^|]+?) +\| ([^|]+?) +\| ([^|]+?) +\| ([^|]+?) +\|/g,
      ),
    ]
      .filter((row) => !row[2].startsWith('Client'))
      .map((row) => row.slice(1).map((cell) => cell.replace(/ %$/, '%')));
    expect(table.map((row) => row[1])).toEqual(['Interactions', 'FCR']);
    table[1][4] = 'n/a';
    const csv = ['Kind,Name,Unit,2026-09,2026-10,2026-11', ...table.map((row) => row.join(','))].join('\n');
    const read = problems(actualsFromCsv(csv, bpo.contract('en'), { file: 'actuals.csv' }));
    expect(read).toEqual([quoted('actuals.csv!E3 (2026-10)')]);
  });
});
