/**
 * Contracts for tests, written as a contract file's JSON and parsed as one, so that a test states only
 * the fields its case is about and still exercises the schema.
 */
import { actualsFromCsv } from '../../core/contract/csv';
import { parseContract } from '../../core/contract/json';
import type { Contract, Language } from '../../core/contract/types';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import type { Invoice } from '../../core/invoice/types';

/** The header most test contracts share: monthly EUR from 2026-01, English, VAT 20 %. */
const HEADER = {
  schema: 'outcome-fees/contract@1',
  id: 'test',
  name: 'Test',
  parties: { client: 'Client', provider: 'Provider' },
  currency: 'EUR',
  language: 'en',
  vatRate: '0.20',
  frequency: 'monthly',
  firstPeriod: '2026-01',
};

/** A contract document: the header with `fields` laid over it (a field given replaces the header's). */
export function testContractJson<F extends object>(fields: F): Omit<typeof HEADER, keyof F> & F {
  return { ...HEADER, ...fields };
}

/** The parsed contract of `testContractJson(fields)`, or the test fails with the schema's issues. */
export function testContract(fields: object): Contract {
  return parsedContract(testContractJson(fields));
}

/** `document` parsed as it stands (nothing laid under it), or the test fails with the schema's issues. */
export function parsedContract(document: unknown): Contract {
  const result = parseContract(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The invoice of `period` on the actuals of a CSV file's text, or the test fails with why not. */
export function csvInvoice(contract: Contract, period: string, csv: string): Invoice {
  const actuals = actualsFromCsv(csv, contract);
  if (!actuals.ok) throw new Error(JSON.stringify(actuals.issues));
  const result = buildInvoice(contract, actuals.value, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** Explanations print narrow and no-break spaces in French: compared as plain spaces. */
export const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** The schema's messages on `document` read in `lang`, as plain text (none when it parses). */
export function contractProblems(document: unknown, lang: Language = 'en'): string[] {
  const result = parseContract(document, { lang });
  return result.ok ? [] : result.issues.map((i) => plain(i.message));
}

/** A monthly KPI clause: what it is called and measures, its unit and direction, then its model's terms. */
export function kpiClause(
  name: string,
  measure: string,
  unit: string,
  direction: 'higher' | 'lower',
  terms: Record<string, unknown>,
) {
  return { name, measure, unit, direction, period: 'monthly', ...terms };
}

/** Average handle time, lower is better: €500 a minute either side of a 6-minute target. */
export function ahtClause(terms: Record<string, string> = {}) {
  return kpiClause('AHT', 'Average handle time', 'minutes', 'lower', {
    model: 'bonus-malus',
    target: '6',
    bonusRate: '500',
    malusRate: '500',
    ...terms,
  });
}

/** CSAT, the satisfied share of answers (higher is better), on the model and terms a test gives. */
export function csatClause(terms: Record<string, unknown>) {
  return kpiClause('CSAT', 'Satisfied share', 'percent', 'higher', terms);
}

/** First contact resolution under bonus/malus around a 75 % target (€1 a point either side). */
export function fcrClause(terms: Record<string, unknown> = {}) {
  return kpiClause('FCR', 'First contact resolution', 'percent', 'higher', {
    model: 'bonus-malus',
    target: '0.75',
    bonusRate: '100',
    malusRate: '100',
    ...terms,
  });
}

/** A service level on uptime: a credit of half the at-risk amount when it misses 99.5 %. */
export function uptimeClause(terms: Record<string, unknown> = {}, name = 'Uptime') {
  return kpiClause(name, 'Available minutes ÷ scheduled minutes', 'percent', 'higher', {
    model: 'sla-credit',
    threshold: '0.995',
    allocation: '0.5',
    ...terms,
  });
}

/**
 * Coaching sessions held (article 2's "+20 % in 6 months"): a fee of €500.00 from +20 % over a baseline
 * the test gives (`baseline`, `baselineMonths`), with its ramp or schedule.
 */
export function sessionsClause(terms: Record<string, unknown>, name = 'Sessions') {
  return kpiClause(name, 'Coaching sessions held', 'count', 'higher', {
    model: 'threshold',
    threshold: '0.20',
    amount: '500.00',
    levelChange: 'relative',
    ...terms,
  });
}
