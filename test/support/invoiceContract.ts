/**
 * Small contracts and actuals for invoice tests, built as the parsed types directly so that a test names
 * only the terms its case is about.
 */
import { buildActuals, type ActualEntry } from '../../core/contract/actuals';
import type { Actuals, Contract, KpiClause } from '../../core/contract/types';
import { dec } from '../../core/money';

/** A monthly EUR contract from 2026-01 with no VAT, one fixed fee of `fixed` and the given clauses. */
export function contractWith(
  fixed: string,
  kpis: readonly KpiClause[],
  overrides: Partial<Contract> = {},
): Contract {
  return {
    schema: 'outcome-fees/contract@1',
    id: 'case',
    name: 'Case',
    parties: { client: 'Client', provider: 'Provider' },
    currency: 'EUR',
    language: 'en',
    vatRate: dec(0),
    frequency: 'monthly',
    firstPeriod: '2026-01',
    rounding: 'half-away-from-zero',
    fixedFees: [{ label: 'Fixed fee', amount: dec(fixed) }],
    volumes: [],
    kpis,
    caps: {},
    ...overrides,
  };
}

/** KPI values by month: `{ '2026-01': { NPS: '-10' } }`; hours under the name `hours`. */
export function actualsOf(values: Record<string, Record<string, string>>): Actuals {
  const entries: ActualEntry[] = Object.entries(values).flatMap(([period, byName]) =>
    Object.entries(byName).map(([name, value]): ActualEntry =>
      name === 'hours'
        ? { period, kind: 'hours', name: '', value: dec(value) }
        : { period, kind: 'kpi', name, value: dec(value) },
    ),
  );
  return buildActuals(entries);
}

/** A bonus-malus clause on a count KPI, higher is better, no band and no caps unless given. */
export function bonusMalusClause(
  name: string,
  terms: { target: string; bonusRate: string; malusRate: string } & Partial<
    Record<'tolerance' | 'bonusCap' | 'malusCap', string>
  >,
  unit: KpiClause['unit'] = 'count',
): KpiClause {
  return {
    name,
    measure: '',
    unit,
    direction: 'higher',
    period: 'monthly',
    model: 'bonus-malus',
    target: dec(terms.target),
    bonusRate: dec(terms.bonusRate),
    malusRate: dec(terms.malusRate),
    tolerance: dec(terms.tolerance ?? '0'),
    ...(terms.bonusCap !== undefined ? { bonusCap: dec(terms.bonusCap) } : {}),
    ...(terms.malusCap !== undefined ? { malusCap: dec(terms.malusCap) } : {}),
  };
}

/** A service level on a percent KPI (higher is better) with its minimum and share of the at-risk pool. */
export function slaClause(name: string, minimum: string, allocation: string): KpiClause {
  return {
    name,
    measure: '',
    unit: 'percent',
    direction: 'higher',
    period: 'monthly',
    model: 'sla-credit',
    threshold: dec(minimum),
    allocation: dec(allocation),
  };
}
