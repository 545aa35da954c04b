import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { invoicesOf, periodsInRange } from '../../core/control/batch';
import { performanceReview } from '../../core/control/review';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { performanceSheetPlan } from '../../core/layout/performanceSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { toHostNumber } from '../../core/money';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';
import { formulaResults } from './planFormulas';
import { yearOfActuals } from './yearOfActuals';

function yearOf(id: string, lang: 'en' | 'fr' = 'en') {
  const template = findTemplate(id)!;
  const contract = template.contract(lang);
  const csv = actualsToCsv(contract, yearOfActuals(template, '2026-01', 12, lang));
  const range = periodsInRange(contract, '2026-01', '2026-12');
  if (!range.ok) throw new Error(range.problem);
  const run = invoicesOf(contract, { csv, file: 'a.csv' }, range.periods);
  if (!run.ok) throw new Error(run.problems.join('\n'));
  return { contract, csv, invoices: run.invoices };
}

describe.each(['bpo-customer-service', 'it-services-sla', 'online-business-manager'])(
  'review of %s',
  (id) => {
    const { contract, invoices } = yearOf(id, id === 'online-business-manager' ? 'fr' : 'en');
    const review = performanceReview(invoices);
    const plan = performanceSheetPlan(review, invoices);
    const grid = planToGrid(plan);
    const tableRows = grid.slice(3, 3 + review.rows.length);

    it('prints every KPI of every invoice with the outcome and amount of the invoice', () => {
      const evidence = invoices.flatMap((inv) => inv.evidence.map((e) => ({ inv, e })));
      expect(tableRows).toHaveLength(evidence.length);
      for (const { inv, e } of evidence) {
        const row = tableRows.find((r) => r[0] === e.clause.name && r[1] === inv.number);
        expect(row).toBeDefined();
        expect(row?.[5]).toBe(e.outcome);
        expect(row?.[7]).toBe(toHostNumber(e.amount));
        const line = inv.lines.find((l) => l.kpi === e.clause.name);
        if (line) expect(row?.[7]).toBe(toHostNumber(line.amount));
        const status = review.rows.find(
          (r) => r.kpi.name === e.clause.name && r.invoice === inv.number,
        )?.status;
        // The review counts what the engine judged, whatever words decorate the outcome.
        if (e.status !== undefined && e.notEvaluated === undefined) expect(status).toBe(e.status);
      }
    });

    it('counts the misses per KPI and sums their amounts with formulas that hold', () => {
      for (const r of formulaResults(plan)) expect([r.cell, r.evaluated]).toEqual([r.cell, r.cached]);
      const missed = review.rows.filter((r) => r.status === 'missed').length;
      expect(review.misses.reduce((n, m) => n + m.missed, 0)).toBe(missed);
    });

    it('draws one chart per KPI over that KPI rows, and highlights met and missed', () => {
      expect(plan.charts?.map((c) => c.title.split(/\s?:/)[0])).toEqual(review.misses.map((m) => m.kpi.name));
      for (const chart of plan.charts ?? []) {
        const names = grid
          .slice(chart.categories.row, chart.categories.row + chart.categories.rows)
          .map((r) => r[0]);
        expect(new Set(names).size).toBe(1);
        expect(chart.title.startsWith(String(names[0]))).toBe(true);
      }
      expect(plan.conditionalFormats?.map((f) => f.equals)).toEqual(
        contract.language === 'fr' ? ['atteint', 'manqué'] : ['met', 'missed'],
      );
    });

    it('gives each period a weighted achievement between 0 and 1', () => {
      expect(review.achievement).toHaveLength(invoices.filter((i) => i.evidence.length > 0).length);
      for (const a of review.achievement) expect(a.score.gte(0) && a.score.lte(1)).toBe(true);
    });
  },
);

describe('outcome-fees review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'of-review-'));
  const { contract, csv } = yearOf('bpo-customer-service');
  const contractFile = join(dir, 'c.json');
  const actualsFile = join(dir, 'a.csv');
  writeFileSync(contractFile, JSON.stringify(contractToJson(contract)));
  writeFileSync(actualsFile, csv);

  it('writes a Performance sheet with its met/missed highlights', async () => {
    const out = join(dir, 'review.xlsx');
    const run = await runCli([
      'review',
      '--contract',
      contractFile,
      '--actuals',
      actualsFile,
      '--period',
      '2026-01..2026-12',
      '-o',
      out,
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
    // Every clause of the contract is evaluated on some invoice of the year.
    expect(run.out).toMatch(
      new RegExp(`^Wrote .*review\\.xlsx: ${contract.kpis.length} KPIs over 12 invoices, \\d+ miss`),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Performance');
    expect(sheet?.getCell('A3').value).toBe('KPI');
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    // Met and missed highlight the status column of every KPI row (row 4 to the table's last).
    let last = 4;
    while (sheet?.getCell(`A${last + 1}`).value) last += 1;
    expect(last).toBeGreaterThanOrEqual(3 + 36);
    expect(formats.map((f) => f.ref)).toEqual([`G4:G${last}`, `G4:G${last}`]);
  });

  it('prints the review as JSON, and refuses a range that leaves the contract', async () => {
    const run = await runCli([
      'review',
      '--contract',
      contractFile,
      '--actuals',
      actualsFile,
      '--period',
      '2026-01..2026-03',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).rows).toHaveLength(9);
    const year = await runCli([
      'review',
      '--contract',
      contractFile,
      '--actuals',
      actualsFile,
      '--period',
      '2026-01..2026-12',
      '--json',
    ]);
    // The year's invoices cap some bonuses or maluses: the caps are given, in minor units, beside the rows.
    const { caps } = JSON.parse(year.out) as { caps: { kind: string; amount: string }[] };
    expect(caps.length).toBeGreaterThan(0);
    for (const cap of caps)
      expect(cap).toEqual({
        kind: expect.stringMatching(/^(bonus|malus|sla)-cap|earnback$/),
        amount: expect.stringMatching(/^-?\d+\.\d\d$/),
      });
    const bad = await runCli([
      'review',
      '--contract',
      contractFile,
      '--actuals',
      actualsFile,
      '--period',
      '2025-11..2026-03',
    ]);
    expect(bad).toMatchObject({ code: 1, err: expect.stringContaining('2025-11 is outside the contract') });
  });
});
