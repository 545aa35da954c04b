/**
 * Texts of the task pane's Performance review, Correct an invoice and Reconcile options (issue 13), in
 * English and French, and the problems of an invoice sheet read back for a correction. Sheet names,
 * labels and cell addresses arrive as data.
 */
import type { Language } from '../contract/types';
import { formatPeriod, frenchOf } from './periodFormat';
import { fr, frenchTexts } from './frenchTypography';
import { counted, plural } from './plural';
import { formatCount } from './digitGroups';

export interface ControlSectionTexts {
  // Performance review
  readonly reviewHeading: string;
  readonly reviewHint: string;
  readonly reviewButton: string;
  busyReview(from: string, to: string): string;
  reviewFailed(message: string): string;
  readonly reviewNoKpi: string;
  reviewed(sheet: string, kpis: number, invoices: number, misses: number): string;

  // Correct an invoice
  readonly correctHeading: string;
  readonly correctHint: string;
  readonly invoiceSheetLabel: string;
  readonly invoiceSheetNone: string;
  readonly correctButton: string;
  busyCorrecting(sheet: string): string;
  correctFailed(message: string): string;
  readonly invoiceSheetMissing: string;
  readonly invoiceSheetIsContract: string;
  /** The sheet picked has no tag of ours and prints neither an invoice's Fingerprint row nor a note's number. */
  notIssuedSheet(sheet: string): string;
  invoiceSheetProblems(count: number, first: string): string;
  corrected(
    kind: 'credit' | 'debit',
    number: string,
    sheet: string,
    difference: string,
    lines: number,
  ): string;
  nothingToCorrect(number: string): string;

  // An invoice sheet read back
  notAnInvoiceSheet(where: string, expected: string): string;
  notAFingerprint(where: string): string;
  noPeriod(where: string): string;
  notANumber(where: string): string;
  amendedContract(where: string, issued: string, now: string): string;
  /** The sheet's number names another contract, and its version is not this contract's. */
  otherContract(where: string, issued: string, contract: string): string;
  notReproduced(where: string): string;
  /** After `notReproduced` when the contract states its version: its terms may have changed under it. */
  statedVersion(version: string): string;
  cannotRebuild(problems: readonly string[]): string;

  // Reconcile options
  readonly rangeLabel: string;
  readonly rangePlaceholder: string;
  readonly useSelection: string;
  /** Use selection could not read the selection (a chart selected, not cells): the host's reason. */
  selectionFailed(reason: string): string;
  readonly mappingLabel: string;
  readonly mappingNone: string;
  readonly toleranceLabel: string;
  /** The tolerance the field holds until the user types one: none, as this language writes an amount. */
  readonly noTolerance: string;
  badRange(text: string): string;
  readonly rangeOrSheetMissing: string;
  badTolerance(text: string): string;
  readonly mappingIsContract: string;
  mappingProblems(count: number, first: string): string;
}

