/**
 * Corrections: the actuals of an invoiced period were restated (a late CSAT survey, a corrected volume).
 * The period is recomputed under the same contract terms and the correction note lists each line as
 * issued, as recomputed and the difference, with the reason in words ("CSAT restated from 89.5% to 90.5%:
 * threshold now met: +€5,000.00"). The note is a credit note when the total goes down, a debit note when
 * it goes up. An amended contract is refused: it would re-price the past silently.
 */
import type { Contract } from '../contract/types';
import {
  correctionTexts,
  type CorrectionKind,
  type CorrectionTexts,
  type RestatedMonth,
} from '../i18n/correction';
import { weightingVolume } from '../invoice/aggregation/periodValue';
import { invoiceContext, type InvoiceContext } from '../invoice/context';
import type { Invoice, InvoiceLine, KpiEvidence } from '../invoice/types';
import { ZERO, decSum, minorUnitDigits, moneyText, type Dec } from '../money';
import { contractVersion } from './fingerprint';
import { invoicePeriodName } from '../invoice/periodName';
import { invoiceToJson } from '../invoice/toJson';
import type { IssuedInvoice, IssuedLine } from './issuedInvoice';
import { printedValuesOf, type PrintedValue } from './correctionValues';

export type { CorrectionKind } from '../i18n/correction';

/** One line of a correction note; `null` where the line is on one invoice only. */
export interface CorrectionLine {
  readonly kind: string;
  readonly label: string;
  readonly issued: Dec | null;
  readonly recomputed: Dec | null;
  /** recomputed − issued. */
  readonly difference: Dec;
  readonly reason: string;
}

/** An amount as issued, as recomputed, and the difference. */
export interface CorrectedAmount {
  readonly issued: Dec;
  readonly recomputed: Dec;
  readonly difference: Dec;
}

/** The invoice a note corrects, as issued. */
export interface CorrectedInvoice {
  readonly number: string;
  readonly issueDate: string;
  readonly fingerprint: string | null;
  readonly contractVersion: string | null;
}

/** The note a later note corrects from: the invoice as that note made it. */
export interface PreviousNote {
  readonly number: string;
  readonly issueDate: string;
  /** The fingerprint of the invoice as that note recomputed it. */
  readonly fingerprint: string;
}

/**
 * A note correcting an invoice already corrected: the original invoice, and the last note, whose invoice
 * as recomputed is what this one corrects from (so the notes of a chain never correct the same change twice).
 */
export interface NoteChain {
  readonly original: CorrectedInvoice;
  readonly previous: PreviousNote;
}

export interface CorrectionNote {
  readonly kind: CorrectionKind;
  /** The invoice's number with `-C`; a later note of the same invoice `-C2`, `-C3` (`noteNumber`). */
  readonly number: string;
  readonly issueDate: string;
  /** The original invoice; with `previous` when this note corrects from an earlier note. */
  readonly corrects: CorrectedInvoice & { readonly previous?: PreviousNote };
  /** The invoice as recomputed from the restated actuals. */
  readonly recomputed: Invoice;
  readonly lines: readonly CorrectionLine[];
  readonly subtotal: CorrectedAmount;
  readonly vat: CorrectedAmount & { readonly reason: string };
  readonly total: CorrectedAmount;
  /**
   * The values the invoice as issued printed (in a chain, the previous note's invoice as recomputed): with
   * the fingerprint as issued, what proves the As issued column and the reasons of a note read alone.
   */
  readonly valuesAsIssued: readonly PrintedValue[];
}

/** A line as issued and as recomputed; one of them is absent when the line is on one invoice only. */
interface Pair {
  readonly issued?: IssuedLine;
  readonly recomputed?: InvoiceLine;
}

/** `issued` and `recomputed` lines paired by kind and label, in the recomputed order, then issued-only ones. */
function paired(issued: readonly IssuedLine[], recomputed: readonly InvoiceLine[]): Pair[] {
  const open = [...issued];
  const pairs: Pair[] = recomputed.map((line) => {
    const i = open.findIndex((l) => l.kind === line.kind && l.label === line.label);
    return { recomputed: line, ...(i >= 0 ? { issued: open.splice(i, 1)[0] } : {}) };
  });
  return [...pairs, ...open.map((line): Pair => ({ issued: line }))];
}

/**
 * Why a line changed, in words: the restated input (its own value, its quantity, or its gate's value), the
 * change of outcome, else the new explanation.
 */
