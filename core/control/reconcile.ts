/**
 * Reconciliation: the supplier's invoice against the invoice the contract gives. Each of the supplier's
 * lines is matched to a computed line by its label (case and spacing ignored) or through the buyer's
 * mapping; each comes out matched, over-billed, under-billed, missing or unexpected with the difference
 * (invoiced − due), and every difference carries a dispute note in the contract's language that quotes how
 * the contract computes the line. Totals rows of the supplier are compared with the invoice's own.
 */
import { cellIssue, failed, ok, type Issue, type Result } from '../contract/issues';
import { joinList } from '../i18n/frenchTypography';
import { formatMoney, formatNumber, formatPercent } from '../i18n/numberFormat';
import { formatPeriod } from '../i18n/periodFormat';
import { reconciliationTexts, type LineStatus, type ReconciliationTexts } from '../i18n/reconciliation';
import { invoicePeriodName } from '../invoice/periodName';
import type { Invoice, InvoiceLine } from '../invoice/types';
import { ZERO, dec, decSum, minorUnitDigits, moneyText, roundMoney, type Dec } from '../money';
import { lineKey, type LineMapping } from './lineMapping';
import { likelyLines } from './likelyLine';
import { unmatchedMappingEntries } from './mappingUse';
import type { SupplierInvoice, SupplierRow } from './supplierInvoice';
import { currencyMarks } from './printedAmount';
import { statesCurrency } from './titleBlock';
import { statedVatRate, totalKind, type TotalKind } from './totalRows';

export type { LineStatus } from '../i18n/reconciliation';

/** One line of the reconciliation. */
export interface ReconciledLine {
  /** A line of the invoice, or one of its totals. */
  readonly kind: 'line' | TotalKind;
  readonly status: LineStatus;
  /** The contract's label; the supplier's for an unexpected line. */
  readonly label: string;
  /**
   * The supplier's row, when there is one: its label and cell, several joined where several rows bill the
   * line, and those rows as read (their VAT rate, date and period cells).
   */
  readonly supplier?: { readonly label: string; readonly at: string; readonly rows: readonly SupplierRow[] };
  /** What the supplier invoiced; `null` when the line is not on their invoice. */
  readonly billed: Dec | null;
  /** What the contract gives; `null` for an unexpected line. */
  readonly due: Dec | null;
  /** billed − due, absent lines counting as zero. */
  readonly difference: Dec;
  /** Quantity or unit price the supplier gave that differs from the contract's (amounts may still agree). */
  readonly quantity?: { readonly billed: Dec; readonly due: Dec };
  readonly unitPrice?: { readonly billed: Dec; readonly due: Dec };
  /** The VAT rate the supplier's VAT row states, when it is not the contract's. */
  readonly vatRate?: { readonly billed: Dec; readonly due: Dec };
  /** How the contract computes the line. */
  readonly explanation?: string;
  /** The dispute note, for every line that differs. */
  readonly note?: string;
}

export interface Reconciliation {
  readonly invoice: Invoice;
  readonly supplierSheet: string;
  readonly tolerance: Dec;
  /** Lines in the invoice's order, then the supplier's unexpected lines in theirs. */
  readonly lines: readonly ReconciledLine[];
  /** The totals the supplier stated (subtotal, VAT, total), in that order. */
  readonly totals: readonly ReconciledLine[];
  /** Lines and totals that differ. */
  readonly differences: number;
  /** Σ of the supplier's lines and Σ of the contract's, excluding VAT. */
  readonly billedLines: Dec;
  readonly dueLines: Dec;
  /** The dispute notes as one message to the supplier, empty when everything matches. */
  readonly message: string;
  /** The supplier's rows read from rows hidden in their workbook (`Invoice!A7`), matched or not. */
  readonly hiddenRows: readonly string[];
}

/** Options of `reconcile`. */
export interface ReconcileOptions {
  readonly mapping?: LineMapping;
  /** Largest difference still counted as matched (default 0): exact decimals, in the currency. */
  readonly tolerance?: Dec;
}

interface Formatting {
  readonly t: ReconciliationTexts;
  money(amount: Dec, signed?: boolean): string;
  number(value: Dec): string;
  percent(fraction: Dec): string;
}

