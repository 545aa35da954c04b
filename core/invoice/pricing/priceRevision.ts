/**
 * Price revision: the prices in force for an invoice. A dated amendment replaces a fixed fee, the hourly
 * rate or a volume's unit price from its month; an annual indexation revises every one of them on each
 * anniversary of its first month, by the index entered in the actuals (Syntec: P1 = P0 × S1 / S0) or by a
 * fixed rate (P0 × (1 + rate)^years). Each revision starts from the price as stated (the contract's, or the
 * amendment's at the index then in force), so roundings never compound; a revised rate or unit price is
 * rounded once, to the indexation's `decimals`, by the contract's rounding rule (`roundPrice`), and the line
 * priced with it is rounded as every line is; a revised fixed fee is rounded once, as the line it is. Revisions take effect at the start of an invoicing period (the schema
 * checks it), so an invoice is priced by its first month. Rebates, flat fees, minimum fees and KPI amounts
 * are not revised.
 */
import { indexValue } from '../../contract/actuals';
import { comparePeriods } from '../../contract/period';
import { revisionMonths } from '../../contract/periodTermMonths';
import { sameUpTo } from '../../contract/schema/periodTerms';
import type { Contract, Indexation, Period, PriceAmendment } from '../../contract/types';
import { ONE, quotient, roundPrice, type Dec } from '../../money';
import { invoiceContext, type InvoiceContext } from '../context';
import type { InvoiceLine } from '../types';

/** The invoice's context with its prices in force, what stops it, and the notes its base lines get. */
export interface RevisedPrices {
  readonly ctx: InvoiceContext;
  readonly problems: readonly string[];
  /** The base lines with the revision of their price said at the end of their explanation. */
  annotate(lines: readonly InvoiceLine[]): InvoiceLine[];
}

/** One price and where it is: the key its notes are filed under. */
interface Priced {
  readonly value: Dec;
  /** How the price prints: a fixed fee as money, a rate or unit price with its digits. */
  readonly show: (price: Dec) => string;
  readonly amendment?: PriceAmendment;
  readonly revised?: { readonly formula: string };
  /** An amendment stated on or after the last revision in force: that revision does not apply to it. */
  readonly unrevised?: boolean;
}

export function revisedPrices(stated: InvoiceContext): RevisedPrices {
  const { contract } = stated;
  if (contract.amendments === undefined && contract.indexation === undefined)
    return { ctx: stated, problems: [], annotate: (lines) => [...lines] };
  const month = stated.months[0];
  const problems: string[] = [];
  // The index values are read on every invoice: a sealed invoice's fingerprint covers them.
  const index = indexValues(stated, contract.indexation, month, problems);
  if (problems.length > 0) return { ctx: stated, problems, annotate: (lines) => [...lines] };
  const revision = revisionOf(stated, month, index);
  return {
    ctx: invoiceContext(revision.contract, stated.actuals, stated.months, stated),
    problems: [],
    annotate: revision.annotate,
  };
}

/** The contract with its prices in force, and the notes of its base lines. */
interface Revision {
  readonly contract: Contract;
  readonly annotate: (lines: readonly InvoiceLine[]) => InvoiceLine[];
}

/**
 * Revisions by contract, then by what else determines them: the first month, the index values read, and
 * whether texts are formatted. A forecast prices the same few revisions hundreds of thousands of times.
 */
const REVISIONS = new WeakMap<Contract, Map<string, Revision>>();
/** Distinct revisions kept per contract: index values come from actuals, which a caller may vary freely. */
const REVISIONS_KEPT = 64;

function revisionOf(stated: InvoiceContext, month: Period, index: IndexValues): Revision {
  const { contract } = stated;
  const key = `${month}|${stated.amountsOnly === true}|${index.values.map((v) => v.toString()).join(';')}`;
  let kept = REVISIONS.get(contract);
  if (kept === undefined) REVISIONS.set(contract, (kept = new Map()));
  let revision = kept.get(key);
  if (revision === undefined) {
    if (kept.size >= REVISIONS_KEPT) kept.clear();
    revision = revise(stated, month, index);
    kept.set(key, revision);
  }
  return revision;
}

