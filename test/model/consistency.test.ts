/**
 * Every modelling capability agrees with `invoice` on every template and sample period: the same engine,
 * seen from scenarios, curves, exposure, comparison and forecasts.
 */
import { invoicePeriods } from '../../core/contract/period';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import type { Invoice } from '../../core/invoice/types';
import { compareRow } from '../../core/model/compare';
import { exposure } from '../../core/model/exposure';
import { feeCurve, kpiAmount } from '../../core/model/feeCurve';
import { forecast, type DeclaredDistribution } from '../../core/model/forecast';
import { dueClauses, priceScenario, scenarioOfPeriod } from '../../core/model/scenario';
import type { Distribution } from '../../core/model/distribution';
import { ZERO, decSum, type Dec } from '../../core/money';
import { TEMPLATES } from '../../core/templates';

const cases = TEMPLATES.flatMap((template) => {
  const contract = template.contract();
  const actuals = template.actuals();
  return invoicePeriods(contract, actuals).map((period) => ({ id: template.id, contract, actuals, period }));
});

function invoiceOf(result: ReturnType<typeof buildInvoice>): Invoice {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe.each(cases)('$id $period', ({ contract, actuals, period }) => {
  const invoice = invoiceOf(buildInvoice(contract, actuals, period));
  const values = scenarioOfPeriod(contract, actuals, period);
  const place = { period, history: actuals };

  test("a scenario of the period's actuals prices exactly like the invoice", () => {
    expect(invoiceToJson(invoiceOf(priceScenario(contract, values, place)))).toEqual(invoiceToJson(invoice));
  });

  test("the curve at the actual value equals the invoice's line", () => {
    for (const clause of dueClauses(contract, place)) {
      const actual = values.kpis.get(clause.name)!;
      const curve = feeCurve(contract, values, clause.name, [actual], place);
      if (!curve.ok) throw new Error(curve.problems.join('\n'));
      const line = decSum(invoice.lines.filter((l) => l.kpi === clause.name).map((l) => l.amount));
      expect(curve.points[0].amount.toFixed()).toBe(line.toFixed());
      expect(curve.points[0].amount.toFixed()).toBe(kpiAmount(invoice, clause.name).toFixed());
      expect(curve.points[0].total.toFixed()).toBe(invoice.total.toFixed());
    }
  });

  test('the invoiced total lies within the exposure, whose bounds the reported values reach', () => {
    const result = exposure(contract, values, place);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { min, max } = result.exposure;
    if (min) expect(invoice.total.gte(min.total)).toBe(true);
    if (max) expect(invoice.total.lte(max.total)).toBe(true);
    for (const bound of [min, max]) {
      if (!bound) continue;
      const reached = invoiceOf(priceScenario(contract, { ...values, kpis: new Map(bound.values) }, place));
      expect(reached.total.toFixed()).toBe(bound.total.toFixed());
      expect(reached.subtotal.toFixed()).toBe(bound.subtotal.toFixed());
    }
  });

  test('a contract compared with itself differs by 0, line kind by line kind', () => {
    const row = compareRow(period, [invoice, invoiceOf(buildInvoice(contract, actuals, period))]);
    expect(row.difference.isZero()).toBe(true);
    expect(row.kinds.length).toBeGreaterThan(0);
    for (const kind of row.kinds) expect(kind.difference.isZero()).toBe(true);
  });
});

describe.each(TEMPLATES.map((t) => ({ id: t.id, template: t })))('forecast of $id', ({ template }) => {
  const contract = template.contract();
  const history = template.actuals();
  const months = [...history.periods.keys()];
  const options = { from: months[0], to: months[months.length - 1], simulations: 200, seed: 7, history };

  test('is identical for the same seed, differs for another, and keeps P10 ≤ P50 ≤ P90', () => {
    const a = forecast(contract, options);
    const b = forecast(contract, options);
    if (!a.ok || !b.ok) throw new Error('forecast failed');
    expect(JSON.stringify(a.forecast)).toBe(JSON.stringify(b.forecast));
    const spread = a.forecast.periods.some((s) => !s.p10.eq(s.p90));
    const other = forecast(contract, { ...options, seed: 8 });
    if (!other.ok) throw new Error('forecast failed');
    // A history whose months all price alike cannot tell two seeds apart.
    if (spread) expect(JSON.stringify(other.forecast)).not.toBe(JSON.stringify(a.forecast));
    for (const s of [...a.forecast.periods, a.forecast.total]) {
      expect(s.p10.lte(s.p50) && s.p50.lte(s.p90)).toBe(true);
    }
    expect(a.forecast.total.budgetAtRisk.toFixed()).toBe(
      a.forecast.total.p90.minus(a.forecast.total.mean).toFixed(),
    );
  });

  test.each(['triangular', 'normal'] as const)(
    'with every distribution collapsed to one month (%s), equals the deterministic invoice',
    (shape) => {
      // Each month's values declared as degenerate triangles (pessimistic = likely = optimistic) of that
      // month, or as normals of that mean and a standard deviation of 0.
      const collapsed = (value: Dec): Distribution =>
        shape === 'triangular'
          ? { kind: 'triangular', pessimistic: value, likely: value, optimistic: value }
          : { kind: 'normal', mean: value, sd: ZERO };
      for (const period of invoicePeriods(contract, history)) {
        const at = history.periods.get(period)!;
        const declared: DeclaredDistribution[] = [
          ...(at.hours !== undefined ? [{ kind: 'hours' as const, name: '', value: at.hours }] : []),
          ...[...at.volumes].map(([name, value]) => ({ kind: 'volume' as const, name, value })),
          ...[...at.kpis].map(([name, value]) => ({ kind: 'kpi' as const, name, value })),
        ].map(({ kind, name, value }) => ({ kind, name, distribution: collapsed(value) }));
        const due = new Set(declared.map((d) => `${d.kind}|${d.name}`));
        // Measures the month does not hold (a quarterly KPI off its quarter) are drawn from history; they
        // play no part in this invoice.
        const result = forecast(contract, { ...options, from: period, to: period, declared });
        if (!result.ok) throw new Error(result.problems.join('\n'));
        const invoice = invoiceOf(buildInvoice(contract, history, period));
        expect(due.size).toBe(declared.length);
        // Earnbacks depend on earlier months, which the forecast keeps from the history.
        expect(result.forecast.periods[0].mean.toFixed()).toBe(invoice.total.toFixed());
        expect(result.forecast.periods[0].p10.toFixed()).toBe(invoice.total.toFixed());
        expect(result.forecast.periods[0].p90.toFixed()).toBe(invoice.total.toFixed());
      }
    },
  );
});