function formatting(invoice: Invoice): Formatting {
  const { currency, language } = invoice.contract;
  const minor = minorUnitDigits(currency);
  return {
    t: reconciliationTexts(language),
    // A supplier's amount with more digits than the minor unit is shown with all of them, never rounded.
    money: (amount, signed = false) =>
      formatMoney(amount, currency, language, { signed, exact: amount.decimalPlaces() > minor }),
    number: (value) => formatNumber(value, language, { max: 20 }),
    percent: (fraction) => formatPercent(fraction, language),
  };
}

function statusOf(difference: Dec, tolerance: Dec): LineStatus {
  if (difference.abs().lte(tolerance)) return 'matched';
  return difference.isPos() ? 'over-billed' : 'under-billed';
}

/** A supplier's row against the line (or total) the contract gives. */
function compared(
  f: Formatting,
  tolerance: Dec,
  kind: ReconciledLine['kind'],
  label: string,
  row: SupplierRow,
  due: Dec,
  line: Pick<InvoiceLine, 'explanation' | 'quantity' | 'unitPrice'> | undefined,
  own: readonly string[],
  rows: readonly SupplierRow[],
  vatRate?: Dec,
): ReconciledLine {
  const difference = row.amount.minus(due);
  const byAmount = statusOf(difference, tolerance);
  const quantity =
    row.quantity !== undefined && line?.quantity !== undefined && !row.quantity.eq(line.quantity)
      ? { billed: row.quantity, due: line.quantity }
      : undefined;
  const unitPrice =
    row.unitPrice !== undefined && line?.unitPrice !== undefined && !row.unitPrice.eq(line.unitPrice)
      ? { billed: row.unitPrice, due: line.unitPrice }
      : undefined;
  // "VAT 10%" over the right amount still states a wrong rate on the document the buyer files.
  const stated = kind === 'vat' && vatRate !== undefined ? statedVatRate(row.label) : undefined;
  const rate = stated !== undefined && !stated.eq(vatRate!) ? { billed: stated, due: vatRate! } : undefined;
  // The amount agrees but the document states another quantity, price or rate: no status says matched
  // beside a dispute note.
  const detailed = quantity || unitPrice || rate || own.length > 0;
  const status = byAmount === 'matched' && detailed ? 'details-differ' : byAmount;
  const notes: string[] = [];
  if (byAmount !== 'matched') {
    notes.push(
      f.t.billedDiffers(
        label,
        f.money(row.amount),
        f.money(due),
        line?.explanation ?? null,
        status === 'over-billed',
        f.money(difference.abs()),
      ),
    );
  }
  if (quantity) notes.push(f.t.quantityDiffers(label, f.number(quantity.billed), f.number(quantity.due)));
  if (unitPrice) notes.push(f.t.unitPriceDiffers(label, f.money(unitPrice.billed), f.money(unitPrice.due)));
  if (rate) notes.push(f.t.vatRateDiffers(row.label, f.percent(rate.billed), f.percent(rate.due)));
  notes.push(...own);
  if (status === 'details-differ' && difference.isZero()) notes.push(f.t.amountAgrees(f.money(row.amount)));
  return {
    kind,
    status,
    label,
    supplier: { label: row.label, at: row.at, rows },
    billed: row.amount,
    due,
    difference,
    ...(quantity ? { quantity } : {}),
    ...(unitPrice ? { unitPrice } : {}),
    ...(rate ? { vatRate: rate } : {}),
    ...(line ? { explanation: line.explanation } : {}),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  };
}

/**
 * What a row's own VAT and amount including VAT say against its amount: net + VAT = gross where it gives
 * both, and, on a line or the subtotal, its VAT (or its gross alone) at the contract's rate, the exact
 * VAT rounded either way to the minor unit (a line's VAT rounded at the line may be a cent off the
 * invoice's), or within the tolerance of it, as a line's amount is. A VAT or total row states amounts of its
 * own: only its sum is checked.
 */
