/** Labels of the invoice sheet, in English and French. */
import type { Language } from '../contract/types';

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
};

const FR: InvoiceSheetLabels = {
  sheetName: (period) => `Facture ${period}`,
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
    "Objectif d'excellence",
    'Résultat',
    'Montant',
  ],
  note: 'Montants figés calculés par Outcome Fees ; les totaux sont des formules SOMME sur les lignes.',
};

export function invoiceSheetLabels(lang: Language): InvoiceSheetLabels {
  return lang === 'fr' ? FR : EN;
}
