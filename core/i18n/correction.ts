/**
 * Texts of correction notes (a credit or debit note for a period whose actuals were restated after
 * invoicing), in English and French: the reason of each line in words, and the labels of the sheet.
 */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';

/** A credit note gives money back; a debit note asks for more; none when the recomputed invoice is the same. */
export type CorrectionKind = 'credit' | 'debit' | 'none';

export interface CorrectionTexts {
  /** Clauses of a reason: `CSAT restated…: threshold now met: +€5,000.00` (French puts a space before `:`). */
  join(parts: readonly string[]): string;
  /** `CSAT restated from 89.5% to 90.5%`. */
  restated(name: string, from: string, to: string): string;
  readonly thresholdNowMet: string;
  readonly thresholdNowMissed: string;
  readonly minimumNowMet: string;
  readonly minimumNowMissed: string;
  outcomeChanged(from: string, to: string): string;
  recomputed(label: string, explanation: string): string;
  noLongerDue(label: string): string;
  nowDue(label: string, explanation: string): string;
  readonly unchanged: string;
  readonly noChange: string;
  // Problems
  otherContract(issued: string, contract: string): string;
  amendedContract(issued: string, now: string): string;
  otherPeriod(issued: string, period: string): string;
  /** The issued invoice's own figures disagree (a hand edit): `what` does not add up to `stated`. */
  issuedDoesNotAddUp(what: 'lines' | 'subtotal and VAT', sum: string, field: string, stated: string): string;
  notAnInvoice(field: string): string;
  /** The file given as the issued invoice is a correction note (`correctionNoteOf`). */
  noteNotInvoice(note: string, corrects: string): string;
  // The sheet.
  title(kind: CorrectionKind): string;
  sheetName(kind: CorrectionKind, period: string): string;
  readonly number: string;
  readonly date: string;
  readonly corrects: string;
  readonly period: string;
  readonly client: string;
  readonly provider: string;
  readonly contract: string;
  readonly currency: string;
  readonly fingerprintIssued: string;
  readonly fingerprintRecomputed: string;
  readonly columns: readonly [string, string, string, string, string];
  readonly subtotal: string;
  readonly total: string;
}

const EN: CorrectionTexts = {
  join: (parts) => parts.join(': '),
  restated: (name, from, to) => `${name} restated from ${from} to ${to}`,
  thresholdNowMet: 'threshold now met',
  thresholdNowMissed: 'threshold now missed',
  minimumNowMet: 'minimum now met',
  minimumNowMissed: 'minimum now missed',
  outcomeChanged: (from, to) => `${from} → ${to}`,
  recomputed: (label, explanation) => `${label} recomputed: ${explanation}`,
  noLongerDue: (label) => `${label} no longer due`,
  nowDue: (label, explanation) => `${label} now due: ${explanation}`,
  unchanged: 'unchanged',
  noChange: 'no change',
  otherContract: (issued, contract) => `the issued invoice is for contract "${issued}", not "${contract}"`,
  amendedContract: (issued, now) =>
    `the invoice was issued under contract version ${issued}, the contract given is version ${now}: a correction re-prices restated actuals under the terms it was issued with, never under amended ones`,
  otherPeriod: (issued, period) => `the issued invoice is for ${issued}, --period gives ${period}`,
  issuedDoesNotAddUp: (what, sum, field, stated) =>
    `the issued invoice's ${what} add up to ${sum}, its ${field} says ${stated}: edited since it was issued; correct from the invoice as issued`,
  notAnInvoice: (field) => `not an invoice JSON written by outcome-fees: ${field}`,
  noteNotInvoice: (note, corrects) =>
    `this is the correction note ${note} of invoice ${corrects}, not an invoice: --corrects takes the invoice as issued`,
  title: (kind) => ({ credit: 'Credit note', debit: 'Debit note', none: 'Correction (no amount due)' })[kind],
  sheetName: (kind, period) => `${kind === 'debit' ? 'Debit note' : 'Credit note'} ${period}`,
  number: 'Number',
  date: 'Date',
  corrects: 'Corrects invoice',
  period: 'Period',
  client: 'Client',
  provider: 'Provider',
  contract: 'Contract',
  currency: 'Currency',
  fingerprintIssued: 'Fingerprint as issued',
  fingerprintRecomputed: 'Fingerprint recomputed',
  columns: ['Line', 'As issued', 'As recomputed', 'Difference', 'Reason'],
  subtotal: 'Subtotal excluding VAT',
  total: 'Total including VAT',
};

const FR = frenchTexts<CorrectionTexts>({
  join: (parts) => parts.join(fr` : `),
  restated: (name, from, to) => fr`${name} corrigé de ${from} à ${to}`,
  thresholdNowMet: 'seuil désormais atteint',
  thresholdNowMissed: 'seuil désormais manqué',
  minimumNowMet: 'minimum désormais atteint',
  minimumNowMissed: 'minimum désormais manqué',
  outcomeChanged: (from, to) => fr`${from} → ${to}`,
  recomputed: (label, explanation) => fr`${label}, nouveau calcul : ${explanation}`,
  // Said of the line, so the words agree whatever the label's gender and number ("Frais…", "Prime…").
  noLongerDue: (label) => fr`La ligne « ${label} » n'est plus due`,
  nowDue: (label, explanation) => fr`La ligne « ${label} » est désormais due : ${explanation}`,
  unchanged: 'inchangé',
  noChange: 'sans effet',
  otherContract: (issued, contract) =>
    fr`la facture émise relève du contrat « ${issued} », pas « ${contract} »`,
  amendedContract: (issued, now) =>
    fr`la facture a été émise sous la version ${issued} du contrat, le contrat donné est en version ${now} : une rectification recalcule un réalisé corrigé aux conditions d'émission, jamais à des conditions modifiées`,
  otherPeriod: (issued, period) => fr`la facture émise porte sur ${issued}, --period donne ${period}`,
  issuedDoesNotAddUp: (what, sum, field, stated) =>
    fr`${what === 'lines' ? 'les lignes' : 'le sous-total et la TVA'} de la facture émise font ${sum}, son champ ${field} indique ${stated} : modifiée depuis son émission ; rectifiez à partir de la facture telle qu'émise`,
  notAnInvoice: (field) => fr`pas le JSON d'une facture écrite par outcome-fees : ${field}`,
  noteNotInvoice: (note, corrects) =>
    fr`c'est la note de correction ${note} de la facture ${corrects}, pas une facture : --corrects prend la facture telle qu'émise`,
  title: (kind) =>
    ({ credit: 'Avoir', debit: 'Facture rectificative', none: 'Rectification (aucun montant)' })[kind],
  sheetName: (kind, period) => fr`${kind === 'debit' ? 'Facture rectificative' : 'Avoir'} ${period}`,
  number: 'Numéro',
  date: 'Date',
  corrects: 'Rectifie la facture',
  period: 'Période',
  client: 'Client',
  provider: 'Prestataire',
  contract: 'Contrat',
  currency: 'Devise',
  fingerprintIssued: "Empreinte à l'émission",
  fingerprintRecomputed: 'Empreinte recalculée',
  columns: ['Ligne', 'Émis', 'Recalculé', 'Écart', 'Motif'],
  subtotal: 'Total HT',
  total: 'Total TTC',
});

export function correctionTexts(lang: Language): CorrectionTexts {
  return lang === 'fr' ? FR : EN;
}