function revise(stated: InvoiceContext, month: Period, index: IndexValues): Revision {
  const { contract } = stated;
  const price = (fee: string, stated0: Dec, upTo: Dec | null | undefined, money: boolean): Priced => {
    const amendment = amendmentInForce(contract, fee, upTo, month);
    const base = amendment?.amount ?? stated0;
    const from = amendment ? index.revisionsBy(amendment.from) : 0;
    const to = index.revisionsBy(month);
    const show = (d: Dec) => (money ? stated.exactMoney(d) : stated.price(d));
    if (contract.indexation === undefined || to <= from)
      return { value: base, show, amendment, ...(amendment && to > 0 ? { unrevised: true } : {}) };
    const x = contract.indexation;
    const exact =
      x.rate !== undefined
        ? base.times(ONE.plus(x.rate).pow(to - from))
        : quotient(base.times(index.value(to)), index.value(from));
    // A fixed fee is an amount, not a price times a quantity: rounded to its indexation's decimals and then
    // again as a line, 1,328.3949528 would be 1,328.3950 and then 1,328.40. It is rounded once, as a line.
    const value = money ? stated.round(exact) : roundPrice(exact, x.decimals, contract.rounding);
    const formula =
      x.rate !== undefined
        ? `P = ${show(base)} × (1 + ${stated.percent(x.rate)})^${to - from} = ${show(value)}`
        : `P${to} = ${show(base)} × ${stated.number(index.value(to))} / ${stated.number(index.value(from))} = ${show(value)}`;
    return { value, show, amendment, revised: { formula } };
  };

  const fixed = contract.fixedFees.map((fee) => price(fee.label, fee.amount, undefined, true));
  const hourly = contract.hourly && price(contract.hourly.label, contract.hourly.rate, undefined, false);
  const volumes = contract.volumes.map((v) =>
    v.tiers.map((tier) => price(v.name, tier.unitPrice, tier.upTo, false)),
  );

  const revised: Contract = {
    ...contract,
    fixedFees: contract.fixedFees.map((fee, i) => ({ ...fee, amount: fixed[i].value })),
    ...(contract.hourly && hourly ? { hourly: { ...contract.hourly, rate: hourly.value } } : {}),
    volumes: contract.volumes.map((v, i) => ({
      ...v,
      tiers: v.tiers.map((tier, j) => ({ ...tier, unitPrice: volumes[i][j].value })),
    })),
  };
  const note = (prices: readonly Priced[]): string => {
    const t = stated.texts.periodTerms;
    const amended = prices.filter((p) => p.amendment !== undefined);
    const revisedPrices = prices.filter((p) => p.revised !== undefined);
    return [
      amended.length > 0
        ? t.amended(
            amended[0].amendment!.from,
            amended.map((p) => p.show(p.amendment!.amount)),
            amended.some((p) => p.unrevised) ? index.lastRevision(month)! : null,
          )
        : '',
      revisedPrices.length > 0
        ? t.revised(
            index.lastRevision(month)!,
            revisedPrices.map((p) => p.revised!.formula),
          )
        : '',
    ].join('');
  };
  const fixedNotes = fixed.map((p) => note([p]));
  const hourlyNote = hourly ? note([hourly]) : '';
  const volumeNotes = new Map<string, string>();
  // A volume line is the first volume of its name's (as `findIndex` would find it).
  contract.volumes.forEach((v, i) => {
    if (!volumeNotes.has(v.name)) volumeNotes.set(v.name, note(volumes[i]));
  });
  return {
    contract: revised,
    annotate: (lines) => {
      let fixedSeen = 0;
      return lines.map((line) => {
        let extra = '';
        if (line.kind === 'fixed' && fixedSeen < fixed.length) extra = fixedNotes[fixedSeen++];
        else if (line.kind === 'hourly' && hourly) extra = hourlyNote;
        else if (line.kind === 'volume') extra = volumeNotes.get(line.label) ?? '';
        return extra === '' ? line : { ...line, explanation: `${line.explanation}${extra}` };
      });
    },
  };
}

/** The latest amendment of `fee` (its tier `upTo` for a volume) taking effect by `month`. */
function amendmentInForce(
  contract: Contract,
  fee: string,
  upTo: Dec | null | undefined,
  month: Period,
): PriceAmendment | undefined {
  const name = fee.trim().toLowerCase();
  let found: PriceAmendment | undefined;
  // Amendments are sorted by month (the schema's assembly), so the last match is the one in force.
  for (const a of contract.amendments ?? []) {
    if (comparePeriods(a.from, month) > 0) break;
    const sameTier = upTo === undefined || sameUpTo(a.upTo ?? null, upTo);
    if (a.fee.trim().toLowerCase() === name && sameTier) found = a;
  }
  return found;
}

/** The revisions in force by a month, and the index value of each. */
interface IndexValues {
  /** S0 then the value at each revision (empty without an index): what else the revised prices depend on. */
  readonly values: readonly Dec[];
  revisionsBy(m: Period): number;
  value(n: number): Dec;
  lastRevision(m: Period): Period | undefined;
}

/**
 * An index value that would revise prices beyond half or double: indices such as Syntec move a few per cent
 * a year, while a misplaced decimal point (3054 for 305.4) multiplies every price by ten.
 */
const implausible = (value: Dec, base: Dec): boolean => value.gt(base.times(2)) || value.times(2).lt(base);

/** The revisions in force by `month` and their index values, each missing or implausible one a problem. */
function indexValues(
  ctx: InvoiceContext,
  indexation: Indexation | undefined,
  month: Period,
  problems: string[],
): IndexValues {
  const months = indexation ? revisionMonths(indexation, month) : [];
  const values: Dec[] = [];
  if (indexation?.index !== undefined) {
    values.push(indexation.base!);
    for (const m of months) {
      const value = indexValue(ctx.actuals, indexation.index, m);
      if (value === undefined) problems.push(ctx.texts.periodTerms.missingIndex(indexation.index, m));
      else if (implausible(value, indexation.base!)) {
        const above = value.gt(indexation.base!);
        const t = ctx.texts.periodTerms;
        problems.push(
          t.implausibleIndex(indexation.index, m, ctx.number(value), ctx.number(indexation.base!), above),
        );
      }
      values.push(value ?? ONE);
    }
  }
  return {
    values,
    /** How many revisions have taken effect by `m`. */
    revisionsBy: (m: Period) => months.filter((r) => comparePeriods(r, m) <= 0).length,
    value: (n: number) => values[n],
    lastRevision: (m: Period) => months.filter((r) => comparePeriods(r, m) <= 0).at(-1),
  };
}