function ownFindings(
  f: Formatting,
  invoice: Invoice,
  row: SupplierRow,
  kind: ReconciledLine['kind'],
  tolerance: Dec,
): string[] {
  const { vat, gross } = row;
  const notes: string[] = [];
  const net = row.amount;
  const { currency, vatRate, rounding } = invoice.contract;
  const rate = f.percent(vatRate);
  const statedRate = row.vatRate;
  if (statedRate !== undefined && !statedRate.rates.some((r) => r.eq(vatRate)))
    notes.push(f.t.lineVatRateDiffers(row.label, statedRate.at, statedRate.text, rate));
  if (vat !== undefined && gross !== undefined && net.plus(vat).minus(gross).abs().gt(tolerance))
    notes.push(
      f.t.grossDiffers(row.label, row.at, f.money(net), f.money(vat), f.money(net.plus(vat)), f.money(gross)),
    );
  if (kind !== 'line' && kind !== 'subtotal') return notes;
  const unit = dec(10).pow(-minorUnitDigits(currency));
  const exact = net.times(vatRate);
  const due = roundMoney(exact, currency, rounding);
  const off = (stated: Dec, exactly: Dec, rounded: Dec) =>
    stated.minus(exactly).abs().gte(unit) && stated.minus(rounded).abs().gt(tolerance);
  if (vat !== undefined && off(vat, exact, due))
    notes.push(f.t.lineVatDiffers(row.label, row.at, f.money(vat), f.money(net), rate, f.money(due)));
  else if (vat === undefined && gross !== undefined && off(gross, net.plus(exact), net.plus(due)))
    notes.push(
      f.t.lineGrossDiffers(row.label, row.at, f.money(gross), f.money(net), rate, f.money(net.plus(due))),
    );
  return notes;
}

/**
 * Several of the supplier's rows billing one line, as one row: amounts (and quantities, when every row
 * gives one) added; the first unit price given stands for them.
 */
function together(rows: readonly SupplierRow[]): SupplierRow {
  if (rows.length === 1) return rows[0];
  const quantities = rows.flatMap((r) => (r.quantity === undefined ? [] : [r.quantity]));
  const unitPrice = rows.find((r) => r.unitPrice !== undefined)?.unitPrice;
  return {
    label: rows.map((r) => r.label).join(' + '),
    amount: decSum(rows.map((r) => r.amount)),
    ...(quantities.length === rows.length ? { quantity: decSum(quantities) } : {}),
    ...(unitPrice !== undefined ? { unitPrice } : {}),
    at: rows.map((r) => r.at).join(', '),
    row: rows[0].row,
    amountCol: rows[0].amountCol,
  };
}

/** A note with the hidden ones among `rows` named after it: the buyer would not find them on the sheet. */
function withHidden(t: ReconciliationTexts, note: string, rows: readonly SupplierRow[]): string {
  const hidden = rows.filter((r) => r.hidden).map((r) => r.at);
  return hidden.length === 0 ? note : `${note} ${t.hiddenRows(hidden)}`;
}

/**
 * Whether a Period cell's span is the invoice's: its whole span (`2026-Q2` for a quarterly invoice) or one
 * month of it (a quarterly invoice dated by its closing month); `2026-Q4` on a monthly invoice is not.
 */
function statesPeriod(span: { first: string; last: string }, months: readonly string[]): boolean {
  if (span.first === span.last) return months.includes(span.first);
  return span.first === months[0] && span.last === months[months.length - 1];
}

function differs(line: ReconciledLine): boolean {
  return line.note !== undefined;
}

/**
 * Reconciles the supplier's invoice with `invoice`. Fails when the supplier's file states a total twice
 * (which of the two would be disputed is not for the tool to guess), another currency or period, or when a
 * mapping entry matches none of its rows while one is spelt nearly so (`unmatchedMappingEntries`).
 */
