/**
 * A gate KPI time-boxed to some months (a Black Friday CSAT) has a value only in them: the actuals refuse
 * one in any other month. Gating a clause evaluated outside those months, or a volume (priced on every
 * invoice), made those invoices impossible to build, and the contract check said nothing. The check now
 * refuses it at the gate, naming both clauses and the months in words, from JSON and from the Contract sheet.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../test/cli/runCli';
import {
  ahtClause,
  csatClause,
  csvInvoice,
  plain,
  testContractJson,
  contractProblems,
} from '../../test/support/testContract';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { contractFromSheet } from './fromSheet';
import { parseContract } from './json';
import type { Language } from './types';

const csatBf = (terms: Record<string, unknown> = {}) => ({
  ...csatClause({ model: 'threshold', threshold: '0.8', amount: '100', activeMonths: ['2026-11'] }),
  name: 'CSAT BF',
  ...terms,
});

/** AU11's contract: the monthly AHT bonus-malus gated by a CSAT evaluated only in November 2026. */
const document = (aht: Record<string, unknown> = {}, csat: Record<string, unknown> = {}, fields = {}) =>
  testContractJson({
    kpis: [{ ...ahtClause({ gateKpi: 'CSAT BF', gateLevel: '0.85' }), ...aht }, csatBf(csat)],
    ...fields,
  });

const problems = contractProblems;

describe('a time-boxed gate KPI gates only what is evaluated in its months', () => {
  test.each<[Language, string]>([
    [
      'en',
      'kpis[0].gateKpi: gate "CSAT BF" is evaluated only in November 2026, but "AHT" is evaluated every month: those invoices would need a value of "CSAT BF" that no month can hold; time-box "AHT" to November 2026 or fewer months, or gate it on a KPI evaluated whenever it is',
    ],
    [
      'fr',
      'kpis[0].gateKpi : la condition « CSAT BF » n’est évaluée qu’en novembre 2026, mais « AHT » est évalué chaque mois : ces factures demanderaient une valeur de « CSAT BF » qu’aucun mois ne peut recevoir ; limitez « AHT » à novembre 2026 ou à moins de mois, ou conditionnez-le à un indicateur évalué chaque fois qu’il l’est',
    ],
  ])('a monthly clause gated by a November-only KPI is refused at its Gate KPI (%s)', (language, message) => {
    expect(problems(document({}, {}, { language }), language)).toEqual([message]);
  });

  test('a clause time-boxed beyond the gate names the months the gate cannot judge, in words', () => {
    const aht = { activeMonths: ['2026-10', '2026-11', '2026-12'] };
    expect(problems(document(aht, { activeMonths: ['2026-11'] }))).toEqual([
      expect.stringContaining(
        'gate "CSAT BF" is evaluated only in November 2026, but "AHT" is evaluated in October 2026, December 2026 too:',
      ),
    ]);
    // A quarterly clause is evaluated every quarter: said so, not "every month".
    const quarterly = document({ period: 'quarterly' }, {}, { frequency: 'quarterly' });
    expect(
      problems({ ...quarterly, kpis: quarterly.kpis.map((k) => ({ ...k, aggregation: 'average' })) }),
    ).toEqual([expect.stringContaining('but "AHT" is evaluated every quarter:')]);
  });

  test('a volume price gated by a time-boxed KPI is refused at the volume Gate KPI', () => {
    const doc = testContractJson({
      volumes: [
        { name: 'Contacts', unit: 'contact', unitPrice: '2.50', gateKpi: 'CSAT BF', gateLevel: '0.85' },
      ],
      kpis: [ahtClause(), csatBf()],
    });
    expect(problems(doc)).toEqual([
      'volumes[0].gateKpi: gate "CSAT BF" is evaluated only in November 2026, but the volume "Contacts" is priced on every invoice: the other invoices would need a value of "CSAT BF" that no month can hold; gate it on a KPI evaluated on every invoice',
    ]);
  });

  test('a clause time-boxed to the gate months or fewer keeps its gate, judged on November (golden)', () => {
    const doc = document(
      { activeMonths: ['2026-11'] },
      { activeMonths: ['2026-10', '2026-11'] },
      { lastPeriod: '2026-12' },
    );
    const result = parseContract(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // AHT 5 against a 6-minute target, lower is better: bonus (6 − 5) × 500 = €500.00, paid since CSAT BF
    // 0.9 reaches 0.85; CSAT BF 0.9 ≥ 0.8 pays its €100.00 threshold fee. Held gate: 500 + 100 = 600.
    const held = csvInvoice(
      result.value,
      '2026-11',
      'Period,Kind,Name,Value\n2026-11,kpi,AHT,5\n2026-11,kpi,CSAT BF,0.9\n',
    );
    expect(held.lines.map((l) => l.amount.toFixed(2))).toEqual(['500.00', '100.00']);
    // CSAT BF 0.84 < 0.85: the €500.00 bonus is withheld; 0.84 ≥ 0.8 still pays the €100.00 fee.
    const failed = csvInvoice(
      result.value,
      '2026-11',
      'Period,Kind,Name,Value\n2026-11,kpi,AHT,5\n2026-11,kpi,CSAT BF,0.84\n',
    );
    expect(failed.lines.map((l) => l.amount.toFixed(2))).toEqual(['0.00', '100.00']);
    // December has neither clause: the invoice builds with no KPI value at all (it could not before
    // when AHT was evaluated every month).
    expect(csvInvoice(result.value, '2026-12', 'Period,Kind,Name,Value\n').lines).toEqual([]);
  });

  test('the Contract sheet: the FCR bonus gated by the Black Friday clause is refused on its Gate KPI cell', () => {
    const grid = planToGrid(contractSheetPlan(bpoCustomerService.contract('en')));
    const row = grid.findIndex((r) => r[0] === 'FCR');
    const header = grid.slice(0, row).filter((r) => r.includes('Gate KPI'));
    const col = header[header.length - 1].indexOf('Gate KPI');
    grid[row][col] = 'Average response time Black Friday';
    const result = contractFromSheet(grid);
    expect(result.ok ? [] : result.issues.map((i) => [i.row, i.col, plain(i.message)])).toEqual([
      [
        row,
        col,
        expect.stringMatching(
          /^Contract!AA34 \(Gate KPI\): gate "Average response time Black Friday" is evaluated only in November 2026, but "FCR" is evaluated every month:/,
        ),
      ],
    ]);
  });

  test('outcome-fees check exits 1 with the place on the contract', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-gate-'));
    const contract = join(dir, 'contract.json');
    const actuals = join(dir, 'actuals.csv');
    writeFileSync(contract, JSON.stringify(document()));
    writeFileSync(actuals, 'Period,Kind,Name,Value\n2026-10,kpi,AHT,5\n');
    const run = await runCli(['check', '--contract', contract, '--actuals', actuals]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /^contract\.json: kpis\[0\]\.gateKpi: gate "CSAT BF" is evaluated only in November 2026, /m,
    );
  });
});

