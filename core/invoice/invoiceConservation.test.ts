/**
 * Conservation of cents on random contracts (not only the templates): random currencies (2, 0 and 3
 * minor digits), rounding rules, fees and caps with digits finer than the minor unit, clause caps and
 * floors, service levels whose credits overflow the at-risk pool, earnbacks. Whatever they are, every
 * printed line is at the minor unit, totals are exact sums of printed lines, a cap never lets through
 * more than it allows (and lets through exactly that when it cuts), and an earnback refunds exactly what
 * was deducted.
 */
import fc from 'fast-check';
import { buildActuals, type ActualEntry } from '../contract/actuals';
import type {
  AmountRule,
  BonusMalusClause,
  Contract,
  GainShareClause,
  KpiClause,
  SlaCreditClause,
} from '../contract/types';
import { ROUNDING_RULES, ZERO, dec, decSum, minorUnitDigits, moneyLimit, type Dec } from '../money';
import { buildInvoice } from './buildInvoice';
import { ruleAmount } from './caps';
import type { Invoice, InvoiceLine } from './types';

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

/** A decimal from 0 to `max` with up to `digits` decimals. */
const decimal = (max: number, digits: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: max * 10 ** digits }), fc.integer({ min: 0, max: digits }))
    .map(([n, d]) =>
      dec(n)
        .div(10 ** digits)
        .toDecimalPlaces(d),
    );

const amountRule = (maxAmount: number, maxPercent: number): fc.Arbitrary<AmountRule> =>
  fc.oneof(
    decimal(maxAmount, 4).map((amount) => ({ amount })),
    decimal(maxPercent * 1e6, 0).map((n) => ({ percentOfBase: n.div(1e6) })),
  );

const bonusMalusClause = (i: number): fc.Arbitrary<BonusMalusClause> =>
  fc
    .record({
      direction: fc.constantFrom('higher' as const, 'lower' as const),
      target: decimal(100, 1),
      bonusRate: decimal(5000, 3),
      malusRate: decimal(5000, 3),
      tolerance: decimal(5, 1),
      bonusCap: fc.option(decimal(20000, 3), { nil: undefined }),
      malusCap: fc.option(decimal(20000, 3), { nil: undefined }),
    })
    .map((c) => ({
      ...c,
      name: `BM${i}`,
      measure: '',
      unit: 'count',
      period: 'monthly',
      model: 'bonus-malus',
    }));

const gainShareClause = (i: number): fc.Arbitrary<GainShareClause> =>
  fc
    .record({
      direction: fc.constantFrom('higher' as const, 'lower' as const),
      baseline: decimal(100, 1),
      share: decimal(500, 3),
      bonusCap: fc.option(decimal(20000, 3), { nil: undefined }),
      floor: fc.option(
        decimal(20000, 3).map((f) => f.neg()),
        { nil: undefined },
      ),
    })
    .map((c) => ({
      ...c,
      name: `GS${i}`,
      measure: '',
      unit: 'count',
      period: 'monthly',
      model: 'gain-share',
    }));

const slaClause = (i: number): fc.Arbitrary<SlaCreditClause> =>
  fc
    .record({
      threshold: fc.integer({ min: 90, max: 99 }).map((n) => dec(n).div(100)),
      allocation: fc.integer({ min: 1, max: 10000 }).map((n) => dec(n).div(10000)),
    })
    .map((c) => ({
      ...c,
      name: `SL${i}`,
      measure: '',
      unit: 'percent',
      direction: 'higher',
      period: 'monthly',
      model: 'sla-credit',
    }));

const contractArb: fc.Arbitrary<Contract> = fc
  .record({
    currency: fc.constantFrom('EUR', 'JPY', 'KWD'),
    rounding: fc.constantFrom(...ROUNDING_RULES),
    vatRate: decimal(2500, 0).map((n) => n.div(10000)),
    fixed: fc.array(decimal(500000, 4), { minLength: 1, maxLength: 2 }),
    bonusMalus: fc.integer({ min: 0, max: 3 }),
    gainShares: fc.integer({ min: 0, max: 2 }),
    slas: fc.integer({ min: 0, max: 4 }),
    bonusCap: fc.option(amountRule(30000, 0.1), { nil: undefined }),
    malusCap: fc.option(amountRule(30000, 0.1), { nil: undefined }),
    atRisk: amountRule(30000, 0.3).filter((r) => ('amount' in r ? r.amount : r.percentOfBase).gt(ZERO)),
    basis: fc.constantFrom('base-fees' as const, 'fixed-fees' as const),
    earnbackPeriods: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  })
  .chain((shape) =>
    fc
      .tuple(
        fc.tuple(...Array.from({ length: shape.bonusMalus }, (_, i) => bonusMalusClause(i))),
        fc.tuple(...Array.from({ length: shape.gainShares }, (_, i) => gainShareClause(i))),
        fc.tuple(...Array.from({ length: shape.slas }, (_, i) => slaClause(i))),
      )
      .map(([bm, gs, sl]): Contract => {
        const kpis: KpiClause[] = [...bm, ...gs, ...sl];
        return {
          schema: 'outcome-fees/contract@1',
          id: 'random',
          name: 'Random contract',
          parties: { client: 'Client', provider: 'Provider' },
          currency: shape.currency,
          language: 'en',
          vatRate: shape.vatRate,
          frequency: 'monthly',
          firstPeriod: MONTHS[0],
          rounding: shape.rounding,
          fixedFees: shape.fixed.map((amount, i) => ({ label: `Fee ${i}`, amount })),
          volumes: [],
          kpis,
          caps: {
            ...(shape.bonusCap ? { bonus: shape.bonusCap } : {}),
            ...(shape.malusCap ? { malus: shape.malusCap } : {}),
          },
          ...(sl.length > 0 ? { sla: { atRisk: shape.atRisk, basis: shape.basis } } : {}),
          ...(sl.length > 0 && shape.earnbackPeriods ? { earnback: { periods: shape.earnbackPeriods } } : {}),
        };
      }),
  );