export function reconcile(
  invoice: Invoice,
  supplier: SupplierInvoice,
  options: ReconcileOptions = {},
): Result<Reconciliation> {
  const f = formatting(invoice);
  const { t } = f;
  const tolerance = options.tolerance ?? ZERO;
  const mapping = options.mapping?.targets ?? new Map<string, readonly string[]>();
  const period = invoicePeriodName(invoice.months);
  // The notes go to the supplier, in words as the message's header names the invoice (`October 2026`);
  // the buyer's errors keep the name `--period` takes.
  const periodInWords = formatPeriod(period, invoice.contract.language);

  // Computed lines by key, each taken once, in invoice order: two supplier rows for one line leave the
  // second unexpected rather than counted twice.
  const open = new Map<string, InvoiceLine[]>();
  for (const line of invoice.lines) {
    const key = lineKey(line.label);
    open.set(key, [...(open.get(key) ?? []), line]);
  }
  const given = new Set(open.keys());
  const lineCount = new Map([...open].map(([key, lines]) => [key, lines.length]));
  // The supplier's rows each computed line was matched with: one, or several the mapping sends to it.
  const taken = new Map<InvoiceLine, SupplierRow[]>();
  const takenByKey = new Map<string, InvoiceLine[]>();
  // A row the mapping sends to several lines (`Fees` for the fixed fee and the volumes) is compared with
  // their sum: the bundle is told by its first line; the others are not listed on their own.
  const bundles = new Map<InvoiceLine, InvoiceLine[]>();
  const inBundle = new Set<InvoiceLine>();
  // A supplier's row no computed line takes: billed in full, due nothing. `unlabelled` when its label is
  // none of the contract's and no mapping names it: then it may be a missing line spelt another way.
  const unexpected: { row: SupplierRow; note: string; unlabelled: boolean }[] = [];
  const unexpectedRow = (row: SupplierRow, note: string, unlabelled = false) =>
    unexpected.push({ row, note, unlabelled });
  const totalRows = new Map<TotalKind, SupplierRow>();
  const issues: Issue[] = [];
  const { currency, language } = invoice.contract;
  const marks = currencyMarks(currency);
  const at = (row: number, col: number, problem: string) =>
    issues.push(cellIssue(supplier.sheet, row, col, '', problem, language));
  // Another currency's or another period's invoice is none to reconcile: every difference would be noise.
  for (const row of supplier.rows) {
    if (row.currency && !marks.includes(row.currency.mark))
      at(row.row, row.currency.col, t.otherCurrency(row.currency.mark, currency, row.currency.shown));
    if (row.period && !statesPeriod(row.period, invoice.months))
      at(row.row, row.period.col, t.otherPeriod(row.period.text, period));
    if (row.dated) {
      const { text, col, months, readings, readIn } = row.dated;
      const inPeriod = months.filter((m) => invoice.months.includes(m)).length;
      // Read in the file's order, the day outside says which order and why, or the buyer sees 05/10 refused.
      const order = readIn && { dayFirst: readIn.order === 'day-first', shownBy: readIn.shownBy };
      if (inPeriod === 0) at(row.row, col, t.otherDate(text, period, order));
      // `05/10/2026` read either way, one in the period and one not: which the supplier meant is not ours
      // to guess. Both in (a quarter's) or both out, the reading changes nothing.
      else if (readings && inPeriod < months.length)
        at(row.row, col, t.ambiguousDate(text, readings.dayFirst, readings.monthFirst, period));
    }
  }
  for (const term of supplier.stated ?? []) {
    if (term.kind === 'currency' && !statesCurrency(term.text, currency))
      at(term.row, term.col, t.statedCurrency(term.text, currency));
    if (term.kind !== 'period' || !term.span || statesPeriod(term.span, invoice.months)) continue;
    if (!term.inSheetName) at(term.row, term.col, t.statedPeriod(term.text, period));
    else {
      const message = t.sheetNameStatesPeriod(supplier.sheet, term.text, period);
      issues.push({ problem: message, message, sheet: supplier.sheet });
    }
  }
  if (issues.length > 0) return failed(issues);
  // A misspelt mapping entry is the buyer's mistake: said at its cell, not disputed with the supplier.
  const misspelt = options.mapping ? unmatchedMappingEntries(invoice, supplier, options.mapping) : [];
  if (misspelt.length > 0) return failed(misspelt);

  for (const row of supplier.rows) {
    const targets = mapping.get(lineKey(row.label));
    if (targets !== undefined && targets.length > 1) {
      const bundle = targets.flatMap((name) => open.get(lineKey(name))?.shift() ?? []);
      if (bundle.length > 0) {
        bundles.set(bundle[0], bundle);
        for (const line of bundle.slice(1)) inBundle.add(line);
        taken.set(bundle[0], [row]);
        continue;
      }
      const billed = f.money(row.amount);
      unexpectedRow(
        row,
        targets.some((name) => given.has(lineKey(name)))
          ? t.billedAgain(row.label, billed)
          : t.mappedToAbsent(row.label, billed, targets.join(' + '), periodInWords),
      );
      continue;
    }
    const mapped = targets?.[0];
    const target = mapped ?? row.label;
    const candidates = open.get(lineKey(target));
    const total = candidates?.length ? undefined : totalKind(target);
    if (total !== undefined) {
      if (totalRows.has(total)) at(row.row, row.amountCol, t.repeatedTotal(row.label));
      totalRows.set(total, row);
      continue;
    }
    const line = candidates?.shift();
    if (line) {
      taken.set(line, [row]);
      takenByKey.set(lineKey(target), [...(takenByKey.get(lineKey(target)) ?? []), line]);
      continue;
    }
    // A row for a line already billed is part of it (a fee split over two rows): the rows are compared
    // together, so a split matches and a line billed in full twice is over-billed by the surplus. That
    // holds for any row sent to a line the contract gives once, under its label or the mapping's (the
    // supplier's own label repeated included); where it gives several, each row pairs with one and a
    // surplus row is billed again.
    const already = takenByKey.get(lineKey(target));
    const joined =
      already?.length === 1 && lineCount.get(lineKey(target)) === 1
        ? already[0]
        : mapped !== undefined
          ? already?.find((l) => !taken.get(l)!.some((r) => lineKey(r.label) === lineKey(row.label)))
          : undefined;
    if (joined) {
      taken.get(joined)!.push(row);
      continue;
    }
    const billed = f.money(row.amount);
    unexpectedRow(
      row,
      given.has(lineKey(target))
        ? t.billedAgain(row.label, billed)
        : mapped !== undefined
          ? t.mappedToAbsent(row.label, billed, mapped, periodInWords)
          : t.unexpected(row.label, billed, periodInWords),
      !given.has(lineKey(target)) && mapped === undefined,
    );
  }
  if (issues.length > 0) return failed(issues);

  const lines: ReconciledLine[] = invoice.lines.flatMap((line): ReconciledLine[] => {
    if (inBundle.has(line)) return [];
    const rows = taken.get(line);
    const bundle = bundles.get(line);
    if (rows && bundle) {
      const label = bundle.map((l) => l.label).join(' + ');
      const explanation = joinList(
        language,
        bundle.map((l) => l.explanation),
      );
      const due = decSum(bundle.map((l) => l.amount));
      const own = rows.flatMap((r) => ownFindings(f, invoice, r, 'line', tolerance));
      const reconciled = compared(
        f,
        tolerance,
        'line',
        label,
        together(rows),
        due,
        { explanation },
        own,
        rows,
      );
      return [
        reconciled.note === undefined
          ? reconciled
          : { ...reconciled, note: withHidden(t, reconciled.note, rows) },
      ];
    }
    if (rows) {
      const own = rows.flatMap((r) => ownFindings(f, invoice, r, 'line', tolerance));
      const reconciled = compared(
        f,
        tolerance,
        'line',
        line.label,
        together(rows),
        line.amount,
        line,
        own,
        rows,
      );
      if (reconciled.note === undefined) return [reconciled];
      const cells =
        rows.length === 1
          ? ''
          : ` ${t.billedInRows(line.label, rows.length, rows.map((r) => r.at).join(', '))}`;
      return [{ ...reconciled, note: withHidden(t, `${reconciled.note}${cells}`, rows) }];
    }
    // A zero line the supplier leaves out (a credit not incurred) is nothing billed and nothing due.
    const missing = !line.amount.isZero();
    return [
      {
        kind: 'line',
        status: missing ? 'missing' : 'matched',
        label: line.label,
        billed: null,
        due: line.amount,
        difference: line.amount.neg(),
        explanation: line.explanation,
        ...(missing ? { note: t.missing(line.label, f.money(line.amount), line.explanation) } : {}),
      },
    ];
  });
  const likely = likelyLines(
    lines.flatMap((l) => (l.status === 'missing' ? [{ label: l.label, due: l.due! }] : [])),
    unexpected.filter((u) => u.unlabelled && !u.row.amount.isZero()).map((u) => u.row),
  );
  for (const { row, note } of unexpected) {
    // Billed at zero, as a line the contract gives only some months may be printed: nothing billed, nothing
    // due, as a zero line the supplier leaves out.
    if (row.amount.isZero()) {
      const supplierRow = { label: row.label, at: row.at, rows: [row] };
      lines.push({
        kind: 'line',
        status: 'matched',
        label: row.label,
        supplier: supplierRow,
        billed: row.amount,
        due: null,
        difference: ZERO,
      });
      continue;
    }
    const meant = likely.get(row);
    const why = meant && (meant.by === 'amount' ? t.sameAmountAs : t.speltNearlyAs)(meant.line.label);
    const said = [
      note,
      ...(why === undefined ? [] : [why]),
      ...ownFindings(f, invoice, row, 'line', tolerance),
    ].join(' ');
    lines.push({
      kind: 'line',
      status: 'unexpected',
      label: row.label,
      supplier: { label: row.label, at: row.at, rows: [row] },
      billed: row.amount,
      due: null,
      difference: row.amount,
      note: withHidden(t, said, [row]),
    });
  }

  const due: Record<TotalKind, { label: string; amount: Dec; line?: InvoiceLine }> = {
    subtotal: { label: t.subtotal, amount: invoice.subtotal },
    vat: { label: invoice.vat.label, amount: invoice.vat.amount, line: invoice.vat },
    total: { label: t.total, amount: invoice.total },
  };
  const totals = (['subtotal', 'vat', 'total'] as const).flatMap((kind) => {
    const row = totalRows.get(kind);
    if (!row) return [];
    const rate = kind === 'vat' ? invoice.contract.vatRate : undefined;
    // A Total row across the Amount, VAT and gross columns states the total in its gross cell.
    const stated = kind === 'total' && row.gross !== undefined ? { ...row, amount: row.gross } : row;
    const own = ownFindings(f, invoice, row, kind, tolerance);
    const { label, amount, line: dueLine } = due[kind];
    const line = compared(f, tolerance, kind, label, stated, amount, dueLine, own, [row], rate);
    return [line.note === undefined ? line : { ...line, note: withHidden(t, line.note, [row]) }];
  });

  const billedLines = decSum(lines.flatMap((l) => (l.billed === null ? [] : [l.billed])));
  const dueLines = invoice.subtotal;
  // The tolerance is for each line: lines each within it may still add up to more. Where the supplier
  // states no subtotal or total, what the buyer pays is their sum, so it is held to the tolerance too.
  // A stated subtotal its own lines do not add up to, where no line is disputed (that line's note and the
  // balance already say it): the supplier could later claim either figure.
  const stated = totals.findIndex((l) => l.kind === 'subtotal');
  const linesDiffer = lines.some(differs);
  const ownDrift = stated < 0 ? ZERO : billedLines.minus(totals[stated].billed!);
  if (stated >= 0 && !linesDiffer && statusOf(ownDrift, tolerance) !== 'matched') {
    const own = t.ownLinesDiffer(f.money(billedLines), f.money(totals[stated].billed!));
    const { note, status } = totals[stated];
    totals[stated] = {
      ...totals[stated],
      status: status === 'matched' ? 'details-differ' : status,
      note: note === undefined ? own : `${note} ${own}`,
    };
  }
  const drift = billedLines.minus(dueLines);
  if (totals.length === 0 && !linesDiffer && statusOf(drift, tolerance) !== 'matched') {
    const status = statusOf(drift, tolerance);
    totals.push({
      kind: 'subtotal',
      status,
      label: t.subtotal,
      billed: billedLines,
      due: dueLines,
      difference: drift,
      note: t.linesAddUp(
        f.money(billedLines),
        f.money(dueLines),
        status === 'over-billed',
        f.money(drift.abs()),
        f.money(tolerance),
      ),
    });
  }

  // Amounts including VAT line by line, and no Total row: what the buyer is asked to pay is their sum,
  // which each line's VAT rounded its own way may take off the contract's total.
  const totalOf = new Set(totalRows.values());
  const lineRows = supplier.rows.filter((r) => !totalOf.has(r));
  const grossRows = lineRows.flatMap((r) => (r.gross === undefined ? [] : [r.gross]));
  const grossSum = decSum(grossRows);
  const grossDrift = grossSum.minus(invoice.total);
  const grossOff = !totalRows.has('total') && grossRows.length > 0 && grossRows.length === lineRows.length;
  if (grossOff && !lines.some(differs) && statusOf(grossDrift, tolerance) !== 'matched') {
    const over = grossDrift.isPos();
    totals.push({
      kind: 'total',
      status: statusOf(grossDrift, tolerance),
      label: t.total,
      billed: grossSum,
      due: invoice.total,
      difference: grossDrift,
      note: t.grossLinesAddUp(f.money(grossSum), f.money(invoice.total), over, f.money(grossDrift.abs())),
    });
  }

  const differences = [...lines, ...totals].filter(differs).length;
  const message =
    differences === 0
      ? ''
      : [
          t.messageHeader(invoice.number, period, invoice.contract.name, differences),
          ...[...lines, ...totals].filter(differs).map((l) => `- ${l.note}`),
          t.messageBalance(
            f.money(billedLines),
            f.money(dueLines),
            f.money(billedLines.minus(dueLines), true),
          ),
          t.messageClosing,
        ].join('\n');
  return ok({
    invoice,
    supplierSheet: supplier.sheet,
    tolerance,
    lines,
    totals,
    differences,
    billedLines,
    dueLines,
    message,
    hiddenRows: supplier.rows.filter((r) => r.hidden).map((r) => r.at),
  });
}

