/**
 * The pane's Check and `outcome-fees check` price every period the Actuals sheet lists with one core
 * function (`periodProblems`): fed the same workbook, they list the same problems on the same cells, in
 * English and in French. A blank month a due clause needs is a problem before anyone invoices.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { workbookActions } from '../../core/app/actions';
import type { ContractIssue, Lang } from '../../core/app/bridge';
import { sheetPrefix } from '../../core/contract/issues';
import { FRENCH_SPACE } from '../../core/i18n/frenchTypography';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { now } from '../support/syncActions';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-check-parity-'));

type Cells = (string | number | boolean | null)[][];

/** The workbook's sheets as an .xlsx file, cell for cell, for the command line. */
async function saveAs(book: MemoryWorkbook, file: string): Promise<string> {
  const xlsx = new ExcelJS.Workbook();
  for (const [name, grid] of book.sheetMap) {
    const sheet = xlsx.addWorksheet(name);
    const formats = book.formats.get(name);
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') sheet.getCell(r + 1, c + 1).value = value;
        const format = formats?.[r]?.[c];
        if (format) sheet.getCell(r + 1, c + 1).numFmt = format;
      }),
    );
  }
  const path = join(dir, file);
  await xlsx.xlsx.writeFile(path);
  return path;
}

/** A pane problem as the command line prints it: `Actuals!E5 (2026-10): …`. */
function asLine(issue: ContractIssue, lang: Lang): string {
  const place = `${sheetPrefix(issue.sheet)}!${issue.address}${issue.column ? ` (${issue.column})` : ''}`;
  return `${place}${lang === 'fr' ? FRENCH_SPACE : ''}: ${issue.message}`;
}

