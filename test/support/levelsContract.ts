/**
 * Contracts with moving levels for the tests of `core/invoice/levels/`: parsed from JSON as a contract file
 * is, so a test exercises the schema, and invoiced on actuals given month by month.
 */
import type { Contract, Language } from '../../core/contract/types';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import type { Invoice } from '../../core/invoice/types';
import { actualsOf } from './invoiceContract';
import { parsedContract, testContractJson } from './testContract';

export { plain } from './testContract';

/** A monthly EUR contract from 2026-01, VAT 20 %, a fixed fee of 10,000.00, 10 % of it at risk. */
export function levelsContractJson(language: Language, kpis: readonly Record<string, unknown>[]) {
  return testContractJson({
    id: 'levels',
    name: 'Moving levels',
    language,
    fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
    sla: { atRisk: { percentOfBase: '0.10' } },
    kpis,
  });
}

export function levelsContract(language: Language, kpis: readonly Record<string, unknown>[]): Contract {
  return parsedContract(levelsContractJson(language, kpis));
}

/** The invoice of `period`, or the test fails with the engine's problems. */
export function invoiceOf(
  contract: Contract,
  values: Record<string, Record<string, string>>,
  period: string,
): Invoice {
  const result = buildInvoice(contract, actualsOf(values), period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The engine's problems for `period` (none: the test fails). */
export function problemsOf(
  contract: Contract,
  values: Record<string, Record<string, string>>,
  period: string,
): readonly string[] {
  const result = buildInvoice(contract, actualsOf(values), period);
  if (result.ok) throw new Error(`expected problems, got an invoice of ${result.invoice.total.toFixed()}`);
  return result.problems;
}
