import { actualsToCsv } from '../contract/csv';
import type { Period } from '../contract/types';
import { performanceSheetPlan } from '../layout/performanceSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates';
import { invoicesOf } from './batch';
import { performanceReview } from './review';

/** The BPO template's October with FCR replaced by `fcr` (target 75 %, neutral band ±1 point, gated by CSAT). */
function octoberWithFcr(fcr: string, lang: 'en' | 'fr') {
  const contract = bpoCustomerService.contract(lang);
  const csv = actualsToCsv(contract, bpoCustomerService.actuals(lang)).replace(
    /^2026-10,(kpi|indicateur),FCR,[^\n]*$/m,
    `2026-10,$1,FCR,${fcr}`,
  );
  const run = invoicesOf(contract, { csv, file: 'a.csv' }, ['2026-10' as Period]);
  if (!run.ok) throw new Error(run.problems.join('\n'));
  return performanceReview(run.invoices).rows.find((r) => r.kpi.name === 'FCR')!;
}

describe('review status of a decorated outcome (a gate held, in both languages)', () => {
  it.each(['en', 'fr'] as const)(
    '%s: inside the neutral band below target is neutral, not missed',
    (lang) => {
      // 74.5 % is 0.5 point under the 75 % target, inside the ±1 point band: no bonus, no malus.
      const row = octoberWithFcr('0.745', lang);
      expect(row.outcome).toMatch(/,/); // decorated by the gate: not one of the bare outcome words
      expect(row.amount.isZero()).toBe(true);
      expect(row.status).toBe('neutral');
      expect(row.score?.toFixed()).toBe('1');
    },
  );

  it.each(['en', 'fr'] as const)('%s: beyond the band is a bonus (met) or a malus (missed)', (lang) => {
    expect(octoberWithFcr('0.80', lang).status).toBe('met');
    const missed = octoberWithFcr('0.70', lang);
    expect(missed.status).toBe('missed');
    expect(missed.amount.isNegative()).toBe(true);
    expect(missed.score?.toFixed()).toBe('0');
  });
});

describe('review of a KPI aggregated over a quarter', () => {
  it.each(['en', 'fr'] as const)(
    '%s: its row names the window and the aggregation, as the invoice evidence does',
    (lang) => {
      const monthly = bpoCustomerService.contract(lang);
      const contract = {
        ...monthly,
        frequency: 'quarterly' as const,
        kpis: monthly.kpis.map((k) => ({ ...k, aggregation: 'average' as const })),
      };
      const csv = actualsToCsv(monthly, bpoCustomerService.actuals(lang));
      const run = invoicesOf(contract, { csv, file: 'a.csv' }, ['2026-10' as Period]);
      if (!run.ok) throw new Error(run.problems.join('\n'));
      const review = performanceReview(run.invoices);
      const fcr = review.rows.find((r) => r.kpi.name === 'FCR')!;
      expect(fcr.month).toBe('2026-12');
      expect(fcr.aggregate).toEqual({ kind: 'average', window: ['2026-10', '2026-11', '2026-12'] });
      // (77.4 + 81 + 69) / 3 = 75.8 %.
      expect(fcr.actual?.toFixed()).toBe('0.758');
      const grid = planToGrid(performanceSheetPlan(review, run.invoices));
      const row = grid.find((r) => r[0] === 'FCR')!;
      expect(row[2]).toBe(lang === 'en' ? '2026-10 – 2026-12, average' : '2026-10 – 2026-12, moyenne');
    },
  );
});