/** Blanks the cell of `name`'s row under the month column `month`; returns its A1 address. */
function blank(grid: Cells, name: string, month: string): string {
  const header = grid.findIndex((row) => row.includes(month));
  const col = grid[header].indexOf(month);
  const row = grid.findIndex((r) => r[1] === name);
  grid[row][col] = null;
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

async function bothChecks(book: MemoryWorkbook, lang: Lang, file: string) {
  const pane = now(workbookActions(book).checkContract(lang));
  const path = await saveAs(book, file);
  const cli = await runCli(['check', '--contract', path, '--actuals', path]);
  return {
    pane,
    cli,
    lines: cli.out
      .split('\n')
      .slice(0, -1)
      // The CLI names the file first (`parity-fr.xlsx\u00a0: ` in French); the pane names only the sheet.
      .map((l) => l.replace(new RegExp(`^${file}\u00a0?: `), '')),
  };
}

describe('the pane Check and the CLI check price each listed period alike', () => {
  it('list a blank month value a due clause needs, and a blank volume, on their cells (EN)', async () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'en'));
    const grid = book.sheetMap.get('Actuals')!;
    const csat = blank(grid, 'CSAT', '2026-10');
    const volume = blank(grid, 'Interactions', '2026-11');
    const { pane, cli, lines } = await bothChecks(book, 'en', 'parity-en.xlsx');
    expect(pane.ok).toBe(false);
    expect(pane.errors.map((e) => asLine(e, 'en'))).toEqual([
      `Actuals!${csat} (2026-10): invoice 2026-10: Actuals: no value for KPI "CSAT" in 2026-10`,
      `Actuals!${volume} (2026-11): invoice 2026-11: Actuals: no quantity for "Interactions" in 2026-11`,
    ]);
    expect(cli.code).toBe(1);
    expect(lines).toEqual(pane.errors.map((e) => asLine(e, 'en')));
    expect(cli.out.split('\n').at(-1)).toBe(
      '2 problems in parity-en.xlsx (sheet Contract) and parity-en.xlsx (sheet Actuals)',
    );
  });

  it('say it in French on the French template, the same lines from both', async () => {
    const book = new MemoryWorkbook();
    now(workbookActions(book).newContract('bpo-customer-service', 'fr'));
    const grid = book.sheetMap.get('Réalisé')!;
    const name = grid.find((row) => /^CSAT|^Satisfaction/.test(String(row[1])))![1] as string;
    const address = blank(grid, name, '2026-12');
    const { pane, cli, lines } = await bothChecks(book, 'fr', 'parity-fr.xlsx');
    expect(pane.errors).toHaveLength(1);
    expect(pane.errors[0]).toMatchObject({ sheet: 'Réalisé', address, column: '2026-12' });
    expect(pane.errors[0].message).toMatch(
      /^facture 2026-12\u00a0: Réalisé\u00a0: aucune valeur pour le KPI/,
    );
    expect(cli.code).toBe(1);
    expect(lines).toEqual(pane.errors.map((e) => asLine(e, 'fr')));
  });

  it("say a problem of no one cell (a volume of 1e15 priced beyond a cell) on its month's header", async () => {
    const book = new MemoryWorkbook();
    now(workbookActions(book).newContract('bpo-customer-service', 'en'));
    const grid = book.sheetMap.get('Actuals')!;
    grid[grid.findIndex((r) => r[1] === 'Interactions')][grid[0].indexOf('2026-10')] = 1e15;
    const { pane, lines } = await bothChecks(book, 'en', 'parity-huge.xlsx');
    expect(pane.errors.map((e) => [e.address, e.column])).toEqual(Array(4).fill(['E1', '2026-10']));
    expect(pane.errors[0].message).toBe(
      'invoice 2026-10: Line "Interactions": the amount is beyond ±€9,999,999,999,999.99, the largest a spreadsheet cell holds exactly',
    );
    expect(lines).toEqual(pane.errors.map((e) => asLine(e, 'en')));
  });

  it('name no cell in a long CSV, where a missing value has none', async () => {
    const book = new MemoryWorkbook();
    now(workbookActions(book).newContract('bpo-customer-service', 'en'));
    const contract = await saveAs(book, 'parity-long.xlsx');
    const csv = join(dir, 'long.csv');
    writeFileSync(csv, 'Period,Kind,Name,Value\n2026-10,volume,Interactions,42500\n2026-10,kpi,FCR,0.774\n');
    const run = await runCli(['check', '--contract', contract, '--actuals', csv]);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      // FCR's gate reads CSAT first.
      'invoice 2026-10: Actuals: no value for KPI "CSAT" in 2026-10',
      'invoice 2026-10: Actuals: no value for KPI "Average response time" in 2026-10',
      '2 problems in parity-long.xlsx (sheet Contract) and long.csv',
    ]);
  });

  it('refuse a time typed where minutes belong (3:24 kept as 3.4/24 of a day), read through its format', async () => {
    const book = new MemoryWorkbook();
    now(workbookActions(book).newContract('bpo-customer-service', 'en'));
    const grid = book.sheetMap.get('Actuals')!;
    const row = grid.findIndex((r) => r[1] === 'Average response time');
    grid[row][4] = 3.4 / 24;
    book.formats.set(
      'Actuals',
      grid.map((r, i) => r.map((_v, j) => (i === row && j === 4 ? 'h:mm' : null))),
    );
    const { pane, cli, lines } = await bothChecks(book, 'en', 'parity-time.xlsx');
    expect(pane.errors.map((e) => asLine(e, 'en'))).toEqual([
      `Actuals!E${row + 1} (2026-10): expected a number, got the time 3:24: type hours or minutes as a decimal number, did you mean 3.4?`,
    ]);
    expect(cli.code).toBe(1);
    expect(lines).toEqual(pane.errors.map((e) => asLine(e, 'en')));
  });

  it('find nothing on the template as written, and both say so', async () => {
    const book = new MemoryWorkbook();
    now(workbookActions(book).newContract('bpo-customer-service', 'en'));
    const { pane, cli } = await bothChecks(book, 'en', 'parity-clean.xlsx');
    expect(pane.errors).toEqual([]);
    expect(cli.code).toBe(0);
  });
});
