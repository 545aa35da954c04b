import { moneyText } from '../money';
import type { Invoice, InvoiceLine } from './types';
import type { Aggregate } from './aggregation/periodValue';

/** How an aggregated KPI value was formed: the aggregation and each month's value, weight or exclusion. */
function aggregateJson(aggregate: Aggregate, currency: string): unknown {
  return {
    kind: aggregate.kind,
    months: aggregate.months.map((m) => ({
      month: m.month,
      ...(m.value === undefined ? {} : { value: m.value.toFixed() }),
      ...(m.weight === undefined ? {} : { weight: m.weight.toFixed() }),
      ...(m.excluded === undefined ? {} : { excluded: m.excluded }),
      ...(m.amount === undefined ? {} : { amount: moneyText(m.amount, currency) }),
    })),
  };
}

/** A line as JSON: amounts as decimal strings in the currency's minor unit, exact. */
function lineJson(line: InvoiceLine, currency: string): unknown {
  return {
    kind: line.kind,
    label: line.label,
    ...(line.kpi !== undefined ? { kpi: line.kpi } : {}),
    ...(line.quantity !== undefined ? { quantity: line.quantity.toFixed() } : {}),
    ...(line.unit !== undefined ? { unit: line.unit } : {}),
    ...(line.unitPrice !== undefined ? { unitPrice: line.unitPrice.toFixed() } : {}),
    amount: moneyText(line.amount, currency),
    explanation: line.explanation,
  };
}

/** The invoice as plain JSON (decimals as strings, money to the minor unit), what `outcome-fees invoice --json` prints. */
export function invoiceToJson(invoice: Invoice): unknown {
  const { contract } = invoice;
  return {
    number: invoice.number,
    issueDate: invoice.issueDate,
    period: invoice.period,
    months: invoice.months,
    contract: {
      id: contract.id,
      name: contract.name,
      parties: contract.parties,
      currency: contract.currency,
      language: contract.language,
      vatRate: contract.vatRate.toFixed(),
      rounding: contract.rounding,
      ...(contract.vatNote === undefined ? {} : { vatNote: contract.vatNote }),
    },
    lines: invoice.lines.map((line) => lineJson(line, contract.currency)),
    evidence: invoice.evidence.map((e) => ({
      kpi: e.clause.name,
      month: e.month,
      ...(e.actual === undefined ? {} : { actual: e.actual.toFixed() }),
      ...(e.excluded === undefined ? {} : { excluded: e.excluded }),
      outcome: e.outcome,
      amount: moneyText(e.amount, contract.currency),
      ...(e.aggregate === undefined ? {} : { aggregate: aggregateJson(e.aggregate, contract.currency) }),
    })),
    subtotal: moneyText(invoice.subtotal, contract.currency),
    vat: lineJson(invoice.vat, contract.currency),
    total: moneyText(invoice.total, contract.currency),
    fingerprint: invoice.seal.fingerprint,
    contractVersion: invoice.seal.contractVersion,
    engineVersion: invoice.seal.engineVersion,
  };
}
