import type { Invoice, InvoiceLine } from './types';

/** A line as JSON: amounts as decimal strings, exact. */
function lineJson(line: InvoiceLine): unknown {
  return {
    kind: line.kind,
    label: line.label,
    ...(line.kpi !== undefined ? { kpi: line.kpi } : {}),
    ...(line.quantity !== undefined ? { quantity: line.quantity.toFixed() } : {}),
    ...(line.unit !== undefined ? { unit: line.unit } : {}),
    ...(line.unitPrice !== undefined ? { unitPrice: line.unitPrice.toFixed() } : {}),
    amount: line.amount.toFixed(),
    explanation: line.explanation,
  };
}

/** The invoice as plain JSON (decimals as strings), what `outcome-fees invoice --json` prints. */
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
    },
    lines: invoice.lines.map(lineJson),
    evidence: invoice.evidence.map((e) => ({
      kpi: e.clause.name,
      month: e.month,
      actual: e.actual.toFixed(),
      outcome: e.outcome,
      amount: e.amount.toFixed(),
    })),
    subtotal: invoice.subtotal.toFixed(),
    vat: lineJson(invoice.vat),
    total: invoice.total.toFixed(),
    fingerprint: invoice.seal.fingerprint,
    contractVersion: invoice.seal.contractVersion,
    engineVersion: invoice.seal.engineVersion,
  };
}