/**
 * The VAT rate, Date and Period cells of a line's rows as they were read, one entry per row that fills the
 * cell (a key only where one does): the rates a VAT rate cell may state (a bare `0.2` is 20 % or 0.2 %), the
 * months a date falls in and, where its digits could be read either way, the order it was read in and the
 * cell that shows it (`french` for a French file's day first), or both days when the period holds both.
 */
function supplierCells(rows: readonly SupplierRow[]): object {
  const vatRates = rows.flatMap(({ vatRate: v }) =>
    v === undefined ? [] : [{ cell: v.at, text: v.text, rates: v.rates.map((r) => r.toFixed()) }],
  );
  const dates = rows.flatMap(({ dated: d }) => {
    if (d === undefined) return [];
    const order = d.readIn && { order: d.readIn.order, orderFrom: d.readIn.shownBy?.at ?? 'french' };
    return [
      {
        cell: d.at,
        text: d.text,
        months: d.months,
        ...order,
        ...(d.readings ? { readings: d.readings } : {}),
      },
    ];
  });
  const periods = rows.flatMap(({ period: p }) =>
    p === undefined ? [] : [{ cell: p.at, text: p.text, first: p.first, last: p.last }],
  );
  return {
    ...(vatRates.length > 0 ? { supplierVatRates: vatRates } : {}),
    ...(dates.length > 0 ? { supplierDates: dates } : {}),
    ...(periods.length > 0 ? { supplierPeriods: periods } : {}),
  };
}