const EN: ControlSectionTexts = {
  reviewHeading: 'Performance review',
  reviewHint:
    'Over the range chosen under Invoice a range: each KPI invoice by invoice (actual, level, met or missed in green and red, the amount), a chart per KPI, the misses and the weighted achievement, on a new Performance sheet.',
  reviewButton: 'Write the review',
  busyReview: (from, to) => `Reviewing ${formatPeriod(from, 'en')} to ${formatPeriod(to, 'en')}…`,
  reviewFailed: (message) => `Could not write the review: ${message}`,
  reviewNoKpi: 'The contract has no KPI to review.',
  reviewed: (sheet, kpis, invoices, misses) =>
    `Review written to "${sheet}": ${counted('en', kpis, 'KPI', 'KPIs')} over ${counted('en', invoices, 'invoice', 'invoices')}, ${counted('en', misses, 'miss', 'misses')}.`,

  correctHeading: 'Correct an invoice',
  correctHint:
    'Pick an invoice sheet Outcome Fees wrote. It is recomputed with the actuals as they are now, and a new sheet lists each line as issued, as recomputed, the difference and why.',
  invoiceSheetLabel: 'Invoice sheet',
  invoiceSheetNone: '(choose an invoice sheet)',
  correctButton: 'Correct the invoice',
  busyCorrecting: (sheet) => `Recomputing "${sheet}"…`,
  correctFailed: (message) => `Could not correct the invoice: ${message}`,
  invoiceSheetMissing: 'Choose the invoice sheet to correct.',
  invoiceSheetIsContract: 'That sheet belongs to the contract: choose an invoice sheet.',
  notIssuedSheet: (sheet) =>
    `"${sheet}" is not an invoice or a correction note Outcome Fees wrote (it has no Fingerprint row at A7 and no note number at B3): choose one the list offers.`,
  invoiceSheetProblems: (count, first) =>
    count === 1
      ? first
      : `${first} (and ${count - 1} more ${plural('en', count - 1, 'difference', 'differences')})`,
  corrected: (kind, number, sheet, difference, lines) =>
    `${kind === 'credit' ? 'Credit note' : 'Debit note'} ${number} written to "${sheet}": ${difference}, ${counted('en', lines, 'line', 'lines')} changed.`,
  nothingToCorrect: (number) =>
    `Nothing to correct: invoice ${number} recomputed with today's actuals is the invoice as issued. No sheet written.`,

  notAnInvoiceSheet: (where, expected) =>
    `${where}: expected "${expected}": this is not an invoice sheet written by Outcome Fees for this contract.`,
  notAFingerprint: (where) =>
    `${where}: not a fingerprint (64 hexadecimal digits): the sheet was edited by hand or not written by Outcome Fees.`,
  noPeriod: (where) => `${where}: not a period such as 2026-10: the sheet was edited by hand.`,
  notANumber: (where) => `${where}: expected a number: the sheet was edited by hand.`,
  otherContract: (where, issued, contract) =>
    `${where}: the issued invoice is for contract "${issued}", not "${contract}".`,
  amendedContract: (where, issued, now) =>
    `${where}: the invoice was issued under contract version ${issued}, the contract is now ${now}; a correction re-prices under the terms the invoice was issued with.`,
  notReproduced: (where) =>
    `${where}: the values printed on the sheet do not give its fingerprint: a value on the sheet was edited by hand, or actuals the invoice read without printing them (a month of a quarter, an earlier month) were restated since. Undo the edit, or take the workbook as it was sent; if those months were restated, put their actuals back as issued: a correction can only start from the values the invoice prints.`,
  statedVersion: (version) =>
    ` Or the contract's terms were changed while it still states version "${version}": an amendment needs a new version.`,
  cannotRebuild: (problems) => `The invoice as issued cannot be rebuilt: ${problems.join(' · ')}`,

  rangeLabel: 'Range (optional)',
  rangePlaceholder: 'B3:F20 or Sheet2!B3:F20',
  useSelection: 'Use selection',
  selectionFailed: (reason) => `The selection could not be read: ${reason}`,
  mappingLabel: 'Line mapping',
  mappingNone: '(no mapping)',
  toleranceLabel: 'Tolerance',
  noTolerance: '0.00',
  badRange: (text) => `Range: "${text}" is not an A1 range such as B3:F20, B:F or 'Supplier invoice'!B3:F20.`,
  rangeOrSheetMissing: "Choose the sheet holding the supplier's invoice, or give a range with its sheet.",
  badTolerance: (text) => `Tolerance: "${text}" is not an amount ≥ 0 such as 0.00 or 0.01.`,
  mappingIsContract:
    'Line mapping: that sheet belongs to the contract; choose the sheet holding the mapping.',
  mappingProblems: (count, first) =>
    `The line mapping has ${counted('en', count, 'problem', 'problems')}. First: ${first}`,
};