/** Random values for every month; with `laterMet`, service levels miss only in the first month. */
function actualsArb(contract: Contract, laterMet: boolean) {
  const value = (clause: KpiClause, month: number) =>
    clause.model === 'sla-credit'
      ? laterMet && month > 0
        ? fc.constant(dec(1))
        : fc.integer({ min: 80, max: 100 }).map((n) => dec(n).div(100))
      : decimal(150, 2);
  return fc.tuple(...MONTHS.map((_, m) => fc.tuple(...contract.kpis.map((k) => value(k, m))))).map((months) =>
    buildActuals(
      months.flatMap((values, m) =>
        values.map((v, k): ActualEntry => ({
          period: MONTHS[m],
          kind: 'kpi',
          name: contract.kpis[k].name,
          value: v,
        })),
      ),
    ),
  );
}

const sumOf = (lines: readonly InvoiceLine[], kinds: readonly string[]) =>
  decSum(lines.filter((l) => kinds.includes(l.kind)).map((l) => l.amount));

function invoiceOf(contract: Contract, actuals: ReturnType<typeof buildActuals>, month: string): Invoice {
  const result = buildInvoice(contract, actuals, month);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** A cap (exact) on `total` with its cap line `cut`: never more than the cap, exactly its limit when cut. */
function expectCapHolds(total: Dec, cut: Dec, cap: Dec, currency: string) {
  expect(total.plus(cut).lte(cap)).toBe(true);
  if (!cut.isZero()) expect(total.plus(cut).eq(moneyLimit(cap, currency))).toBe(true);
}

function checkInvoice(contract: Contract, invoice: Invoice) {
  const { currency } = contract;
  const digits = minorUnitDigits(currency);
  for (const line of [...invoice.lines, invoice.vat])
    expect(line.amount.decimalPlaces()).toBeLessThanOrEqual(digits);
  expect(invoice.subtotal.eq(decSum(invoice.lines.map((l) => l.amount)))).toBe(true);
  expect(invoice.total.eq(invoice.subtotal.plus(invoice.vat.amount))).toBe(true);

  const base = sumOf(invoice.lines, ['fixed']);
  const kpi = invoice.lines.filter((l) => l.kind === 'kpi-adjustment' || l.kind === 'kpi-fee');
  const bonuses = decSum(kpi.map((l) => l.amount).filter((a) => a.gt(ZERO)));
  const maluses = decSum(kpi.map((l) => l.amount).filter((a) => a.lt(ZERO)));
  if (contract.caps.bonus)
    expectCapHolds(
      bonuses,
      sumOf(invoice.lines, ['bonus-cap']),
      ruleAmount(contract.caps.bonus, base),
      currency,
    );
  if (contract.caps.malus)
    expectCapHolds(
      maluses.neg(),
      sumOf(invoice.lines, ['malus-cap']).neg(),
      ruleAmount(contract.caps.malus, base),
      currency,
    );
  for (const clause of contract.kpis) {
    const line = kpi.find((l) => l.kpi === clause.name);
    if (!line) continue;
    const high =
      clause.model === 'bonus-malus' || clause.model === 'gain-share' ? clause.bonusCap : undefined;
    const low =
      clause.model === 'bonus-malus'
        ? clause.malusCap?.neg()
        : clause.model === 'gain-share'
          ? (clause.floor ?? ZERO)
          : undefined;
    if (high !== undefined) expect(line.amount.lte(high)).toBe(true);
    if (low !== undefined) expect(line.amount.gte(low)).toBe(true);
  }
  if (contract.sla) {
    const credits = sumOf(invoice.lines, ['sla-credit']).neg();
    expectCapHolds(
      credits,
      sumOf(invoice.lines, ['sla-cap']).neg(),
      ruleAmount(contract.sla.atRisk, base),
      currency,
    );
  }
}

describe('invoices of random contracts', () => {
  it('print minor units, add up exactly, and hold every cap to what it allows', () => {
    fc.assert(
      fc.property(
        contractArb.chain((c) => actualsArb(c, false).map((a) => [c, a] as const)),
        ([contract, actuals]) => {
          for (const month of MONTHS) {
            const invoice = invoiceOf(contract, actuals, month);
            checkInvoice(contract, invoice);
            // A refund is never more than the credit it refunds.
            for (const refund of invoice.lines.filter((l) => l.kind === 'earnback')) {
              const earlier = invoiceOf(
                contract,
                actuals,
                MONTHS[MONTHS.indexOf(month) - contract.earnback!.periods],
              );
              const credit = earlier.lines.find((l) => l.kind === 'sla-credit' && l.kpi === refund.kpi)!;
              expect(refund.amount.gt(ZERO) && refund.amount.lte(credit.amount.neg())).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refund on earnback exactly what was deducted, to the minor unit, cap or no cap', () => {
    const withEarnback = contractArb.filter((c) => c.earnback !== undefined);
    fc.assert(
      fc.property(
        withEarnback.chain((c) => actualsArb(c, true).map((a) => [c, a] as const)),
        ([contract, actuals]) => {
          const credited = invoiceOf(contract, actuals, MONTHS[0]);
          const deducted = sumOf(credited.lines, ['sla-credit', 'sla-cap']).neg();
          const refunding = invoiceOf(contract, actuals, MONTHS[contract.earnback!.periods]);
          expect(sumOf(refunding.lines, ['earnback']).toFixed()).toBe(deducted.toFixed());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('escalated credits of random contracts', () => {
  /** The contract's service levels with repeat-failure escalation: × factor from `escalateAt` misses on. */
  const escalated = contractArb
    .filter((c) => c.earnback !== undefined)
    .chain((c) =>
      fc
        .record({
          repeat: fc.integer({ min: 2, max: 3 }),
          at: fc.integer({ min: 1, max: 3 }),
          factor: fc.integer({ min: 101, max: 300 }).map((n) => dec(n).div(100)),
        })
        .map(({ repeat, at, factor }): [Contract, Contract] => [
          c,
          {
            ...c,
            kpis: c.kpis.map((k) =>
              k.model === 'sla-credit'
                ? {
                    ...k,
                    repeatPeriods: dec(repeat),
                    escalateAt: dec(Math.min(at, repeat)),
                    escalationFactor: factor,
                  }
                : k,
            ),
          },
        ]),
    );
  /** Service levels at random in the first three months, met from the fourth on. */
  const actualsFor = (contract: Contract) =>
    fc.tuple(...MONTHS.map((_, m) => fc.tuple(...contract.kpis.map((k) => slaValue(k, m))))).map((months) =>
      buildActuals(
        months.flatMap((values, m) =>
          values.map((value, k): ActualEntry => ({
            period: MONTHS[m],
            kind: 'kpi',
            name: contract.kpis[k].name,
            value,
          })),
        ),
      ),
    );
  const slaValue = (clause: KpiClause, month: number) =>
    clause.model !== 'sla-credit'
      ? decimal(150, 2)
      : month > 2
        ? fc.constant(dec(1))
        : fc.integer({ min: 80, max: 100 }).map((n) => dec(n).div(100));

  // March's credits, escalated by January's and February's misses: never less than without escalation,
  // capped at the at-risk amount as any, and refunded to the cent by the earnback.
  it('are never smaller than the plain credits, hold the at-risk cap, and are refunded exactly', () => {
    fc.assert(
      fc.property(
        escalated.chain(([plain, withEscalation]) =>
          actualsFor(plain).map((actuals) => [plain, withEscalation, actuals] as const),
        ),
        ([plain, contract, actuals]) => {
          const credited = invoiceOf(contract, actuals, MONTHS[2]);
          checkInvoice(contract, credited);
          const before = invoiceOf(plain, actuals, MONTHS[2]);
          for (const line of credited.lines.filter((l) => l.kind === 'sla-credit')) {
            const unescalated = before.lines.find((l) => l.kind === 'sla-credit' && l.kpi === line.kpi)!;
            expect(line.amount.lte(unescalated.amount)).toBe(true);
          }
          const deducted = sumOf(credited.lines, ['sla-credit', 'sla-cap']).neg();
          const refunding = invoiceOf(contract, actuals, MONTHS[2 + contract.earnback!.periods]);
          expect(sumOf(refunding.lines, ['earnback']).toFixed()).toBe(deducted.toFixed());
        },
      ),
      { numRuns: 150 },
    );
  });
});