describe('property: an accepted time-boxed gate never leaves an invoice that cannot be built', () => {
  const YEAR = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  const months = fc.subarray(YEAR, { minLength: 1 });
  const cases = months.chain((gate) =>
    fc.tuple(
      fc.constant(gate),
      fc.oneof(fc.constant(undefined), fc.subarray(gate, { minLength: 1 }), months),
    ),
  );

  test('refused exactly when the gated clause is evaluated beyond the gate; else every month invoices', () => {
    let accepted = 0;
    fc.assert(
      // The gated clause: not time-boxed, within the gate's months, or any months.
      fc.property(cases, ([gateMonths, ahtMonths]) => {
        const aht = ahtMonths === undefined ? {} : { activeMonths: ahtMonths };
        const doc = document(aht, { activeMonths: gateMonths }, { lastPeriod: '2026-12' });
        const result = parseContract(doc);
        const within = ahtMonths !== undefined && ahtMonths.every((m) => gateMonths.includes(m));
        expect(result.ok).toBe(within);
        if (!result.ok) return;
        accepted += 1;
        // Only the values the actuals accept: each clause's own months.
        const rows = YEAR.flatMap((m) => [
          ...(ahtMonths!.includes(m) ? [`${m},kpi,AHT,5`] : []),
          ...(gateMonths.includes(m) ? [`${m},kpi,CSAT BF,0.9`] : []),
        ]);
        const csv = ['Period,Kind,Name,Value', ...rows].join('\n');
        for (const month of YEAR) expect(() => csvInvoice(result.value, month, csv)).not.toThrow();
      }),
      { numRuns: 40 },
    );
    // The second half is not vacuous: some contracts were accepted and invoiced month by month.
    expect(accepted).toBeGreaterThan(0);
  });
});
