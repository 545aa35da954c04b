/**
 * Contracts for tests, written as a contract file's JSON and parsed as one, so that a test states only
 * the fields its case is about and still exercises the schema.
 */
import { parseContract } from '../../core/contract/json';
import type { Contract } from '../../core/contract/types';

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

/** Average handle time, lower is better: €500 a minute either side of a 6-minute target. */
export function ahtClause(terms: Record<string, string> = {}) {
  return {
    name: 'AHT',
    measure: 'Average handle time',
    unit: 'minutes',
    direction: 'lower',
    period: 'monthly',
    model: 'bonus-malus',
    target: '6',
    bonusRate: '500',
    malusRate: '500',
    ...terms,
  };
}

/** CSAT, the satisfied share of answers (higher is better), on the model and terms a test gives. */
export function csatClause(terms: Record<string, unknown>) {
  return {
    name: 'CSAT',
    measure: 'Satisfied share',
    unit: 'percent',
    direction: 'higher',
    period: 'monthly',
    ...terms,
  };
}
