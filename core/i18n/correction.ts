/**
 * Texts of correction notes (a credit or debit note for a period whose actuals were restated after
 * invoicing), in English and French: the reason of each line in words, and the labels of the sheet.
 */
import type { KpiAggregation, Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { formatMonths, formatPeriod, frenchDe } from './periodFormat';
import { AGGREGATION_EN, AGGREGATION_FR } from './periodTerms';

/** One month of an aggregated KPI whose value was restated, its values formatted. */
export interface RestatedMonth {
  readonly month: string;
  readonly from: string;
  readonly to: string;
}

/** A credit note gives money back; a debit note asks for more; none when the recomputed invoice is the same. */
export type CorrectionKind = 'credit' | 'debit' | 'none';

export interface CorrectionTexts {
  /** Clauses of a reason: `CSAT restated…: threshold now met: +€5,000.00` (French puts a space before `:`). */
  join(parts: readonly string[]): string;
  /** `CSAT restated from 89.5% to 90.5%`. */
  restated(name: string, from: string, to: string): string;
  /** `gate CSAT restated from 90.5% to 84%`: the KPI a clause's payment waits on. */
  gateRestated(name: string, from: string, to: string): string;
  /** `CSAT restated in November 2026 from 93% to 80%`: months of an aggregated KPI, named as restated. */
  restatedIn(name: string, months: readonly RestatedMonth[]): string;
  /** `gate CSAT restated in November 2026 from 93% to 80%`. */
  gateRestatedIn(name: string, months: readonly RestatedMonth[]): string;
  /** `weights of First-time fix (Tickets) restated in June 2026 from 300 to 900`: a weighted average's volume. */
  weightsRestatedIn(
    name: string,
    volume: string,
    months: readonly RestatedMonth[],
    role: 'kpi' | 'gate',
  ): string;
  /** `gate CSAT`: the KPI a clause's payment waits on, named. */
  gateNamed(name: string): string;
  /** `average of Q4 2026 from 90.4% to ≈ 86.0667%`: what those months made the value the clause judged. */
  aggregateChanged(kind: KpiAggregation, window: readonly string[], from: string, to: string): string;
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
  /** The VAT row of a note whose subtotal did not move. */
  readonly vatUnchanged: string;
  /** `VAT recomputed on the subtotal's −€1,330.00`: what the VAT row's reason starts from. */
  vatRecomputedOn(subtotalDifference: string): string;
  /** The note sheet's remark on its VAT row: formulas over each column's subtotal, or why they are frozen. */
  vatCells(cells: 'formula' | 'halfEven' | 'tooLarge'): string;
  // Problems
  otherContract(issued: string, contract: string): string;
  amendedContract(issued: string, now: string): string;
  otherPeriod(issued: string, period: string): string;
  /** The issued invoice's own figures disagree (a hand edit): `what` does not add up to `stated`. */
  issuedDoesNotAddUp(what: 'lines' | 'subtotal and VAT', sum: string, field: string, stated: string): string;
  notAnInvoice(field: string): string;
  /** The note given to correct from is numbered as no note of the invoice it names. */
  notOfInvoice(note: string, invoice: string): string;
  /** A correction note's field or cell that is not what its invoice as recomputed says: edited by hand. */
  noteEdited(where: string, inNote: string, recomputed: string): string;
  /** A cell of a correction note sheet that is not what its other cells give (`wanted`), or not an amount. */
  noteCellEdited(where: string, written: string, wanted: string | null): string;
  /** A note's As issued amount that is not the one on the sheet it corrects from, in the same workbook. */
  asIssuedEdited(
    where: string,
    written: string,
    at: string,
    wanted: string,
    kind: 'invoice' | 'note',
  ): string;
  /** A correction note written before notes carried their invoice as recomputed: nothing to correct from. */
  noteWithoutInvoice(note: string): string;
  /** A correction note read back whose field is missing or wrong (`number: Required`). */
  notANote(field: string): string;
  /** An invoice a note of the workbook already corrects: correcting it again would correct twice. */
  alreadyCorrected(invoice: string, note: string, sheet: string): string;
  /**
   * Nothing was restated: the invoice (or what the note `number` names made it) recomputes as issued, so no
   * note is written; one would take the chain's next number for nothing.
   */
  nothingToCorrect(file: string, number: string): string;
  /** A later note of the invoice corrected, found beside the JSON given: correcting again would count it twice. */
  laterNoteBeside(given: string, corrected: string, note: string, file: string): string;
  /** The Corrects cell of a note correcting from an earlier note: the invoice, as that note made it. */
  chained(invoice: string, previous: string): string;
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
  /** The block of the values the invoice as recomputed was computed from, and its columns. */
  readonly valuesTitle: string;
  readonly valuesColumns: readonly [string, string, string, string];
  /** The block of the values of the invoice as issued (or as the previous note made it): the reasons quote them. */
  readonly valuesIssuedTitle: string;
  /** Kinds of those values: a line's quantity, a KPI's value on a month, a weighted average's month weight. */
  readonly valueKinds: { readonly quantity: string; readonly kpi: string; readonly weight: string };
  /** A note sheet without that block (written by an earlier version): nothing proves its As recomputed. */
  noteWithoutValues(where: string): string;
  /** A row of that block that is not a quantity of a line nor a KPI's value on a month. */
  notAValueRow(where: string): string;
  /** The values as issued a note prints (`block`) do not give the fingerprint as issued it records (`where`). */
  valuesIssuedNotReproduced(where: string, block: string): string;
  /** A field or cell of a note read alone that is not what its values as issued write again: edited by hand. */
  asIssuedWritten(where: string, inNote: string, written: string): string;
  /** A note written before notes carried the values as issued: its amounts hold, its reasons are not proved. */
  reasonsNotProved(source: string): string;
  /** An entry of a note JSON's `valuesAsIssued` (`where`) that is no value an invoice prints. */
  valueAsIssuedInvalid(where: string): string;
}

const monthsEn = (months: readonly RestatedMonth[]) =>
  months.map((m) => `in ${formatPeriod(m.month, 'en')} from ${m.from} to ${m.to}`).join(' and ');
const monthsFr = (months: readonly RestatedMonth[]) =>
  months.map((m) => fr`en ${formatPeriod(m.month, 'fr')} de ${m.from} à ${m.to}`).join(' et ');

const EN: CorrectionTexts = {
  join: (parts) => parts.join(': '),
  restated: (name, from, to) => `${name} restated from ${from} to ${to}`,
  gateRestated: (name, from, to) => `gate ${name} restated from ${from} to ${to}`,
  restatedIn: (name, months) => `${name} restated ${monthsEn(months)}`,
  gateRestatedIn: (name, months) => `gate ${name} restated ${monthsEn(months)}`,
  weightsRestatedIn: (name, volume, months, role) =>
    `weights of ${role === 'gate' ? 'gate ' : ''}${name} (${volume}) restated ${monthsEn(months)}`,
  gateNamed: (name) => `gate ${name}`,
  aggregateChanged: (kind, window, from, to) =>
    `${AGGREGATION_EN[kind]} of ${formatMonths(window, 'en')} from ${from} to ${to}`,
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
  vatUnchanged: 'unchanged, as the subtotal is',
  vatRecomputedOn: (difference) => `VAT recomputed on the subtotal's ${difference}`,
  vatCells: (cells) =>
    ({
      formula:
        'VAT as issued and as recomputed are formulas over their subtotals, rounded as the contract rounds; each difference is a formula, As recomputed minus As issued on its row.',
      halfEven:
        'VAT as issued and as recomputed are frozen values (their difference a formula): the contract rounds half to even, which no spreadsheet function does.',
      tooLarge:
        'VAT as issued and as recomputed are frozen values (their difference a formula): a subtotal is too large for a spreadsheet formula to give its VAT to the cent.',
    })[cells],
  otherContract: (issued, contract) => `the issued invoice is for contract "${issued}", not "${contract}"`,
  amendedContract: (issued, now) =>
    `the invoice was issued under contract version ${issued}, the contract given is version ${now}: a correction re-prices restated actuals under the terms it was issued with, never under amended ones`,
  otherPeriod: (issued, period) => `the issued invoice is for ${issued}, --period gives ${period}`,
  issuedDoesNotAddUp: (what, sum, field, stated) =>
    `the issued invoice's ${what} add up to ${sum}, its ${field} says ${stated}: edited since it was issued; correct from the invoice as issued`,
  notAnInvoice: (field) => `not an invoice JSON written by outcome-fees: ${field}`,
  notOfInvoice: (note, invoice) => `${note} is numbered as no correction note of invoice ${invoice}`,
  noteEdited: (where, inNote, recomputed) =>
    `${where}: ${inNote} in the note, ${recomputed} in the invoice as it recomputed it: edited by hand since`,
  asIssuedEdited: (where, written, at, wanted, kind) =>
    `${where}: ${written} on the note's sheet, ${wanted} on ${at}, ${kind === 'invoice' ? 'the invoice it corrects' : 'the note it corrects from'}: edited by hand since`,
  noteCellEdited: (where, written, wanted) =>
    `${where}: ${written} on the note's sheet, ${wanted ?? 'none'} from its other cells: edited by hand since`,
  noteWithoutInvoice: (note) =>
    `correction note ${note} carries no invoice as recomputed ("asRecomputed"; written by an earlier version): write it again from the invoice it corrects, then correct from the new note`,
  notANote: (field) => `not a correction note written by outcome-fees: ${field}`,
  alreadyCorrected: (invoice, note, sheet) =>
    `invoice ${invoice} is already corrected by note ${note} (sheet ${sheet}): correct from that note's sheet, or its corrections would be counted twice`,
  nothingToCorrect: (file, number) =>
    `${file}: nothing to correct: invoice ${number} recomputed with the actuals given is the invoice as issued; no note written`,
  laterNoteBeside: (given, corrected, note, file) =>
    `${given}: ${corrected} is already corrected by note ${note} (${file}, beside it): correct from the last note of the chain, --corrects ${file}, or its corrections would be counted twice`,
  chained: (invoice, previous) => `${invoice}, as corrected by ${previous}`,
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
  valuesTitle: 'Values of the invoice as recomputed',
  valuesIssuedTitle: 'Values of the invoice as issued',
  valuesColumns: ['Line or KPI', 'Month', 'Value', 'Kind'],
  valueKinds: { quantity: 'quantity', kpi: 'KPI', weight: 'weight' },
  noteWithoutValues: (where) =>
    `${where}: this note's sheet prints no values of the invoice as recomputed (written by an earlier version), so nothing proves its As recomputed column: correct from the note's JSON (outcome-fees invoice --corrects NOTE.json)`,
  notAValueRow: (where) =>
    `${where}: expected a line's quantity, a KPI's value on a month or a volume's weight on a month (name, month, value, kind): the note's sheet was edited by hand`,
  valuesIssuedNotReproduced: (where, block) =>
    `${where}: the values of the invoice as issued (${block}) put over the actuals given do not give this fingerprint as issued: a value or the fingerprint was edited by hand since`,
  asIssuedWritten: (where, inNote, written) =>
    `${where}: ${inNote} in the note, ${written} from its values as issued: edited by hand since`,
  reasonsNotProved: (source) =>
    `${source}: its reasons and As issued amounts are not proved: it carries no values of the invoice as issued (written by an earlier version); verify it filed with the invoice it corrects`,
  valueAsIssuedInvalid: (where) =>
    `${where}: expected a list of a line's quantity, a KPI's value on a month or a volume's weight on a month ({"kind": "quantity", "kpi" or "weight", "name", "month": "YYYY-MM" except for a quantity, "value": a decimal string}, nothing else): the note was edited by hand`,
};

const FR = frenchTexts<CorrectionTexts>({
  join: (parts) => parts.join(fr` : `),
  restated: (name, from, to) => fr`${name} : valeur corrigée de ${from} à ${to}`,
  gateRestated: (name, from, to) => fr`condition ${name} corrigée de ${from} à ${to}`,
  restatedIn: (name, months) => fr`${name} : valeur corrigée ${monthsFr(months)}`,
  gateRestatedIn: (name, months) => fr`condition ${name} corrigée ${monthsFr(months)}`,
  weightsRestatedIn: (name, volume, months, role) =>
    fr`pondération de ${role === 'gate' ? 'la condition ' : ''}${name} (${volume}) corrigée ${monthsFr(months)}`,
  gateNamed: (name) => fr`condition ${name}`,
  aggregateChanged: (kind, window, from, to) =>
    fr`${AGGREGATION_FR[kind]} ${frenchDe(formatMonths(window, 'fr'))} de ${from} à ${to}`,
  thresholdNowMet: 'seuil désormais atteint',
  thresholdNowMissed: 'seuil désormais manqué',
  minimumNowMet: 'minimum désormais atteint',
  minimumNowMissed: 'minimum désormais manqué',
  outcomeChanged: (from, to) => fr`${from} → ${to}`,
  recomputed: (label, explanation) => fr`${label}, nouveau calcul : ${explanation}`,
  // Said of the line, so the words agree whatever the label's gender and number ("Frais…", "Prime…").
  noLongerDue: (label) => fr`La ligne « ${label} » n’est plus due`,
  nowDue: (label, explanation) => fr`La ligne « ${label} » est désormais due : ${explanation}`,
  unchanged: 'inchangé',
  noChange: 'sans effet',
  vatUnchanged: 'inchangée, comme le total HT',
  vatRecomputedOn: (difference) => fr`TVA recalculée sur l’écart de total HT de ${difference}`,
  vatCells: (cells) =>
    ({
      formula: fr`La TVA émise et la TVA recalculée sont des formules sur leur total HT, arrondies comme le prévoit le contrat ; chaque écart est une formule, Recalculé moins Émis sur sa ligne.`,
      halfEven: fr`La TVA émise et la TVA recalculée sont des valeurs figées (leur écart une formule) : le contrat arrondit au pair (arrondi bancaire), ce qu’aucune fonction de tableur ne fait.`,
      tooLarge: fr`La TVA émise et la TVA recalculée sont des valeurs figées (leur écart une formule) : un total HT est trop grand pour qu’une formule de tableur en donne la TVA au centime près.`,
    })[cells],
  otherContract: (issued, contract) =>
    fr`la facture émise relève du contrat « ${issued} », pas « ${contract} »`,
  amendedContract: (issued, now) =>
    fr`la facture a été émise sous la version ${issued} du contrat, le contrat donné est en version ${now} : une rectification recalcule un réalisé corrigé aux conditions d’émission, jamais à des conditions modifiées`,
  otherPeriod: (issued, period) => fr`la facture émise porte sur ${issued}, --period donne ${period}`,
  issuedDoesNotAddUp: (what, sum, field, stated) =>
    fr`${what === 'lines' ? 'les lignes' : 'le sous-total et la TVA'} de la facture émise font ${sum}, son champ ${field} indique ${stated} : modifiée depuis son émission ; rectifiez à partir de la facture telle qu’émise`,
  notAnInvoice: (field) => fr`pas le JSON d’une facture écrite par outcome-fees : ${field}`,
  notOfInvoice: (note, invoice) =>
    fr`${note} n’est numérotée comme aucune note de correction de la facture ${invoice}`,
  noteEdited: (where, inNote, recomputed) =>
    fr`${where} : ${inNote} dans la note, ${recomputed} dans la facture telle qu’elle l’a recalculée : modifiée à la main depuis`,
  asIssuedEdited: (where, written, at, wanted, kind) =>
    fr`${where} : ${written} sur la feuille de la note, ${wanted} en ${at}, ${kind === 'invoice' ? 'la facture qu’elle corrige' : 'la note dont elle part'} : modifié à la main depuis`,
  noteCellEdited: (where, written, wanted) =>
    fr`${where} : ${written} sur la feuille de la note, ${wanted ?? 'rien'} d’après ses autres cellules : modifiée à la main depuis`,
  noteWithoutInvoice: (note) =>
    fr`la note de correction ${note} ne porte pas la facture recalculée (« asRecomputed » ; écrite par une version antérieure) : écrivez-la de nouveau à partir de la facture qu’elle rectifie, puis rectifiez à partir de la nouvelle note`,
  notANote: (field) => fr`pas une note de correction écrite par outcome-fees : ${field}`,
  alreadyCorrected: (invoice, note, sheet) =>
    fr`la facture ${invoice} est déjà rectifiée par la note ${note} (feuille ${sheet}) : rectifiez à partir de la feuille de cette note, sinon ses corrections compteraient deux fois`,
  nothingToCorrect: (file, number) =>
    fr`${file} : rien à corriger : la facture ${number} recalculée avec le réalisé donné est la facture émise ; aucune note écrite`,
  laterNoteBeside: (given, corrected, note, file) =>
    fr`${given} : ${corrected} est déjà rectifiée par la note ${note} (${file}, à côté) : rectifiez à partir de la dernière note de la chaîne, --corrects ${file}, sinon ses corrections compteraient deux fois`,
  chained: (invoice, previous) => fr`${invoice}, telle que rectifiée par ${previous}`,
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
  fingerprintIssued: 'Empreinte à l’émission',
  fingerprintRecomputed: 'Empreinte recalculée',
  columns: ['Ligne', 'Émis', 'Recalculé', 'Écart', 'Motif'],
  subtotal: 'Total HT',
  total: 'Total TTC',
  valuesTitle: 'Valeurs de la facture recalculée',
  valuesIssuedTitle: 'Valeurs de la facture émise',
  valuesColumns: ['Ligne ou indicateur', 'Mois', 'Valeur', 'Nature'],
  valueKinds: { quantity: 'quantité', kpi: 'indicateur', weight: 'pondération' },
  noteWithoutValues: (where) =>
    fr`${where} : la feuille de cette note n’imprime pas les valeurs de la facture recalculée (écrite par une version antérieure), rien ne prouve donc sa colonne Recalculé : rectifiez à partir du JSON de la note (outcome-fees invoice --corrects NOTE.json)`,
  notAValueRow: (where) =>
    fr`${where} : la quantité d’une ligne, la valeur d’un indicateur sur un mois ou la pondération d’un volume sur un mois est attendue (nom, mois, valeur, nature) : la feuille de la note a été modifiée à la main`,
  valuesIssuedNotReproduced: (where, block) =>
    fr`${where} : les valeurs de la facture émise (${block}) placées sur le réalisé donné ne donnent pas cette empreinte à l’émission : une valeur ou l’empreinte a été modifiée à la main depuis`,
  asIssuedWritten: (where, inNote, written) =>
    fr`${where} : ${inNote} dans la note, ${written} d’après ses valeurs de la facture émise : modifié à la main depuis`,
  reasonsNotProved: (source) =>
    fr`${source} : ses motifs et ses montants émis ne sont pas prouvés : elle ne porte pas les valeurs de la facture émise (écrite par une version antérieure) ; vérifiez-la classée avec la facture qu’elle rectifie`,
  valueAsIssuedInvalid: (where) =>
    fr`${where} : une liste de quantités de lignes, de valeurs d’indicateurs sur un mois ou de pondérations de volumes sur un mois est attendue ({"kind" : "quantity", "kpi" ou "weight", "name", "month" : "AAAA-MM" sauf pour une quantité, "value" : un nombre décimal en texte}, rien d’autre) : la note a été modifiée à la main`,
});

export function correctionTexts(lang: Language): CorrectionTexts {
  return lang === 'fr' ? FR : EN;
}