const FR = frenchTexts<ControlSectionTexts>({
  reviewHeading: 'Revue de performance',
  reviewHint:
    'Sur la plage choisie sous Facturer une plage : chaque KPI facture par facture (réalisé, niveau, atteint ou manqué en vert et rouge, le montant), un graphique par KPI, les manques et le taux d’atteinte pondéré, sur une nouvelle feuille Performance.',
  reviewButton: 'Écrire la revue',
  busyReview: (from, to) => fr`Revue ${frenchOf(from)} à ${formatPeriod(to, 'fr')}…`,
  reviewFailed: (message) => fr`Revue impossible : ${message}`,
  reviewNoKpi: 'Le contrat n’a aucun KPI à passer en revue.',
  reviewed: (sheet, kpis, invoices, misses) =>
    fr`Revue écrite dans « ${sheet} » : ${formatCount('fr', kpis)} KPI sur ${counted('fr', invoices, 'facture', 'factures')}, ${counted('fr', misses, 'manqué', 'manqués')}.`,

  correctHeading: 'Corriger une facture',
  correctHint:
    'Choisissez une feuille de facture écrite par Outcome Fees. Elle est recalculée avec le réalisé tel qu’il est aujourd’hui, et une nouvelle feuille donne chaque ligne telle qu’émise, recalculée, l’écart et sa raison.',
  invoiceSheetLabel: 'Feuille de la facture',
  invoiceSheetNone: '(choisissez une facture)',
  correctButton: 'Corriger la facture',
  busyCorrecting: (sheet) => fr`Recalcul de « ${sheet} »…`,
  correctFailed: (message) => fr`Correction impossible : ${message}`,
  invoiceSheetMissing: 'Choisissez la feuille de la facture à corriger.',
  invoiceSheetIsContract: 'Cette feuille appartient au contrat : choisissez une feuille de facture.',
  notIssuedSheet: (sheet) =>
    fr`« ${sheet} » n’est ni une facture ni un avoir ou une facture rectificative écrits par Outcome Fees (pas de ligne Empreinte en A7 ni de numéro en B3) : choisissez une feuille de la liste.`,
  invoiceSheetProblems: (count, first) =>
    count === 1
      ? first
      : fr`${first} (et ${count - 1} ${plural('fr', count - 1, 'autre écart', 'autres écarts')})`,
  corrected: (kind, number, sheet, difference, lines) =>
    fr`${kind === 'credit' ? 'Avoir' : 'Facture rectificative'} ${number} ${kind === 'credit' ? 'écrit' : 'écrite'} dans « ${sheet} » : ${difference}, ${counted('fr', lines, 'ligne modifiée', 'lignes modifiées')}.`,
  nothingToCorrect: (number) =>
    fr`Rien à corriger : la facture ${number} recalculée avec le réalisé d’aujourd’hui est la facture émise. Aucune feuille écrite.`,

  notAnInvoiceSheet: (where, expected) =>
    fr`${where} : « ${expected} » attendu : ce n’est pas une feuille de facture écrite par Outcome Fees pour ce contrat.`,
  notAFingerprint: (where) =>
    fr`${where} : ce n’est pas une empreinte (64 chiffres hexadécimaux) : la feuille a été modifiée à la main ou n’a pas été écrite par Outcome Fees.`,
  noPeriod: (where) =>
    fr`${where} : ce n’est pas une période comme 2026-10 : la feuille a été modifiée à la main.`,
  notANumber: (where) => fr`${where} : un nombre est attendu : la feuille a été modifiée à la main.`,
  otherContract: (where, issued, contract) =>
    fr`${where} : la facture émise relève du contrat « ${issued} », pas « ${contract} ».`,
  amendedContract: (where, issued, now) =>
    fr`${where} : la facture a été émise sous la version ${issued} du contrat, qui est maintenant ${now} ; une correction recalcule aux conditions de la facture émise.`,
  notReproduced: (where) =>
    fr`${where} : les valeurs imprimées sur la feuille ne donnent pas son empreinte : une valeur de la feuille a été modifiée à la main, ou des réalisés que la facture a lus sans les imprimer (un mois d’un trimestre, un mois antérieur) ont été réévalués depuis. Annulez la modification, ou reprenez le classeur tel qu’il a été envoyé ; si ces mois ont été réévalués, remettez leurs réalisés de l’émission : une correction ne peut partir que des valeurs que la facture imprime.`,
  statedVersion: (version) =>
    fr` Ou les termes du contrat ont changé alors qu’il indique toujours la version « ${version} » : un avenant demande une nouvelle version.`,
  cannotRebuild: (problems) => fr`La facture émise ne peut pas être reconstituée : ${problems.join(' · ')}`,

  rangeLabel: 'Plage (facultatif)',
  rangePlaceholder: 'B3:F20 ou Feuil2!B3:F20',
  useSelection: 'Utiliser la sélection',
  selectionFailed: (reason) => fr`La sélection n’a pas pu être lue : ${reason}`,
  mappingLabel: 'Correspondance des lignes',
  mappingNone: '(aucune correspondance)',
  toleranceLabel: 'Tolérance',
  noTolerance: '0,00',
  badRange: (text) =>
    fr`Plage : « ${text} » n’est pas une plage A1 comme B3:F20, B:F ou 'Facture fournisseur'!B3:F20.`,
  rangeOrSheetMissing:
    'Choisissez la feuille de la facture du fournisseur, ou donnez une plage avec sa feuille.',
  badTolerance: (text) => fr`Tolérance : « ${text} » n’est pas un montant ≥ 0 comme 0,00 ou 0,01.`,
  mappingIsContract:
    'Correspondance des lignes : cette feuille appartient au contrat ; choisissez la feuille de la correspondance.',
  mappingProblems: (count, first) =>
    fr`La correspondance des lignes comporte ${counted('fr', count, 'problème', 'problèmes')}. Premier : ${first}`,
});

export function controlSectionTexts(lang: Language): ControlSectionTexts {
  return lang === 'fr' ? FR : EN;
}
