/**
 * The mapping's own mistakes: an entry whose supplier label matches no row of the supplier's invoice while
 * a row spelt nearly so is left unexpected ("Bonus AHT" for "Bonus - AHT"). Without this, the typo shows as
 * an unexpected line and a missing one, and the buyer would dispute a line the supplier billed right.
 * An entry matching nothing with no such row is no mistake: a mapping kept beside the contract names lines
 * that only some months bill (a penalty, a bonus).
 */
import { distance } from 'fastest-levenshtein';
import { cellIssue, type Issue } from '../contract/issues';
import type { Language } from '../contract/types';
import { reconciliationTexts } from '../i18n/reconciliation';
import type { Invoice } from '../invoice/types';
import { lineKey } from './lineKey';
import type { LineMapping } from './lineMapping';
import type { SupplierInvoice } from './supplierInvoice';
import { totalKind } from './totalRows';

/** A label as a typo is measured: case, accents, spaces and punctuation aside. */
function squashed(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Its words in order of the alphabet: "AHT bonus" and "Bonus - AHT" have the same. */
function wordSet(label: string): string {
  return lineKey(label.replace(/[^\p{L}\p{N}]+/gu, ' '))
    .split(' ')
    .sort()
    .join(' ');
}

/**
 * The label among `candidates` that `label` most likely misspells: the same words in another order or
 * punctuation, or at most one edit in four letters (two in "bonusaht") and the same digits; `undefined`
 * when none is that near.
 */
export function nearestLabel(label: string, candidates: readonly string[]): string | undefined {
  const wanted = squashed(label);
  let best: { label: string; edits: number } | undefined;
  const digits = (text: string) => text.replace(/\D/g, '');
  for (const candidate of candidates) {
    // "Q1 bonus" is no misspelling of "Q2 bonus": numbers name different lines.
    if (digits(squashed(candidate)) !== digits(wanted)) continue;
    const edits = wordSet(candidate) === wordSet(label) ? 0 : distance(wanted, squashed(candidate));
    if (edits <= Math.max(1, Math.floor(wanted.length / 4)) && (best === undefined || edits < best.edits))
      best = { label: candidate, edits };
  }
  return best?.label;
}

/**
 * Each mapping entry that matches none of the supplier's rows, where one the contract and the mapping both
 * leave unmatched is near it: an issue at the entry's cell, in the contract's language, naming that row.
 */
export function unmatchedMappingEntries(
  invoice: Invoice,
  supplier: SupplierInvoice,
  mapping: LineMapping,
  lang: Language = invoice.contract.language,
): Issue[] {
  const t = reconciliationTexts(lang);
  const billed = new Set(supplier.rows.map((row) => lineKey(row.label)));
  const lines = new Set(invoice.lines.map((line) => lineKey(line.label)));
  const orphans = supplier.rows
    .map((row) => row.label)
    .filter((label) => {
      const key = lineKey(label);
      return !mapping.targets.has(key) && !lines.has(key) && totalKind(label) === undefined;
    });
  return mapping.entries.flatMap((entry) => {
    if (billed.has(lineKey(entry.supplier))) return [];
    const meant = nearestLabel(entry.supplier, orphans);
    if (meant === undefined) return [];
    const problem = t.mappingMatchesNothing(entry.supplier, meant);
    return [cellIssue(mapping.sheet, entry.row, entry.col, entry.header, problem, lang)];
  });
}
