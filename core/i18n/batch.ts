/** Labels of the Summary, Portfolio and Performance sheets, in English and French. */
import type { Language } from '../contract/types';
import type { LineKind } from '../invoice/types';

export interface BatchLabels {
  readonly summarySheet: string;
  readonly summaryTitle: (contract: string, from: string, to: string) => string;
  readonly portfolioSheet: string;
  readonly portfolioTitle: (contracts: number, invoices: number) => string;
  readonly period: string;
  readonly invoice: string;
  readonly contract: string;
  readonly contractName: string;
  readonly currency: string;
  readonly subtotal: string;
  readonly vat: string;
  readonly total: string;
  readonly rangeTotal: string;
  readonly totalIn: (currency: string) => string;
  readonly kinds: Readonly<Record<Exclude<LineKind, 'vat'>, string>>;
  readonly note: string;
}

const EN: BatchLabels = {
  summarySheet: 'Summary',
  summaryTitle: (contract, from, to) => `Summary — ${contract}, ${from} to ${to}`,
  portfolioSheet: 'Portfolio',
  portfolioTitle: (contracts, invoices) => `Portfolio — ${contracts} contracts, ${invoices} invoices`,
  period: 'Period',
  invoice: 'Invoice',
  contract: 'Contract',
  contractName: 'Contract name',
  currency: 'Currency',
  subtotal: 'Subtotal excl. VAT',
  vat: 'VAT',
  total: 'Total incl. VAT',
  rangeTotal: 'Total of the range',
  totalIn: (currency) => `Total ${currency}`,
  kinds: {
    fixed: 'Fixed fees',
    hourly: 'Hourly fees',
    volume: 'Volume fees',
    minimum: 'Minimum top-ups',
    'kpi-fee': 'KPI fees',
    'kpi-adjustment': 'KPI bonuses and maluses',
    'bonus-cap': 'Bonus caps',
    'malus-cap': 'Malus caps',
    'sla-credit': 'Service-level credits',
    'sla-cap': 'Credit caps',
    earnback: 'Earnbacks',
  },
  note: 'Amounts are those of the invoices of this workbook; subtotals and totals are SUM formulas.',
};

const FR: BatchLabels = {
  summarySheet: 'Synthèse',
  summaryTitle: (contract, from, to) => `Synthèse — ${contract}, de ${from} à ${to}`,
  portfolioSheet: 'Portefeuille',
  portfolioTitle: (contracts, invoices) => `Portefeuille — ${contracts} contrats, ${invoices} factures`,
  period: 'Période',
  invoice: 'Facture',
  contract: 'Contrat',
  contractName: 'Nom du contrat',
  currency: 'Devise',
  subtotal: 'Total HT',
  vat: 'TVA',
  total: 'Total TTC',
  rangeTotal: 'Total de la période',
  totalIn: (currency) => `Total ${currency}`,
  kinds: {
    fixed: 'Forfaits',
    hourly: 'Honoraires horaires',
    volume: 'Rémunération au volume',
    minimum: 'Compléments de minimum',
    'kpi-fee': 'Rémunération sur KPI',
    'kpi-adjustment': 'Bonus et malus KPI',
    'bonus-cap': 'Plafonds de bonus',
    'malus-cap': 'Plafonds de malus',
    'sla-credit': 'Pénalités de niveau de service',
    'sla-cap': 'Plafonds de pénalités',
    earnback: 'Restitutions de pénalités',
  },
  note: 'Montants des factures de ce classeur ; les totaux sont des formules SOMME.',
};

export function batchLabels(lang: Language): BatchLabels {
  return lang === 'fr' ? FR : EN;
}
