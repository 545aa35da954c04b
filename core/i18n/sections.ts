/**
 * Texts of the task pane's Control sections (issue 13), in English and French: the labels the pane shows
 * and the messages its actions answer with. Sheet names arrive as data. The Model section's are in model.ts.
 */
import type { Language } from '../contract/types';
import { formatPeriod, frenchOf } from './periodFormat';
import { fr, frenchTexts } from './frenchTypography';
import { counted } from './plural';
import { supplierHeaders } from './reconciliation';

/** Periods arrive as ISO names (`2026-10`) and are said in words (`October 2026`). */
const en = (period: string): string => formatPeriod(period, 'en');

/**
 * The line and amount columns every supplier's invoice must have, by the names the reader gives them when
 * one is missing, so the help never names a header the reader refuses.
 */
function requiredColumns(lang: Language): { readonly label: string; readonly amount: string } {
  const headers = supplierHeaders(lang);
  return { label: headers.label[0], amount: headers.amount[0] };
}
const EN_REQUIRED = requiredColumns('en');
const FR_REQUIRED = requiredColumns('fr');

export interface SectionTexts {
  readonly reconcileHeading: string;
  readonly reconcileHint: string;
  readonly supplierSheetLabel: string;
  readonly supplierSheetNone: string;
  readonly reconcileButton: string;
  readonly notesLabel: string;
  readonly periodMissing: string;
  busyReconciling(sheet: string, period: string): string;
  reconcileFailed(message: string): string;
  readonly supplierSheetMissing: string;
  readonly supplierIsContract: string;
  noSuchSheet(sheet: string): string;
  supplierProblems(count: number, first: string): string;
  reconciled(sheet: string, differences: number): string;
  rangeProblem(problem: string): string;
  rangeInvoiced(count: number, summary: string): string;
  readonly rangeHeading: string;
  readonly rangeHint: string;
  readonly rangeFromLabel: string;
  readonly rangeToLabel: string;
  readonly rangeButton: string;
  readonly rangeNeedsPeriods: string;
  busyRange(from: string, to: string): string;
  rangeFailed(message: string): string;
}

const EN: SectionTexts = {
  reconcileHeading: 'Reconcile a supplier invoice',
  reconcileHint: `Pick the sheet holding the supplier's invoice (a header row with ${EN_REQUIRED.label} and ${EN_REQUIRED.amount}, then one row per line). It is compared with the invoice of the period chosen under Generate invoice, on a new Reconciliation sheet.`,
  supplierSheetLabel: 'Supplier invoice sheet',
  supplierSheetNone: '(choose a sheet)',
  reconcileButton: 'Reconcile',
  notesLabel: 'Dispute notes for the supplier',
  periodMissing: 'Choose the period under Generate invoice first (Check contract lists them).',
  busyReconciling: (sheet, period) => `Reconciling "${sheet}" with the invoice of ${en(period)}…`,
  reconcileFailed: (message) => `Could not reconcile: ${message}`,
  supplierSheetMissing: "Choose the sheet that holds the supplier's invoice.",
  supplierIsContract: "That sheet belongs to the contract: choose the sheet holding the supplier's invoice.",
  noSuchSheet: (sheet) => `There is no sheet "${sheet}" any more; choose another one.`,
  supplierProblems: (count, first) =>
    `The supplier's invoice has ${counted('en', count, 'problem', 'problems')}. First: ${first}`,
  reconciled: (sheet, differences) =>
    differences === 0
      ? `Every line matches: written to "${sheet}".`
      : `${counted('en', differences, 'difference', 'differences')}, highlighted on "${sheet}" with the dispute notes.`,
  rangeProblem: (problem) => `Cannot invoice that range: ${problem}.`,
  rangeInvoiced: (count, summary) =>
    `${counted('en', count, 'invoice', 'invoices')} written, each on its own sheet, after the summary "${summary}".`,
  rangeHeading: 'Invoice a range',
  rangeHint:
    'Every invoice from the first period to the last, each on a new sheet, after a Summary sheet of SUM formulas.',
  rangeFromLabel: 'From',
  rangeToLabel: 'To',
  rangeButton: 'Invoice the range',
  rangeNeedsPeriods: 'Run Check contract first: it lists the periods to choose from.',
  busyRange: (from, to) => `Invoicing ${en(from)} to ${en(to)}…`,
  rangeFailed: (message) => `Could not invoice the range: ${message}`,
};

const FR = frenchTexts<SectionTexts>({
  reconcileHeading: 'Rapprocher une facture fournisseur',
  reconcileHint: fr`Choisissez la feuille qui contient la facture du fournisseur (une ligne d’en-tête avec ${FR_REQUIRED.label} et ${FR_REQUIRED.amount}, puis une ligne par ligne de facture). Elle est comparée à la facture de la période choisie sous Générer la facture, sur une nouvelle feuille de rapprochement.`,
  supplierSheetLabel: 'Feuille de la facture fournisseur',
  supplierSheetNone: '(choisissez une feuille)',
  reconcileButton: 'Rapprocher',
  notesLabel: 'Notes de contestation, à envoyer au fournisseur',
  periodMissing: 'Choisissez d’abord la période sous Générer la facture (Vérifier le contrat les liste).',
  busyReconciling: (sheet, period) => fr`Rapprochement de « ${sheet} » avec la facture ${frenchOf(period)}…`,
  reconcileFailed: (message) => fr`Rapprochement impossible : ${message}`,
  supplierSheetMissing: 'Choisissez la feuille qui contient la facture du fournisseur.',
  supplierIsContract:
    'Cette feuille appartient au contrat : choisissez la feuille de la facture du fournisseur.',
  noSuchSheet: (sheet) => fr`La feuille « ${sheet} » n’existe plus ; choisissez-en une autre.`,
  supplierProblems: (count, first) =>
    fr`La facture du fournisseur comporte ${counted('fr', count, 'problème', 'problèmes')}. Premier : ${first}`,
  reconciled: (sheet, differences) =>
    differences === 0
      ? fr`Toutes les lignes concordent : écrit dans « ${sheet} ».`
      : fr`${counted('fr', differences, 'écart', 'écarts')}, en évidence dans « ${sheet} » avec les notes de contestation.`,
  rangeProblem: (problem) => fr`Impossible de facturer cette plage : ${problem}.`,
  rangeInvoiced: (count, summary) =>
    fr`${counted('fr', count, 'facture écrite', 'factures écrites')}, chacune sur sa feuille, après la synthèse « ${summary} ».`,
  rangeHeading: 'Facturer une plage',
  rangeHint:
    'Chaque facture de la première période à la dernière, chacune sur une nouvelle feuille, après une feuille de synthèse en formules SOMME.',
  rangeFromLabel: 'Du',
  rangeToLabel: 'Au',
  rangeButton: 'Facturer la plage',
  rangeNeedsPeriods: 'Lancez d’abord Vérifier le contrat : il liste les périodes à choisir.',
  busyRange: (from, to) => fr`Facturation ${frenchOf(from)} à ${formatPeriod(to, 'fr')}…`,
  rangeFailed: (message) => fr`Plage impossible à facturer : ${message}`,
});

export function sectionTexts(lang: Language): SectionTexts {
  return lang === 'fr' ? FR : EN;
}
