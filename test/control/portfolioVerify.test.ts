/**
 * `verify` of a portfolio workbook: its Portfolio sheet is verified cell by cell against the Portfolio the
 * recomputed invoices lay out, given the contracts and actuals of the run; an edited cell is named with its
 * address (exit 1); given one contract only, the Portfolio is said not verified.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { portfolioFiles } from './portfolioFiles';

const files = portfolioFiles('outcome-fees-portfolio-verify-');
const run = ['--contract', files.contracts, '--actuals', files.all];
const written = join(files.dir, 'portfolio.xlsx');
const summaryOnly = join(files.dir, 'portfolio-summary.xlsx');

beforeAll(async () => {
  const period = ['--period', '2026-01..2026-03'];
  expect((await runCli(['invoice', ...run, ...period, '-o', written])).code).toBe(0);
  expect((await runCli(['invoice', ...run, ...period, '-o', summaryOnly, '--summary-only'])).code).toBe(0);
});

/** A copy of `source` with `cell` of its Portfolio sheet set to `value`. */
async function edited(source: string, cell: string, value: ExcelJS.CellValue, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  const sheet = workbook.getWorksheet('Portfolio')!;
  const before = sheet.getCell(cell).value;
  sheet.getCell(cell).value = value;
  await workbook.xlsx.writeFile(join(files.dir, name));
  return { path: join(files.dir, name), before };
}

describe('verify --invoice portfolio.xlsx with the contracts and actuals of the run', () => {
  it('an untouched portfolio verifies, its Portfolio sheet with every invoice sheet', async () => {
    const { code, out, err } = await runCli(['verify', '--invoice', written, ...run]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('alpha-2026-03: untouched');
    expect(out).toContain('beta-2026-01: untouched');
    expect(out).toContain('Portfolio: untouched; every line and amount is as recomputed');
  });

  it("one contract × period's total edited: that cell reported with its address, exit 1", async () => {
    // Row 8 is beta's February (header on row 3, alpha's three months on rows 4–6, beta's from row 7).
    const { path, before } = await edited(written, 'H8', 136789, 'total-edited.xlsx');
    expect(before).toBe(136788);
    const { code, out } = await runCli(['verify', '--invoice', path, ...run]);
    expect(code).toBe(1);
    expect(out).toContain('Portfolio: 1 difference');
    expect(out).toContain('Portfolio!H8 (beta, Total incl. VAT): 136789 in the file, 136788 recomputed');
    // The invoice sheets were not touched.
    expect(out).toContain('beta-2026-02: untouched');
  });

  it('a per-currency total edited: its formula replaced by a value is named too', async () => {
    const { path } = await edited(written, 'F10', 1, 'sum-edited.xlsx');
    const { code, out } = await runCli(['verify', '--invoice', path, ...run]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /Portfolio!F10 \(Total EUR, Subtotal excl. VAT\): formula \(none: the value 1\) in the file, =SUMIFS\(F4:F9,E4:E9,E10\) recomputed$/m,
    );
  });

  it('a Portfolio sheet alone (--summary-only) verifies, and an edit in it is reported', async () => {
    const untouched = await runCli(['verify', '--invoice', summaryOnly, ...run]);
    expect({ code: untouched.code, out: untouched.out }).toEqual({
      code: 0,
      out: 'Portfolio: untouched; every line and amount is as recomputed',
    });
    const { path } = await edited(summaryOnly, 'F4', 1000, 'summary-only-edited.xlsx');
    const { code, out } = await runCli(['verify', '--invoice', path, ...run]);
    expect(code).toBe(1);
    expect(out).toContain('Portfolio!F4 (alpha, Subtotal excl. VAT): 1000 in the file, 102420 recomputed');
  });

  it('a row deleted from the Portfolio is missing against the run, not passed as a shorter portfolio', async () => {
    const deleted = async (source: string, name: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(source);
      workbook.getWorksheet('Portfolio')!.spliceRows(5, 1);
      await workbook.xlsx.writeFile(join(files.dir, name));
      return runCli(['verify', '--invoice', join(files.dir, name), ...run]);
    };
    // Beside its invoice sheets, alpha's February is the row missing; March below it is compared with its own.
    const beside = await deleted(written, 'row-deleted.xlsx');
    expect(beside.code).toBe(1);
    expect(beside.out).toContain(
      'Portfolio!A5: a row recomputed ("alpha", "BPO customer service — Acme Retail", "2026-02", "alpha-2026-02", "EUR", 113990, 22798, 136788), missing from the file',
    );
    expect(beside.out).not.toMatch(/Portfolio!\w+ \(alpha, /);
    // Alone, the sheet's own count and its totals' ranges still tell a row is gone.
    const alone = await deleted(summaryOnly, 'alone-row-deleted.xlsx');
    expect(alone.code).toBe(1);
    expect(alone.out).toContain(
      'Portfolio!A1: "Portfolio — 2 contracts, 6 invoices" in the file, "Portfolio — 2 contracts, 5 invoices" recomputed',
    );
  });

  it('given one contract of the run, its sheets are verified and the Portfolio said not verified', async () => {
    const { code, out, err } = await runCli([
      'verify',
      '--invoice',
      written,
      '--contract',
      files.alpha,
      '--actuals',
      files.all,
    ]);
    expect(code).toBe(0);
    expect(out).not.toContain('Portfolio');
    expect(err).toContain(
      'note: portfolio.xlsx: sheet Portfolio not verified: it lists 1 contract not given (beta): give every contract of the run (--contract repeated, or their folder) with their actuals',
    );
  });

  it('given one contract, a Portfolio written alone is not verified: exit 2, never an empty pass', async () => {
    const alone = ['verify', '--invoice', summaryOnly, '--contract', files.alpha, '--actuals', files.all];
    const { code, out, err } = await runCli(alone);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain(
      'portfolio-summary.xlsx: sheet Portfolio not verified: it lists 1 contract not given (beta)',
    );
  });

  it('as many actuals files as contracts, or one: anything else is a usage error', async () => {
    const { code, err } = await runCli([
      'verify',
      '--invoice',
      written,
      '--contract',
      files.contracts,
      '--actuals',
      files.all,
      '--actuals',
      files.all,
      '--actuals',
      files.all,
    ]);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toContain(
      '2 contracts and 3 actuals files: give one actuals file per contract, in the same order, or one with a Contract column',
    );
  });
});
