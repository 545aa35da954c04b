/**
 * A contract compared with itself differs by 0, on every template, through the interfaces a user has: the
 * pane's Compare contracts on two copies of the Contract sheet (each read from its own sheet, actuals
 * from the first), and `outcome-fees compare` on the actuals and on scenarios; every row, and every line
 * kind of every row, 0. Not only the engine's compareRow fed one invoice twice (consistency.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { now } from '../support/syncActions';
import { workbookActions } from '../../core/app/actions';
import { prefilledScenarios } from '../../core/model/prefill';
import { TEMPLATES, findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';

interface JsonRow {
  readonly name: string;
  readonly totals: readonly string[];
  readonly difference: string;
  readonly kinds: readonly { readonly amounts: readonly string[]; readonly difference: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-self-'));

describe.each(TEMPLATES.map((t) => t.id))('%s compared with itself', (id) => {
  it('in the pane: €0.00 in all, every period’s difference 0', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract(id, 'en'));
    now(actions.newContract(id, 'en'));
    const result = now(actions.compareContracts('Contract', 'Contract (2)', 'en'));
    expect(result.message).toMatch(/^"Contract" vs "Contract \(2\)" on \d+ periods?: [^0-9]*0\.00 in all /);
    const sheet = book.sheetMap.get(result.sheet)!;
    const header = sheet.findIndex((row) => row[3] === 'Difference (last − first)');
    const rows = sheet.slice(header + 1).filter((row) => typeof row[1] === 'number');
    expect(rows.length).toBeGreaterThan(0);
    for (const [, first, second, difference] of rows) expect([second, difference]).toEqual([first, 0]);
  });

  it('on the command line, on the actuals and on scenarios: every row and line kind 0', async () => {
    const [contract, actuals] = [join(dir, `${id}.json`), join(dir, `${id}.csv`)];
    writeFileSync(contract, `${(await runCli(['template', id])).out}\n`);
    writeFileSync(actuals, `${(await runCli(['template', id, '--actuals'])).out}\n`);
    // The pane's prefilled scenarios (worst, expected, best) as a file.
    const scenarios = join(dir, `${id}-scenarios.csv`);
    writeFileSync(scenarios, scenariosCsv(findTemplate(id)!));
    for (const basis of [
      ['--actuals', actuals],
      ['--scenarios', scenarios],
    ]) {
      const run = await runCli([
        'compare',
        '--contract',
        contract,
        '--contract',
        contract,
        ...basis,
        '--json',
      ]);
      expect(run.code).toBe(0);
      const rows = (JSON.parse(run.out) as { rows: JsonRow[] }).rows;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.totals[1]).toBe(row.totals[0]);
        expect(Number(row.difference)).toBe(0);
        for (const kind of row.kinds)
          expect([kind.amounts[1], Number(kind.difference)]).toEqual([kind.amounts[0], 0]);
      }
    }
  });
});

/** The template's prefilled scenarios as a `Scenario,Kind,Name,Value` file. */
function scenariosCsv(template: NonNullable<ReturnType<typeof findTemplate>>): string {
  const rows = prefilledScenarios(template.contract(), template.actuals()).flatMap(({ name, values }) => [
    ...(values.hours !== undefined ? [[name, 'hours', '', values.hours]] : []),
    ...[...values.volumes].map(([measure, value]) => [name, 'volume', measure, value]),
    ...[...values.kpis].map(([measure, value]) => [name, 'kpi', measure, value]),
  ]);
  return ['Scenario,Kind,Name,Value', ...rows.map((row) => row.map(String).join(','))].join('\n') + '\n';
}