function reason(
  t: CorrectionTexts,
  ctx: InvoiceContext,
  contract: Contract,
  issuedInvoice: IssuedInvoice,
  recomputedInvoice: Invoice,
  pair: Pair,
  difference: Dec,
): string {
  const amount = ctx.money(difference, true);
  const { issued, recomputed } = pair;
  if (!recomputed) return t.join([t.noLongerDue(issued!.label), amount]);
  if (!issued) {
    const due = t.nowDue(recomputed.label, recomputed.explanation);
    // A new line's difference is its amount, which a cap's explanation already ends with: said once.
    return due.endsWith(amount) ? due : t.join([due, amount]);
  }
  const effect = difference.isZero() ? t.noChange : amount;

  if (
    recomputed.kpi !== undefined &&
    (recomputed.kind === 'kpi-fee' ||
      recomputed.kind === 'kpi-adjustment' ||
      recomputed.kind === 'sla-credit')
  ) {
    const now = recomputedInvoice.evidence.find((e) => e.clause.name === recomputed.kpi);
    const then = issuedInvoice.evidence.find((e) => e.kpi === recomputed.kpi);
    const restated = now && then ? restatement(t, ctx, then, now, 'kpi') : undefined;
    if (restated !== undefined) {
      const outcome = outcomeChange(t, ctx, then!.outcome, now!);
      return t.join([...restated, ...(outcome ? [outcome] : []), effect]);
    }
  }
  if (
    recomputed.quantity !== undefined &&
    issued.quantity !== undefined &&
    !issued.quantity.eq(recomputed.quantity)
  ) {
    return t.join([
      t.restated(recomputed.label, ctx.number(issued.quantity), ctx.number(recomputed.quantity)),
      effect,
    ]);
  }
  // Its own value stands while its gate's was restated (FCR's bonus held by CSAT): that is the reason.
  // A gate restated that changed nothing leaves the line unchanged.
  const gate = difference.isZero() ? undefined : gateOf(contract, recomputedInvoice, recomputed);
  if (gate !== undefined) {
    const same = (name: string) => name.toLowerCase() === gate.toLowerCase();
    const now = recomputedInvoice.evidence.find((e) => same(e.clause.name));
    const then = issuedInvoice.evidence.find((e) => same(e.kpi));
    const restated = now && then ? restatement(t, ctx, then, now, 'gate') : undefined;
    if (restated !== undefined) return t.join([recomputed.label, ...restated, amount]);
  }
  if (difference.isZero()) return t.unchanged;
  return t.join([t.recomputed(recomputed.label, recomputed.explanation), amount]);
}

/**
 * How a KPI's value was restated, in words, or undefined when it was not (an excluded month printed no
 * value: nothing to restate). An aggregated value was never stated itself: the months restated are named,
 * then what they made the period's value (`CSAT restated in November 2026 from 93% to 80%: average of
 * Q4 2026 from 90.4% to ≈ 86.0667%`). A weighted average's weights are a volume, restated month by month
 * as its values are (`weights of First-time fix (Tickets) restated in June 2026 from 300 to 900`): the
 * KPI was not restated when only they were.
 */
function restatement(
  t: CorrectionTexts,
  ctx: InvoiceContext,
  then: IssuedInvoice['evidence'][number],
  now: KpiEvidence,
  role: 'kpi' | 'gate',
): string[] | undefined {
  if (!now.actual || !then.actual || then.actual.eq(now.actual)) return undefined;
  const name = now.clause.name;
  if (now.aggregate === undefined) {
    const whole = role === 'kpi' ? t.restated : t.gateRestated;
    return [whole(name, ctx.value(then.actual, now.clause.unit), ctx.value(now.actual, now.clause.unit))];
  }
  const issuedMonths = new Map(then.aggregate?.months.map((m) => [m.month, m]));
  const changed = (format: (d: Dec) => string, of: (m: { value?: Dec; weight?: Dec }) => Dec | undefined) =>
    now.aggregate!.months.flatMap((month): RestatedMonth[] => {
      const [before, after] = [issuedMonths.get(month.month), month].map((m) => (m ? of(m) : undefined));
      return before && after && !before.eq(after)
        ? [{ month: month.month, from: format(before), to: format(after) }]
        : [];
    });
  const values = changed(
    (d) => ctx.value(d, now.clause.unit),
    (m) => m.value,
  );
  const weights = changed(
    (d) => ctx.number(d),
    (m) => m.weight,
  );
  const inMonths = role === 'kpi' ? t.restatedIn : t.gateRestatedIn;
  const volume = weightingVolume(ctx.contract, now.clause);
  const { kind, window } = now.aggregate;
  return [
    ...(values.length > 0 ? [inMonths(name, values)] : []),
    ...(weights.length > 0 ? [t.weightsRestatedIn(name, volume, weights, role)] : []),
    // Neither stated nor restated alone: the period's value, named as the clause's.
    ...(values.length + weights.length === 0 ? [role === 'kpi' ? name : t.gateNamed(name)] : []),
    t.aggregateChanged(
      kind,
      window,
      ctx.value(then.actual, now.clause.unit),
      ctx.value(now.actual, now.clause.unit),
    ),
  ];
}

