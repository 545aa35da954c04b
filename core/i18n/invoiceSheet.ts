/** Labels of the invoice sheet, in English and French. */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';

export interface InvoiceSheetLabels {
  sheetName(period: string): string;
  readonly title: string;
  readonly number: string;
  readonly date: string;
  readonly period: string;
  readonly client: string;
  readonly provider: string;
  readonly contract: string;
  readonly currency: string;
  readonly contractVersion: string;
  readonly fingerprint: string;
  readonly columns: readonly [string, string, string, string, string, string];
  readonly subtotal: string;
  readonly vat: string;
  readonly total: string;
  readonly evidence: string;
  readonly evidenceColumns: readonly [string, string, string, string, string, string, string, string];
  readonly note: string;
  /** Said under the note when VAT is a ROUND/ROUNDDOWN formula over the subtotal. */
  readonly vatFormula: string;
  /** Said instead when the contract's rounding has no spreadsheet function (half to even). */
  readonly vatFrozen: string;
  /** Said instead when the subtotal is too large for the VAT formula to be exact (core/layout/vatFormula.ts). */
  readonly vatTooLarge: string;
}

const EN: InvoiceSheetLabels = {
  sheetName: (period) => `Invoice ${period}`,
  title: 'Invoice',
  number: 'Number',
  date: 'Date',
  period: 'Period',
  client: 'Client',
  provider: 'Provider',
  contract: 'Contract',
  currency: 'Currency',
  contractVersion: 'Contract version',
  fingerprint: 'Fingerprint (SHA-256)',
  columns: ['Line', 'Explanation', 'Quantity', 'Unit', 'Unit price', 'Amount'],
  subtotal: 'Subtotal excluding VAT',
  vat: 'VAT',
  total: 'Total including VAT',
  evidence: 'KPI evidence',
  evidenceColumns: ['KPI', 'Month measured', 'Actual', 'Threshold', 'Target', 'Stretch', 'Outcome', 'Amount'],
  note: 'Amounts are frozen values computed by Outcome Fees; totals are SUM formulas over the lines.',
  vatFormula: 'VAT is a formula over the subtotal, rounded as the contract rounds.',
  vatFrozen:
    'VAT is a frozen value: the contract rounds half to even, which no spreadsheet function does; after correcting a line, have Outcome Fees recompute the invoice.',
  vatTooLarge:
    'VAT is a frozen value: the subtotal is too large for a spreadsheet formula to give its VAT to the cent; after correcting a line, have Outcome Fees recompute the invoice.',
};

const FR = frenchTexts<InvoiceSheetLabels>({
  sheetName: (period) => fr`Facture ${period}`,
  title: 'Facture',
  number: 'Numéro',
  date: 'Date',
  period: 'Période',
  client: 'Client',
  provider: 'Prestataire',
  contract: 'Contrat',
  currency: 'Devise',
  contractVersion: 'Version du contrat',
  fingerprint: 'Empreinte (SHA-256)',
  columns: ['Ligne', 'Explication', 'Quantité', 'Unité', 'Prix unitaire', 'Montant'],
  subtotal: 'Total HT',
  vat: 'TVA',
  total: 'Total TTC',
  evidence: 'Justificatifs des KPI',
  evidenceColumns: [
    'KPI',
    'Mois mesuré',
    'Réalisé',
    'Seuil',
    'Objectif',
    'Objectif d’excellence',
    'Résultat',
    'Montant',
  ],
  note: 'Montants figés calculés par Outcome Fees ; les totaux sont des formules SOMME sur les lignes.',
  vatFormula: 'La TVA est une formule sur le total HT, arrondie comme le prévoit le contrat.',
  vatFrozen:
    'La TVA est une valeur figée : le contrat arrondit au pair (arrondi bancaire), ce qu’aucune fonction de tableur ne fait ; après correction d’une ligne, faites recalculer la facture par Outcome Fees.',
  vatTooLarge:
    'La TVA est une valeur figée : le total HT est trop grand pour qu’une formule de tableur en donne la TVA au centime près ; après correction d’une ligne, faites recalculer la facture par Outcome Fees.',
});

export function invoiceSheetLabels(lang: Language): InvoiceSheetLabels {
  return lang === 'fr' ? FR : EN;
}
