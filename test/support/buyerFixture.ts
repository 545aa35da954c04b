/**
 * The buyer contracts of `core/invoice/fixtures/buyer/`: a contract file and its actuals CSV, read as the
 * command line reads them, invoiced, and the lines as a buyer reads them (no-break spaces as spaces).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsFromCsv } from '../../core/contract/csv';
import { contractFromSheet } from '../../core/contract/fromSheet';
import { loadContract } from '../../core/contract/json';
import type { Contract, Language } from '../../core/contract/types';
import { evaluateFormula } from '../../core/formula/evaluateFormula';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import type { Invoice } from '../../core/invoice/types';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { plain } from './testContract';

const FIXTURES = join(__dirname, '..', '..', 'core', 'invoice', 'fixtures', 'buyer');

/** A fixture file's text. */
export const buyerFile = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');

/** The contract `name.json`, in its own language or in `language`. */
export function buyerContract(name: string, language?: Language): Contract {
  const read = loadContract(buyerFile(`${name}.json`));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return language === undefined ? read.value : { ...read.value, language };
}

/** The invoice of `period` from `name.csv` (or the CSV text `csv`), or the test fails with its problems. */
export function buyerInvoice(contract: Contract, name: string, period: string, csv?: string): Invoice {
  const result = buyerInvoiceResult(contract, name, period, csv);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The result of invoicing `period`: the invoice, or the problems that stop it. */
export function buyerInvoiceResult(contract: Contract, name: string, period: string, csv?: string) {
  const actuals = actualsFromCsv(csv ?? buyerFile(`${name}.csv`), contract);
  if (!actuals.ok) throw new Error(actuals.issues.map((i) => i.message).join('\n'));
  return buildInvoice(contract, actuals.value, period);
}

/** Each line as `label amount`, then subtotal, VAT and total. */
export function amounts(invoice: Invoice): string[] {
  return [
    ...invoice.lines.map((l) => `${l.label} ${l.amount.toFixed(2)}`),
    `subtotal ${invoice.subtotal.toFixed(2)}`,
    `VAT ${invoice.vat.amount.toFixed(2)}`,
    `total ${invoice.total.toFixed(2)}`,
  ];
}

/** The explanation of the line labelled `label`, as read (no-break spaces as spaces). */
export function explanation(invoice: Invoice, label: string): string {
  const line = invoice.lines.find((l) => l.label === label);
  if (line === undefined)
    throw new Error(`no line "${label}": ${invoice.lines.map((l) => l.label).join(', ')}`);
  return plain(line.explanation);
}

/** The amount of the line labelled `label`, as a number (what a cell holds). */
export const lineAmount = (invoice: Invoice, label: string): number =>
  Number(invoice.lines.find((l) => l.label === label)!.amount);

/** A formula's value in a cell, or the test fails with its error. */
export function cell(formula: string): number {
  const value = evaluateFormula(formula);
  if (typeof value !== 'number') throw new Error(`${formula}: ${JSON.stringify(value)}`);
  return value;
}

/** The contract as the Contract sheet gives it back once painted. */
export const throughSheet = (contract: Contract) =>
  contractFromSheet(planToGrid(contractSheetPlan(contract)) as never);