/** The reconciliation as plain JSON: amounts as strings in the currency's minor unit (more digits if billed so). */
export function reconciliationToJson(reconciliation: Reconciliation): unknown {
  const { invoice } = reconciliation;
  const money = (value: Dec | null) => (value === null ? null : moneyText(value, invoice.contract.currency));
  const pair = (p: { billed: Dec; due: Dec } | undefined) =>
    p === undefined ? {} : { billed: p.billed.toFixed(), due: p.due.toFixed() };
  const line = (l: ReconciledLine) => ({
    kind: l.kind,
    status: l.status,
    label: l.label,
    ...(l.supplier ? { supplierLabel: l.supplier.label, supplierCell: l.supplier.at } : {}),
    ...(l.supplier ? supplierCells(l.supplier.rows) : {}),
    billed: money(l.billed),
    due: money(l.due),
    difference: money(l.difference),
    ...(l.quantity ? { quantity: pair(l.quantity) } : {}),
    ...(l.unitPrice ? { unitPrice: pair(l.unitPrice) } : {}),
    ...(l.vatRate ? { vatRate: pair(l.vatRate) } : {}),
    ...(l.explanation !== undefined ? { explanation: l.explanation } : {}),
    ...(l.note !== undefined ? { note: l.note } : {}),
  });
  return {
    invoice: invoice.number,
    period: invoice.period,
    months: invoice.months,
    currency: invoice.contract.currency,
    language: invoice.contract.language,
    supplier: reconciliation.supplierSheet,
    tolerance: money(reconciliation.tolerance),
    matches: reconciliation.differences === 0,
    differences: reconciliation.differences,
    lines: reconciliation.lines.map(line),
    totals: reconciliation.totals.map(line),
    billedLines: money(reconciliation.billedLines),
    dueLines: money(reconciliation.dueLines),
    message: reconciliation.message,
    hiddenRows: reconciliation.hiddenRows,
    fingerprint: invoice.seal.fingerprint,
    contractVersion: invoice.seal.contractVersion,
  };
}