/** The KPI gating `line`'s clause (a KPI clause's or a volume's `gateKpi`), if any. */
function gateOf(contract: Contract, invoice: Invoice, line: InvoiceLine): string | undefined {
  if (line.kpi !== undefined) return invoice.evidence.find((e) => e.clause.name === line.kpi)?.clause.gateKpi;
  return contract.volumes.find((v) => v.name === line.label)?.gateKpi;
}

/** "threshold now met" and the like, when the restated value changed the clause's outcome. */
function outcomeChange(
  t: CorrectionTexts,
  ctx: InvoiceContext,
  before: string,
  now: KpiEvidence,
): string | null {
  if (before === now.outcome) return null;
  const { outcomeMet, outcomeMissed } = ctx.texts;
  const model = now.clause.model;
  if (
    (model === 'threshold' || model === 'sla-credit') &&
    (now.outcome === outcomeMet || now.outcome === outcomeMissed)
  ) {
    const met = now.outcome === outcomeMet;
    if (model === 'threshold') return met ? t.thresholdNowMet : t.thresholdNowMissed;
    return met ? t.minimumNowMet : t.minimumNowMissed;
  }
  return t.outcomeChanged(before, now.outcome);
}

/**
 * Why the VAT moved, or did not: VAT follows the subtotal, so the reason names the subtotal's difference
 * and the VAT it now is (`VAT 20% of €112,660.00`), then its own difference; a subtotal that moved while
 * VAT did not (a rate of 0, a cent rounded away) says `no change` rather than a bare `unchanged`.
 */
function vatReason(
  t: CorrectionTexts,
  ctx: InvoiceContext,
  subtotalDifference: Dec,
  vat: InvoiceLine,
  difference: Dec,
): string {
  if (subtotalDifference.isZero() && difference.isZero()) return t.vatUnchanged;
  return t.join([
    t.vatRecomputedOn(ctx.money(subtotalDifference, true)),
    vat.explanation,
    difference.isZero() ? t.noChange : ctx.money(difference, true),
  ]);
}

/**
 * The number of a note of `invoice`: `-C` for the first, then `-C2`, `-C3` after the note `previous`;
 * undefined when `previous` is no note of that invoice.
 */
export function noteNumber(invoice: string, previous?: string): string | undefined {
  if (previous === undefined) return `${invoice}-C`;
  if (!previous.startsWith(`${invoice}-C`)) return undefined;
  const rank = previous.slice(invoice.length + 2);
  if (rank === '') return `${invoice}-C2`;
  return /^[1-9]\d*$/.test(rank) && rank !== '1' ? `${invoice}-C${Number(rank) + 1}` : undefined;
}

/**
 * The correction note of `issued` given the invoice recomputed for its period from the restated actuals;
 * with `chain`, `issued` is the invoice as the chain's last note recomputed it. Fails when the issued
 * invoice is of another contract or period, or was issued under another version of the contract.
 */
