/**
 * Conservation and caps on random months of every template: whatever the actuals, an invoice prints lines
 * rounded to the minor unit, its totals are the exact sums of what it prints, caps hold, and the sheet's
 * SUM formulas cover exactly the printed amounts.
 */
import fc from 'fast-check';
import { buildActuals, type ActualEntry } from '../contract/actuals';
import { monthsRead } from '../contract/invoiceActuals';
import type { Contract, Period } from '../contract/types';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { decSum, dec, minorUnitDigits, ZERO } from '../money';
import { TEMPLATES } from '../templates';
import { buildInvoice } from './buildInvoice';
import { ruleAmount } from './caps';

const PERIOD: Period = '2026-12';

/** Values of the right magnitude for each unit, with up to 4 decimals. */
function kpiValue(unit: string) {
  const scaled = (max: number) => fc.integer({ min: 0, max: max * 10000 }).map((n) => dec(n).div(10000));
  return unit === 'percent' ? scaled(1) : unit === 'currency' ? scaled(400000) : scaled(50);
}

/** Random actuals for every month the invoice of PERIOD reads. */
function actualsFor(contract: Contract) {
  // Every month the invoice reads: its own, an aggregated KPI's window, a revision's index month.
  const months = monthsRead(contract, PERIOD)!;
  const kpis = contract.kpis.map((k) => kpiValue(k.unit).map((value) => ({ k, value })));
  const volumes = contract.volumes.map((v) =>
    fc.integer({ min: 0, max: 200000 }).map((n) => ({ v, value: dec(n) })),
  );
  const hours = fc.integer({ min: 0, max: 3000 }).map((n) => dec(n).div(10));
  // Any index a revision accepts: from half to double the base the prices are stated at.
  const base = contract.indexation?.base ?? dec(280);
  const index = fc.integer({ min: 5000, max: 20000 }).map((n) => base.times(n).div(10000));
  return fc.tuple(fc.tuple(...kpis), fc.tuple(...volumes), hours, index).map(([k, v, h, s]) => {
    const entries: ActualEntry[] = [];
    for (const month of months) {
      for (const { k: clause, value } of k)
        entries.push({ period: month, kind: 'kpi', name: clause.name, value });
      for (const { v: volume, value } of v)
        entries.push({ period: month, kind: 'volume', name: volume.name, value });
      if (contract.hourly) entries.push({ period: month, kind: 'hours', name: '', value: h });
      const name = contract.indexation?.index;
      if (name !== undefined) entries.push({ period: month, kind: 'index', name, value: s });
    }
    return buildActuals(entries);
  });
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))(
  'invoices of %s on random actuals',
  (_id, template) => {
    const contract = template.contract(template.defaultLanguage);
    const digits = minorUnitDigits(contract.currency);

    it('print lines at the minor unit, totals that are exact sums of them, and caps that hold', () => {
      fc.assert(
        fc.property(actualsFor(contract), (actuals) => {
          const result = buildInvoice(contract, actuals, PERIOD);
          if (!result.ok) throw new Error(result.problems.join('\n'));
          const { invoice } = result;
          for (const line of [...invoice.lines, invoice.vat])
            expect(line.amount.decimalPlaces()).toBeLessThanOrEqual(digits);
          expect(invoice.subtotal.eq(decSum(invoice.lines.map((l) => l.amount)))).toBe(true);
          expect(invoice.total.eq(invoice.subtotal.plus(invoice.vat.amount))).toBe(true);

          const base = decSum(
            invoice.lines
              .filter((l) => ['fixed', 'hourly', 'volume', 'minimum'].includes(l.kind))
              .map((l) => l.amount),
          );
          const kpi = invoice.lines.filter((l) => l.kind === 'kpi-fee' || l.kind === 'kpi-adjustment');
          const capOf = (kind: string) =>
            decSum(invoice.lines.filter((l) => l.kind === kind).map((l) => l.amount));
          if (contract.caps.bonus) {
            const bonuses = decSum(kpi.map((l) => l.amount).filter((a) => a.gt(ZERO))).plus(
              capOf('bonus-cap'),
            );
            expect(bonuses.lte(ruleAmount(contract.caps.bonus, base))).toBe(true);
          }
          if (contract.caps.malus) {
            const maluses = decSum(kpi.map((l) => l.amount).filter((a) => a.lt(ZERO))).plus(
              capOf('malus-cap'),
            );
            expect(maluses.neg().lte(ruleAmount(contract.caps.malus, base))).toBe(true);
          }
          if (contract.sla) {
            // Credits are capped at the at-risk amount: what is deducted never exceeds it.
            const fixed = decSum(invoice.lines.filter((l) => l.kind === 'fixed').map((l) => l.amount));
            const charges = contract.sla.basis === 'fixed-fees' ? fixed : base;
            const deducted = capOf('sla-credit').plus(capOf('sla-cap')).neg();
            expect(deducted.gte(ZERO) && deducted.lte(ruleAmount(contract.sla.atRisk, charges))).toBe(true);
          }

          // The sheet: the subtotal formula sums exactly the printed line cells, whose values are the lines.
          const plan = invoiceSheetPlan(invoice);
          const lines = plan.blocks[1];
          expect(lines.values.map((row) => row[5])).toEqual(
            invoice.lines.map((l) => Number(l.amount.toFixed(digits))),
          );
          const totals = plan.blocks[2];
          expect(totals.formulas![0][5]).toBe(`=SUM(F${lines.row + 1}:F${lines.row + invoice.lines.length})`);
        }),
        { numRuns: 300 },
      );
    });
  },
);