describe('the invoice-level caps over the range', () => {
  /** The BPO template's sample months: November's bonuses (FCR, response times, Black Friday) are capped. */
  function sampleMonths(lang: 'en' | 'fr') {
    const contract = bpoCustomerService.contract(lang);
    const csv = actualsToCsv(contract, bpoCustomerService.actuals(lang));
    const run = invoicesOf(contract, { csv, file: 'a.csv' }, [
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ] as Period[]);
    if (!run.ok) throw new Error(run.problems.join('\n'));
    return run.invoices;
  }

  it('are in the review with what they changed, so the KPI amounts are not read as what was paid', () => {
    const invoices = sampleMonths('en');
    const review = performanceReview(invoices);
    const capped = invoices.flatMap((i) => i.lines).filter((l) => l.kind === 'bonus-cap');
    expect(capped.map((l) => l.amount.toFixed())).toEqual(['-2200']);
    expect(review.caps.map((c) => [c.kind, c.amount.toFixed()])).toEqual([
      ['bonus-cap', '-2200'],
      ['malus-cap', '1691.8'],
    ]);
  });

  it.each([
    ['en', 'Bonus caps', "KPI amounts are each clause's on its invoice, before the invoice's caps"],
    [
      'fr',
      'Plafonds de bonus',
      'Les montants des KPI sont ceux de chaque clause sur sa facture, avant les plafonds',
    ],
  ] as const)(
    '%s: the Performance sheet gives them under the misses per KPI, and says so',
    (lang, label, note) => {
      const invoices = sampleMonths(lang);
      const review = performanceReview(invoices);
      const grid = planToGrid(performanceSheetPlan(review, invoices));
      const row = grid.findIndex((r) => r[0] === label);
      expect(row).toBeGreaterThan(0);
      expect(grid[row].slice(0, 4)).toEqual([label, null, null, -2200]);
      // Right under the KPIs' own rows of the misses table.
      expect(grid[row - 1][0]).toBe(review.misses[review.misses.length - 1].kpi.name);
      expect(
        grid.some((r) => typeof r[0] === 'string' && r[0].replace(/[\u202f\u00a0]/g, ' ').includes(note)),
      ).toBe(true);
    },
  );
});

describe('a month the parties excluded (force majeure)', () => {
  /** The BPO template's October with CSAT excluded for an outage, its value kept as evidence or not. */
  function october(keepValue: boolean) {
    const contract = bpoCustomerService.contract('en');
    const csv = actualsToCsv(contract, bpoCustomerService.actuals('en')).replace(
      /^2026-10,kpi,CSAT,[^\n]*$/m,
      `${keepValue ? '2026-10,kpi,CSAT,0.912\n' : ''}2026-10,excluded,CSAT,client-caused outage`,
    );
    const run = invoicesOf(contract, { csv, file: 'a.csv' }, ['2026-09', '2026-10'] as Period[]);
    if (!run.ok) throw new Error(run.problems.join('\n'));
    return { review: performanceReview(run.invoices), invoices: run.invoices };
  }

  it.each([true, false])(
    'is listed as not evaluated, and counts in neither the evaluations nor the achievement (value kept: %s)',
    (keepValue) => {
      const { review, invoices } = october(keepValue);
      const csat = review.rows.filter((r) => r.kpi.name === 'CSAT');
      expect(csat.map((r) => [r.invoice, r.status])).toEqual([
        ['bpo-customer-service-2026-09', 'missed'],
        ['bpo-customer-service-2026-10', 'neutral'],
      ]);
      expect(csat[1].notEvaluated).toMatch(/client-caused outage/);
      expect(csat[1].actual?.toFixed()).toBe(keepValue ? '0.912' : undefined);
      expect(review.misses.find((m) => m.kpi.name === 'CSAT')).toMatchObject({ evaluated: 1, missed: 1 });
      // September: FCR neutral (1), response time met (1), CSAT missed (0): 2/3. October is FCR's and the
      // response time's alone, met (1) and missed (0): 1/2.
      expect(review.achievement.map((a) => a.score.toFixed(6))).toEqual(['0.666667', '0.500000']);
      const grid = planToGrid(performanceSheetPlan(review, invoices));
      const row = grid.find((r) => r[0] === 'CSAT' && r[1] === 'bpo-customer-service-2026-10')!;
      expect(row[3]).toBe(keepValue ? 0.912 : null);
      expect(row[6]).toBe('neutral');
    },
  );
});