export function correctionNote(
  issued: IssuedInvoice,
  recomputed: Invoice,
  contract: Contract,
  options: { readonly issueDate: string; readonly chain?: NoteChain },
): { ok: true; note: CorrectionNote } | { ok: false; problems: string[] } {
  const t = correctionTexts(contract.language);
  const problems: string[] = [];
  if (issued.contract.id !== contract.id) problems.push(t.otherContract(issued.contract.id, contract.id));
  const version = contractVersion(contract);
  if (issued.contractVersion !== undefined && issued.contractVersion !== version)
    problems.push(t.amendedContract(issued.contractVersion, version));
  // Named as the invoices are (`2026-Q2`): a quarter's first month alone reads as another month's invoice.
  if (issued.period !== recomputed.period)
    problems.push(t.otherPeriod(invoicePeriodName(issued.months), invoicePeriodName(recomputed.months)));
  // An invoice adds up by construction: one that does not was edited, and its note could not add up either.
  const digits = (d: Dec) => d.toFixed(minorUnitDigits(contract.currency));
  const lineSum = decSum(issued.lines.map((l) => l.amount));
  if (!lineSum.eq(issued.subtotal))
    problems.push(t.issuedDoesNotAddUp('lines', digits(lineSum), 'subtotal', digits(issued.subtotal)));
  const grand = issued.subtotal.plus(issued.vat.amount);
  if (!grand.eq(issued.total))
    problems.push(t.issuedDoesNotAddUp('subtotal and VAT', digits(grand), 'total', digits(issued.total)));
  const { chain } = options;
  const number = noteNumber(issued.number, chain?.previous.number);
  if (number === undefined) problems.push(t.notOfInvoice(chain!.previous.number, issued.number));
  if (problems.length > 0 || number === undefined) return { ok: false, problems };

  const ctx = invoiceContext(contract, { periods: new Map() }, recomputed.months);
  const lines = paired(issued.lines, recomputed.lines).map((pair): CorrectionLine => {
    const before = pair.issued?.amount ?? null;
    const after = pair.recomputed?.amount ?? null;
    const difference = (after ?? ZERO).minus(before ?? ZERO);
    return {
      kind: (pair.recomputed ?? pair.issued)!.kind,
      label: (pair.recomputed ?? pair.issued)!.label,
      issued: before,
      recomputed: after,
      difference,
      reason: reason(t, ctx, contract, issued, recomputed, pair, difference),
    };
  });
  const amount = (before: Dec, after: Dec): CorrectedAmount => ({
    issued: before,
    recomputed: after,
    difference: after.minus(before),
  });
  const subtotal = amount(issued.subtotal, recomputed.subtotal);
  const vat = amount(issued.vat.amount, recomputed.vat.amount);
  const total = amount(issued.total, recomputed.total);
  const kind: CorrectionKind = total.difference.isZero()
    ? 'none'
    : total.difference.isNeg()
      ? 'credit'
      : 'debit';
  return {
    ok: true,
    note: {
      kind,
      number,
      issueDate: options.issueDate,
      corrects: chain
        ? { ...chain.original, previous: chain.previous }
        : {
            number: issued.number,
            issueDate: issued.issueDate,
            fingerprint: issued.fingerprint ?? null,
            contractVersion: issued.contractVersion ?? null,
          },
      recomputed,
      lines,
      subtotal,
      vat: { ...vat, reason: vatReason(t, ctx, subtotal.difference, recomputed.vat, vat.difference) },
      total,
      valuesAsIssued: printedValuesOf(issued, contract),
    },
  };
}

/**
 * Whether a note corrects nothing: no line and no total changed. The pane and the command line then write
 * none: it would take the chain's next number, and a later correction would have to start from it.
 */
export function correctsNothing(note: CorrectionNote): boolean {
  return note.kind === 'none' && note.lines.every((line) => line.difference.isZero());
}

/** The correction note as plain JSON (decimals as strings), what `invoice --corrects` prints. */
export function correctionToJson(note: CorrectionNote): unknown {
  const { contract } = note.recomputed;
  // Amounts in the currency's minor unit, as an accountant writes them: "5000.00".
  const money = (value: Dec) => moneyText(value, contract.currency);
  const amount = (a: CorrectedAmount) => ({
    issued: money(a.issued),
    recomputed: money(a.recomputed),
    difference: money(a.difference),
  });
  return {
    kind: note.kind,
    number: note.number,
    issueDate: note.issueDate,
    period: note.recomputed.period,
    months: note.recomputed.months,
    corrects: note.corrects,
    contract: {
      id: contract.id,
      name: contract.name,
      parties: contract.parties,
      currency: contract.currency,
      language: contract.language,
    },
    lines: note.lines.map((l) => ({
      kind: l.kind,
      label: l.label,
      issued: l.issued === null ? null : money(l.issued),
      recomputed: l.recomputed === null ? null : money(l.recomputed),
      difference: money(l.difference),
      reason: l.reason,
    })),
    subtotal: amount(note.subtotal),
    vat: { ...amount(note.vat), reason: note.vat.reason },
    total: amount(note.total),
    fingerprint: note.recomputed.seal.fingerprint,
    contractVersion: note.recomputed.seal.contractVersion,
    engineVersion: note.recomputed.seal.engineVersion,
    // What rebuilds the invoice as issued, whose fingerprint `corrects` records: the reasons quote them.
    valuesAsIssued: note.valuesAsIssued.map((v) => ({
      kind: v.kind,
      name: v.name,
      ...(v.month !== undefined ? { month: v.month } : {}),
      value: v.value.toFixed(),
    })),
    // The invoice as this note makes it, with the values it printed: what a later note corrects from,
    // proved as an issued invoice is (`correctionChain.ts`).
    asRecomputed: invoiceToJson(note.recomputed),
  };
}
