/**
 * Texts of reconciliations with the supplier's invoice, in English and French: line statuses, the dispute
 * notes the buyer pastes into an e-mail, the problems of the supplier's file and of the mapping file, and
 * the labels of the Reconciliation sheet. Amounts arrive formatted for the language.
 */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { invoiceSheetLabels } from './invoiceSheet';
import { formatPeriod } from './periodFormat';
import { counted, plural } from './plural';

/**
 * How a supplier's line compares with the line the contract gives. `details-differ`: the amount agrees
 * (within the tolerance) but a quantity, unit price or VAT rate the supplier printed is not the contract's.
 */
export type LineStatus =
  'matched' | 'details-differ' | 'over-billed' | 'under-billed' | 'missing' | 'unexpected';

/**
 * The columns of a supplier's invoice; `unit`, `explanation`, `reference` and `comment` are accepted and not
 * compared (the contract names units and explains its lines, and has no item numbers or remarks);
 * `currency`, `period` and a line's `date` are checked against the invoice reconciled, a line's `vat` and
 * `gross` against its amount and the contract's VAT rate, and its `vatRate` against that rate.
 */
export type SupplierColumn =
  | 'label'
  | 'amount'
  | 'quantity'
  | 'unitPrice'
  | 'unit'
  | 'explanation'
  | 'reference'
  | 'comment'
  | 'currency'
  | 'period'
  | 'date'
  | 'vat'
  | 'vatRate'
  | 'gross';

/** The order a date in digits was read in (`05/10/2026` day first), and the cell that shows it, if one does. */
export interface DateReadIn {
  readonly dayFirst: boolean;
  readonly shownBy?: { readonly at: string; readonly text: string };
}

export interface ReconciliationTexts {
  readonly status: Readonly<Record<LineStatus, string>>;
  readonly subtotal: string;
  readonly vat: string;
  readonly total: string;
  /** `explanation` is how the contract computes the line. */
  billedDiffers(
    label: string,
    billed: string,
    due: string,
    explanation: string | null,
    over: boolean,
    difference: string,
  ): string;
  missing(label: string, due: string, explanation: string | null): string;
  unexpected(label: string, billed: string, period: string): string;
  /** Said after `unexpected` of a row billing exactly what one missing line is due, and no other row. */
  sameAmountAs(line: string): string;
  /** Said after `unexpected` of a row whose label is spelt nearly as one missing line's, and no other row's. */
  speltNearlyAs(line: string): string;
  /** A second row for a line the contract gives once (a line billed twice). */
  billedAgain(label: string, billed: string): string;
  /** A line the supplier billed over several rows, said after its difference. */
  billedInRows(label: string, rows: number, cells: string): string;
  /** Rows of the supplier's workbook that are hidden, read as billed (`Invoice!A7`). */
  hiddenRows(cells: readonly string[]): string;
  mappedToAbsent(label: string, billed: string, target: string, period: string): string;
  quantityDiffers(label: string, billed: string, due: string): string;
  unitPriceDiffers(label: string, billed: string, due: string): string;
  /** Said after a quantity, unit price or VAT rate that differs on a line billed at exactly its amount. */
  amountAgrees(amount: string): string;
  /** Lines each within the tolerance whose sum is not, on an invoice that states no subtotal or total. */
  linesAddUp(billed: string, due: string, over: boolean, difference: string, tolerance: string): string;
  /** The supplier's subtotal row states another amount than the sum of their own lines. */
  ownLinesDiffer(sum: string, stated: string): string;
  /** Lines' amounts including VAT, on an invoice stating no total, that add up to another total. */
  grossLinesAddUp(billed: string, due: string, over: boolean, difference: string): string;
  messageHeader(number: string, period: string, contract: string, differences: number): string;
  messageBalance(billed: string, due: string, difference: string): string;
  readonly messageClosing: string;
  // Problems of the supplier's invoice file and of the mapping file.
  /** The columns of a supplier's invoice as problems name them (other spellings are read too). */
  readonly supplierColumns: {
    readonly label: string;
    readonly amount: string;
    readonly quantity: string;
    readonly unitPrice: string;
    readonly unit: string;
    readonly currency: string;
    readonly period: string;
    readonly date: string;
    readonly vat: string;
    readonly vatRate: string;
    readonly gross: string;
  };
  /** The columns of a mapping file as problems name them. */
  readonly mappingColumns: { readonly supplier: string; readonly contract: string };
  unknownColumn(header: string, known: string): string;
  duplicateColumn(header: string): string;
  missingColumn(header: string): string;
  readonly noHeader: string;
  /** The supplier's file is JSON (an invoice outcome-fees wrote?), not a table. */
  readonly jsonNotTable: string;
  /** A mapping file whose first row names no column of a mapping. */
  readonly noMappingHeader: string;
  readonly unheadedValue: string;
  /** A row with its label alone and no amount: a heading, or the text of the line above continued. */
  labelAlone(required: string, label: string): string;
  repeatedTotal(label: string): string;
  /** An amount cell holding a percentage (`5 %`): no amount, never read as 0.05. */
  percentAmount(value: string): string;
  /** An amount with two sign marks (`(-500)`, `-500 CR`): which was meant? */
  twoSigns(value: string): string;
  /** A number beyond what a spreadsheet holds (`1e21`, 25 digits): a pasted code or a broken export. */
  outOfRange(value: string): string;
  /** A Period cell naming no month. */
  notAPeriod(value: string): string;
  /** A line's Date cell that is no date. */
  notADate(value: string): string;
  /** `05/10/2026` in a file showing no order, one reading in the period reconciled and the other not. */
  ambiguousDate(written: string, dayFirst: string, monthFirst: string, period: string): string;
  /** A VAT rate cell that is no rate. */
  notAVatRate(value: string): string;
  /** A row's VAT rate cell stating another rate than the contract's; `at` is that cell. */
  lineVatRateDiffers(label: string, at: string, written: string, due: string): string;
  /** A line dated outside the period reconciled. */
  otherDate(written: string, period: string, readIn?: DateReadIn): string;
  /** Amounts including VAT with no amount excluding it: a line's amount is before VAT. */
  grossOnly(amount: string, gross: string): string;
  /** A row whose amount and VAT do not add up to the amount including VAT it states. */
  grossDiffers(label: string, at: string, net: string, vat: string, sum: string, gross: string): string;
  /** A row's VAT that is not its amount at the contract's rate (rounded either way). */
  lineVatDiffers(label: string, at: string, vat: string, net: string, rate: string, due: string): string;
  /** A row's amount including VAT that is not its amount at the contract's rate (rounded either way). */
  lineGrossDiffers(label: string, at: string, gross: string, net: string, rate: string, due: string): string;
  /** A row stating another currency than the contract's (a printed mark or its Currency cell). */
  /** `shown`: the text cell printing the mark (`$20,000.00`), quoted as written; none for a Currency cell. */
  otherCurrency(mark: string, currency: string, shown?: string): string;
  /** A row stating another period than the invoice reconciled. */
  otherPeriod(written: string, period: string): string;
  /** The title block above the table states another currency than the contract's. */
  statedCurrency(written: string, currency: string): string;
  /** The title block above the table states another period than the invoice reconciled. */
  statedPeriod(written: string, period: string): string;
  /** The supplier's workbook sheet is named for another period (`Facture septembre 2026`). */
  sheetNameStatesPeriod(sheet: string, written: string, period: string): string;
  /** The supplier's VAT row states a rate the contract does not give (its amount may still agree). */
  vatRateDiffers(label: string, billed: string, due: string): string;
  duplicateMapping(label: string): string;
  /** A mapping entry no supplier row has, beside a row spelt nearly so that nothing matches. */
  mappingMatchesNothing(label: string, meant: string): string;
  // The Reconciliation sheet.
  sheetName(period: string): string;
  readonly title: string;
  readonly supplierFile: string;
  readonly invoice: string;
  readonly tolerance: string;
  readonly result: string;
  summary(differences: number): string;
  readonly columns: readonly [string, string, string, string, string, string, string];
  readonly notes: string;
  /** Header of the column saying how the supplier's VAT rate and Date cells were read, where it has any. */
  readonly readColumn: string;
  /** A VAT rate cell (`at`) as written; `readAs`, the rates it was read as where they are not what it shows. */
  vatRateRead(at: string, written: string, readAs?: readonly string[]): string;
  /** A Date cell (`at`) as written, and how digits that could be either order were read. */
  dateRead(at: string, written: string, how?: DateReadHow): string;
}

/**
 * How a date in digits that could be either order was read: in the order the file shows (`readIn`), or
 * left unread because both days fall in the period reconciled (`either`, ISO days).
 */
export type DateReadHow =
  | { readonly readIn: DateReadIn }
  | { readonly either: { readonly dayFirst: string; readonly monthFirst: string; readonly period: string } };

const EN_COLUMNS: ReconciliationTexts['supplierColumns'] = {
  label: 'Line',
  amount: 'Amount',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  unit: 'Unit',
  currency: 'Currency',
  period: 'Period',
  date: 'Date',
  vat: 'VAT',
  vatRate: 'VAT rate',
  gross: 'Gross',
};

const FR_COLUMNS: ReconciliationTexts['supplierColumns'] = {
  label: 'Libellé',
  amount: 'Montant',
  quantity: 'Quantité',
  unitPrice: 'Prix unitaire',
  unit: 'Unité',
  currency: 'Devise',
  period: 'Période',
  date: 'Date',
  vat: 'TVA',
  vatRate: 'Taux de TVA',
  gross: 'Montant TTC',
};

const EN: ReconciliationTexts = {
  status: {
    matched: 'matched',
    'details-differ': 'details differ',
    'over-billed': 'over-billed',
    'under-billed': 'under-billed',
    missing: 'missing',
    unexpected: 'unexpected',
  },
  subtotal: 'Subtotal excluding VAT',
  vat: 'VAT',
  total: 'Total including VAT',
  billedDiffers: (label, billed, due, explanation, over, difference) =>
    `"${label}": invoiced ${billed}, the contract gives ${due}` +
    (explanation ? ` (${explanation})` : '') +
    `: ${over ? 'over-billed' : 'under-billed'} by ${difference}.`,
  missing: (label, due, explanation) =>
    `"${label}" is not on the invoice; the contract gives ${due}` +
    (explanation ? ` (${explanation})` : '') +
    '.',
  unexpected: (label, billed, period) =>
    `"${label}" (${billed}) is not a line the contract gives for ${period}.`,
  sameAmountAs: (line) =>
    `It is what the contract gives for "${line}", which is not on the invoice under that name.`,
  speltNearlyAs: (line) => `It is spelt nearly as "${line}", which is not on the invoice under that name.`,
  billedInRows: (label, rows, cells) =>
    `"${label}" is billed on ${counted('en', rows, 'row', 'rows')} (${cells}).`,
  hiddenRows: (cells) =>
    `${plural('en', cells.length, 'Row', 'Rows')} hidden in the supplier's file, read as billed: ${cells.join(', ')}.`,
  billedAgain: (label, billed) =>
    `"${label}" is billed a second time (${billed}); the contract gives it once.`,
  mappedToAbsent: (label, billed, target, period) =>
    `"${label}" (${billed}) is mapped to "${target}", which the contract does not give for ${period}.`,
  quantityDiffers: (label, billed, due) =>
    `"${label}": quantity invoiced ${billed}, the actuals give ${due}.`,
  unitPriceDiffers: (label, billed, due) =>
    `"${label}": unit price invoiced ${billed}, the contract gives ${due}.`,
  amountAgrees: (amount) => `The amount invoiced, ${amount}, is the contract's.`,
  linesAddUp: (billed, due, over, difference, tolerance) =>
    `The lines invoiced add up to ${billed} excluding VAT, the contract's to ${due}: ${over ? 'over-billed' : 'under-billed'} by ${difference}, beyond the tolerance of ${tolerance} each line is allowed.`,
  ownLinesDiffer: (sum, stated) =>
    `The invoice's own lines add up to ${sum} excluding VAT, not the ${stated} its subtotal states.`,
  grossLinesAddUp: (billed, due, over, difference) =>
    `The lines invoiced add up to ${billed} including VAT, the contract's total including VAT is ${due}: ${over ? 'over-billed' : 'under-billed'} by ${difference}.`,
  messageHeader: (number, period, contract, differences) =>
    `Invoice ${number} (${formatPeriod(period, 'en')}), contract "${contract}": ${counted('en', differences, 'difference', 'differences')} with the contract:`,
  messageBalance: (billed, due, difference) =>
    `Lines invoiced ${billed} excluding VAT; due under the contract ${due}: difference ${difference}.`,
  messageClosing: 'Please send a corrected invoice or a credit note.',
  supplierColumns: EN_COLUMNS,
  mappingColumns: { supplier: 'Supplier line', contract: 'Contract line' },
  unknownColumn: (header, known) => `unknown column "${header}" (expected ${known})`,
  duplicateColumn: (header) => `column "${header}" is given twice`,
  missingColumn: (header) => `no "${header}" column`,
  noHeader: `no header row: the first row must name the columns (${EN_COLUMNS.label}, ${EN_COLUMNS.amount}…)`,
  jsonNotTable:
    "a JSON file, not a table: give the supplier's invoice as CSV or .xlsx (an invoice JSON written by outcome-fees is checked with verify)",
  noMappingHeader: 'no header row: the first row must name the columns Supplier line, Contract line',
  unheadedValue: 'a value in a column without a header',
  labelAlone: (required, label) =>
    `${required}: the row "${label}" has no amount; a heading, or a line's text continued on a second row, is no line: join it to its line or delete the row`,
  repeatedTotal: (label) => `a second "${label}" row`,
  percentAmount: (value) => `"${value}" is a percentage, not an amount: write the amount billed`,
  twoSigns: (value) => `"${value}" has two sign marks: write the amount with one sign`,
  outOfRange: (value) =>
    `"${value}" is out of range: an invoice's number has at most 15 significant digits and is below 1,000,000,000,000,000, as a spreadsheet holds it`,
  notAPeriod: (value) => `"${value}" is not a period such as 2026-10 or October 2026`,
  notADate: (value) =>
    `"${value}" is not a date such as 2026-10-15, 15/10/2026, 15 Oct 2026 or October 15, 2026`,
  ambiguousDate: (written, dayFirst, monthFirst, period) =>
    `"${written}" is ${dayFirst} day first and ${monthFirst} month first, and the file shows neither order (no day over 12 in its Date column); only one of them is in the invoice reconciled, ${period}: write its dates as 2026-10-15 or 15 Oct 2026`,
  notAVatRate: (value) => `"${value}" is not a VAT rate such as 20% or 5.5%`,
  lineVatRateDiffers: (label, at, written, due) =>
    `"${label}" (${at}): VAT rate ${written}; the contract gives ${due}.`,
  otherDate: (written, period, readIn) =>
    `this row is dated ${written}${readIn === undefined ? '' : ` (${readIn.dayFirst ? 'day' : 'month'} first, ${readIn.shownBy ? `as ${readIn.shownBy.at}'s ${readIn.shownBy.text} shows` : 'as a French invoice writes it'})`}, outside the invoice reconciled, ${period}: give the supplier's invoice of ${period}, or reconcile the period it is for`,
  grossOnly: (amount, gross) =>
    `no "${amount}" column: "${gross}" includes VAT, and a line's amount is before VAT: give the amounts excluding VAT beside it`,
  grossDiffers: (label, at, net, vat, sum, gross) =>
    `"${label}" (${at}): ${net} + VAT ${vat} = ${sum}, not the ${gross} it states including VAT.`,
  lineVatDiffers: (label, at, vat, net, rate, due) =>
    `"${label}" (${at}): VAT ${vat} on ${net}; at the contract's ${rate} it is ${due}.`,
  lineGrossDiffers: (label, at, gross, net, rate, due) =>
    `"${label}" (${at}): ${gross} including VAT on ${net}; at the contract's ${rate} VAT it is ${due}.`,
  otherCurrency: (mark, currency, shown) =>
    `this row is billed in ${mark}${shown === undefined ? '' : ` ("${shown}")`}, the contract in ${currency}: this is not an invoice under this contract, or its amounts must be converted first`,
  otherPeriod: (written, period) =>
    `this row is for ${written}, the invoice reconciled is for ${period}: give the supplier's invoice of ${period}, or reconcile the period it is for`,
  statedCurrency: (written, currency) =>
    `the supplier's invoice states its currency as "${written}", the contract bills in ${currency}: this is not an invoice under this contract, or its amounts must be converted first`,
  sheetNameStatesPeriod: (sheet, written, period) =>
    `sheet "${sheet}": its name states the period "${written}", the invoice reconciled is for ${period}: give the supplier's invoice of ${period}, or reconcile the period it states`,
  statedPeriod: (written, period) =>
    `the supplier's invoice states its period as "${written}", the invoice reconciled is for ${period}: give the supplier's invoice of ${period}, or reconcile the period it states`,
  vatRateDiffers: (label, billed, due) =>
    `"${label}" states a VAT rate of ${billed}; the contract gives ${due}.`,
  duplicateMapping: (label) => `supplier line "${label}" is mapped twice`,
  mappingMatchesNothing: (label, meant) =>
    `"${label}" matches no line of the supplier's invoice; did you mean "${meant}"?`,
  sheetName: (period) => `Reconciliation ${period}`,
  title: 'Reconciliation with the supplier invoice',
  supplierFile: 'Supplier invoice',
  invoice: 'Invoice computed',
  tolerance: 'Tolerance',
  result: 'Result',
  summary: (differences) =>
    differences === 0 ? 'every line matches' : counted('en', differences, 'difference', 'differences'),
  columns: ['Line', 'Supplier line', 'Status', 'Invoiced', 'Due', 'Difference', 'Dispute note'],
  notes: 'Message to the supplier',
  readColumn: "As read from the supplier's invoice",
  vatRateRead: (at, written, readAs) =>
    `VAT rate ${written} (${at})${readAs === undefined ? '' : `, read as ${readAs.join(' or ')}`}.`,
  dateRead: (at, written, how) => {
    if (how === undefined) return `Dated ${written} (${at}).`;
    if ('either' in how)
      return `Dated ${written} (${at}): ${how.either.dayFirst} day first or ${how.either.monthFirst} month first, both in ${how.either.period}.`;
    const { dayFirst, shownBy } = how.readIn;
    return `Dated ${written} (${at}), read ${dayFirst ? 'day' : 'month'} first ${shownBy ? `as ${shownBy.at}'s ${shownBy.text} shows` : 'as a French invoice writes it'}.`;
  },
};

const FR = frenchTexts<ReconciliationTexts>({
  status: {
    matched: 'conforme',
    'details-differ': 'détail erroné',
    'over-billed': 'surfacturé',
    'under-billed': 'sous-facturé',
    missing: 'manquant',
    unexpected: 'non prévu',
  },
  subtotal: 'Total HT',
  vat: 'TVA',
  total: 'Total TTC',
  billedDiffers: (label, billed, due, explanation, over, difference) =>
    fr`« ${label} » : facturé ${billed}, le contrat donne ${due}` +
    (explanation ? fr` (${explanation})` : '') +
    fr` : ${over ? 'surfacturation' : 'sous-facturation'} de ${difference}.`,
  missing: (label, due, explanation) =>
    fr`« ${label} » ne figure pas sur la facture ; le contrat donne ${due}` +
    (explanation ? fr` (${explanation})` : '') +
    '.',
  unexpected: (label, billed, period) =>
    fr`« ${label} » (${billed}) n’est pas une ligne que le contrat prévoit pour ${period}.`,
  sameAmountAs: (line) =>
    fr`C’est ce que le contrat donne pour « ${line} », qui ne figure pas sur la facture sous ce libellé.`,
  speltNearlyAs: (line) =>
    fr`Elle s’écrit presque comme « ${line} », qui ne figure pas sur la facture sous ce libellé.`,
  billedInRows: (label, rows, cells) =>
    fr`« ${label} » est facturée sur ${counted('fr', rows, 'ligne', 'lignes')} (${cells}).`,
  hiddenRows: (cells) =>
    fr`${plural('fr', cells.length, 'Ligne masquée', 'Lignes masquées')} dans le fichier du fournisseur, ${plural('fr', cells.length, 'lue comme facturée', 'lues comme facturées')} : ${cells.join(', ')}.`,
  billedAgain: (label, billed) =>
    fr`« ${label} » est facturée une seconde fois (${billed}) ; le contrat ne la prévoit qu’une fois.`,
  mappedToAbsent: (label, billed, target, period) =>
    fr`« ${label} » (${billed}) est rattachée à « ${target} », que le contrat ne prévoit pas pour ${period}.`,
  quantityDiffers: (label, billed, due) =>
    fr`« ${label} » : quantité facturée ${billed}, le réalisé donne ${due}.`,
  unitPriceDiffers: (label, billed, due) =>
    fr`« ${label} » : prix unitaire facturé ${billed}, le contrat donne ${due}.`,
  amountAgrees: (amount) => fr`Le montant facturé, ${amount}, est celui du contrat.`,
  linesAddUp: (billed, due, over, difference, tolerance) =>
    fr`Les lignes facturées totalisent ${billed} HT, celles du contrat ${due} : ${over ? 'surfacturation' : 'sous-facturation'} de ${difference}, au-delà de la tolérance de ${tolerance} admise pour chaque ligne.`,
  ownLinesDiffer: (sum, stated) =>
    fr`Les lignes de la facture totalisent ${sum} HT, et non les ${stated} qu’indique son sous-total.`,
  grossLinesAddUp: (billed, due, over, difference) =>
    fr`Les lignes facturées totalisent ${billed} TTC, le total TTC du contrat est de ${due} : ${over ? 'surfacturation' : 'sous-facturation'} de ${difference}.`,
  messageHeader: (number, period, contract, differences) =>
    fr`Facture ${number} (${formatPeriod(period, 'fr')}), contrat « ${contract} » : ${counted('fr', differences, 'écart', 'écarts')} avec le contrat :`,
  messageBalance: (billed, due, difference) =>
    fr`Lignes facturées ${billed} HT ; dû selon le contrat ${due} : écart ${difference}.`,
  messageClosing: 'Merci de nous adresser une facture rectifiée ou un avoir.',
  supplierColumns: FR_COLUMNS,
  mappingColumns: { supplier: 'Ligne fournisseur', contract: 'Ligne du contrat' },
  unknownColumn: (header, known) => fr`colonne inconnue « ${header} » (attendu ${known})`,
  duplicateColumn: (header) => fr`la colonne « ${header} » figure deux fois`,
  missingColumn: (header) => fr`pas de colonne « ${header} »`,
  noHeader: fr`pas de ligne d’en-tête : la première ligne doit nommer les colonnes (${FR_COLUMNS.label}, ${FR_COLUMNS.amount}…)`,
  jsonNotTable:
    'un fichier JSON, pas un tableau : donnez la facture du fournisseur en CSV ou en .xlsx (le JSON d’une facture écrite par outcome-fees se contrôle avec verify)',
  noMappingHeader:
    'pas de ligne d’en-tête : la première ligne doit nommer les colonnes Ligne fournisseur, Ligne du contrat',
  unheadedValue: 'une valeur dans une colonne sans en-tête',
  labelAlone: (required, label) =>
    fr`${required} : la ligne « ${label} » n’a pas de montant ; un intertitre, ou le texte d’une ligne poursuivi sur une seconde ligne, n’est pas une ligne : rattachez-le à sa ligne ou supprimez la ligne`,
  repeatedTotal: (label) => fr`une seconde ligne « ${label} »`,
  percentAmount: (value) => fr`« ${value} » est un pourcentage, pas un montant : indiquez le montant facturé`,
  twoSigns: (value) => fr`« ${value} » porte deux signes : écrivez le montant avec un seul signe`,
  outOfRange: (value) =>
    fr`« ${value} » est hors limites : un nombre de facture a au plus 15 chiffres significatifs et reste sous 1 000 000 000 000 000, comme un tableur le contient`,
  notAPeriod: (value) => fr`« ${value} » n’est pas une période telle que 2026-10 ou octobre 2026`,
  notADate: (value) =>
    fr`« ${value} » n’est pas une date telle que 2026-10-15, 15/10/2026, 15 oct. 2026 ou 15 octobre 2026`,
  ambiguousDate: (written, dayFirst, monthFirst, period) =>
    fr`« ${written} » est le ${dayFirst} jour en premier et le ${monthFirst} mois en premier, et le fichier ne montre aucun des deux ordres (aucun jour au-delà de 12 dans sa colonne Date) ; un seul des deux tombe dans la facture rapprochée, ${period} : écrivez ses dates 2026-10-15 ou 15 oct. 2026`,
  notAVatRate: (value) => fr`« ${value} » n’est pas un taux de TVA tel que 20 % ou 5,5 %`,
  lineVatRateDiffers: (label, at, written, due) =>
    fr`« ${label} » (${at}) : taux de TVA ${written} ; le contrat donne ${due}.`,
  otherDate: (written, period, readIn) =>
    fr`cette ligne est datée du ${written}${readIn === undefined ? '' : fr` (${readIn.dayFirst ? 'jour' : 'mois'} en premier, ${readIn.shownBy ? fr`comme le montre ${readIn.shownBy.at} : ${readIn.shownBy.text}` : 'comme l’écrit une facture française'})`}, hors de la facture rapprochée, ${period} : donnez la facture du fournisseur pour ${period}, ou rapprochez la période sur laquelle elle porte`,
  grossOnly: (amount, gross) =>
    fr`pas de colonne « ${amount} » : « ${gross} » comprend la TVA, et le montant d’une ligne est hors taxes : donnez les montants HT à côté`,
  grossDiffers: (label, at, net, vat, sum, gross) =>
    fr`« ${label} » (${at}) : ${net} + TVA ${vat} = ${sum}, et non les ${gross} TTC indiqués.`,
  lineVatDiffers: (label, at, vat, net, rate, due) =>
    fr`« ${label} » (${at}) : TVA ${vat} sur ${net} ; au taux du contrat, ${rate}, elle est de ${due}.`,
  lineGrossDiffers: (label, at, gross, net, rate, due) =>
    fr`« ${label} » (${at}) : ${gross} TTC sur ${net} ; au taux de TVA du contrat, ${rate}, cela fait ${due}.`,
  otherCurrency: (mark, currency, shown) =>
    fr`cette ligne est facturée en ${mark}${shown === undefined ? '' : fr` (« ${shown} »)`}, le contrat en ${currency} : ce n’est pas une facture de ce contrat, ou ses montants doivent d’abord être convertis`,
  otherPeriod: (written, period) =>
    fr`cette ligne porte sur ${written}, la facture rapprochée sur ${period} : donnez la facture du fournisseur pour ${period}, ou rapprochez la période sur laquelle elle porte`,
  statedCurrency: (written, currency) =>
    fr`la facture du fournisseur indique la devise « ${written} », le contrat facture en ${currency} : ce n’est pas une facture de ce contrat, ou ses montants doivent d’abord être convertis`,
  sheetNameStatesPeriod: (sheet, written, period) =>
    fr`feuille « ${sheet} » : son nom indique la période « ${written} », la facture rapprochée porte sur ${period} : donnez la facture du fournisseur pour ${period}, ou rapprochez la période qu’elle indique`,
  statedPeriod: (written, period) =>
    fr`la facture du fournisseur indique la période « ${written} », la facture rapprochée porte sur ${period} : donnez la facture du fournisseur pour ${period}, ou rapprochez la période qu’elle indique`,
  vatRateDiffers: (label, billed, due) =>
    fr`« ${label} » indique un taux de TVA de ${billed} ; le contrat donne ${due}.`,
  duplicateMapping: (label) => fr`la ligne fournisseur « ${label} » est rattachée deux fois`,
  mappingMatchesNothing: (label, meant) =>
    fr`« ${label} » ne correspond à aucune ligne de la facture du fournisseur ; vouliez-vous dire « ${meant} » ?`,
  sheetName: (period) => fr`Rapprochement ${period}`,
  title: 'Rapprochement avec la facture du prestataire',
  supplierFile: 'Facture du prestataire',
  invoice: 'Facture calculée',
  tolerance: 'Tolérance',
  result: 'Résultat',
  summary: (differences) =>
    differences === 0 ? 'toutes les lignes concordent' : counted('fr', differences, 'écart', 'écarts'),
  columns: ['Ligne', 'Ligne du prestataire', 'Statut', 'Facturé', 'Dû', 'Écart', 'Note de contestation'],
  notes: 'Message au prestataire',
  readColumn: 'Lecture de la facture du prestataire',
  vatRateRead: (at, written, readAs) =>
    fr`Taux de TVA ${written} (${at})${readAs === undefined ? '' : fr`, lu comme ${readAs.join(' ou ')}`}.`,
  dateRead: (at, written, how) => {
    if (how === undefined) return fr`Daté du ${written} (${at}).`;
    if ('either' in how)
      return fr`Daté du ${written} (${at}) : le ${how.either.dayFirst} jour en premier ou le ${how.either.monthFirst} mois en premier, tous deux dans ${how.either.period}.`;
    const { dayFirst, shownBy } = how.readIn;
    return fr`Daté du ${written} (${at}), lu ${dayFirst ? 'jour' : 'mois'} en premier ${shownBy ? fr`comme le montre ${shownBy.at} : ${shownBy.text}` : 'comme l’écrit une facture française'}.`;
  },
});

export function reconciliationTexts(lang: Language): ReconciliationTexts {
  return lang === 'fr' ? FR : EN;
}

/**
 * The headers an invoice prints for each column of a supplier's invoice, by language: the name problems
 * give first, then the invoice sheet's own (a supplier billing with Outcome Fees sends it), then other
 * spellings; matched without case, accents or spacing (`control/supplierColumns.ts`). Lists of spellings,
 * not translations of each other: each language has those its invoices print.
 */
export type SupplierHeaders = Readonly<Record<SupplierColumn, readonly string[]>>;

// The invoice sheet's headers: Line, Explanation, Quantity, Unit, Unit price, Amount.
const EN_SHEET = invoiceSheetLabels('en');
const FR_SHEET = invoiceSheetLabels('fr');

const EN_HEADERS: SupplierHeaders = {
  label: [EN_COLUMNS.label, EN_SHEET.columns[0], 'Label', 'Description'],
  amount: [
    EN_COLUMNS.amount,
    EN_SHEET.columns[5],
    'Amount excl. VAT',
    'Amount excluding VAT',
    'Net amount',
    'Net',
    'Net value',
    'Line total excl. VAT',
  ],
  quantity: [EN_COLUMNS.quantity, EN_SHEET.columns[2], 'Qty'],
  unitPrice: [
    EN_COLUMNS.unitPrice,
    EN_SHEET.columns[4],
    'Unit price excl. VAT',
    'Price',
    'Unit cost',
    'Rate',
  ],
  unit: [EN_COLUMNS.unit, EN_SHEET.columns[3]],
  explanation: [EN_SHEET.columns[1]],
  reference: ['Ref', 'Ref.', 'Reference', 'Item no.', 'Item number', 'Code'],
  comment: ['Comment', 'Comments', 'Note', 'Notes'],
  currency: [EN_COLUMNS.currency],
  period: [EN_COLUMNS.period, 'Month'],
  date: [EN_COLUMNS.date, 'Service date', 'Date of service'],
  vat: [EN_COLUMNS.vat, 'VAT amount', 'Tax', 'Tax amount'],
  vatRate: [EN_COLUMNS.vatRate, 'VAT rate (%)', 'VAT %', 'VAT (%)', 'Tax rate', 'Tax %'],
  gross: [
    EN_COLUMNS.gross,
    'Gross amount',
    'Amount incl. VAT',
    'Amount including VAT',
    'Total incl. VAT',
    'Line total incl. VAT',
  ],
};

const FR_HEADERS: SupplierHeaders = {
  label: [FR_COLUMNS.label, FR_SHEET.columns[0], 'Désignation'],
  amount: [
    FR_COLUMNS.amount,
    FR_SHEET.columns[5],
    'Montant HT',
    'Montant net',
    'Montant net HT',
    'Montant hors taxes',
    'Total HT',
    'Total ligne HT',
    'Prix total HT',
  ],
  quantity: [FR_COLUMNS.quantity, FR_SHEET.columns[2], 'Qté'],
  unitPrice: [
    FR_COLUMNS.unitPrice,
    FR_SHEET.columns[4],
    'Prix unitaire HT',
    'Prix',
    'PU',
    'PU HT',
    'Tarif',
    'Tarif unitaire',
  ],
  unit: [FR_COLUMNS.unit, FR_SHEET.columns[3]],
  explanation: [FR_SHEET.columns[1]],
  reference: ['Réf.', 'Référence', 'Article'],
  comment: ['Commentaire', 'Commentaires', 'Remarque', 'Remarques'],
  currency: [FR_COLUMNS.currency],
  period: [FR_COLUMNS.period, 'Mois'],
  date: [FR_COLUMNS.date, 'Date de prestation', 'Date de service'],
  vat: [FR_COLUMNS.vat, 'Montant TVA', 'Montant de la TVA'],
  vatRate: [FR_COLUMNS.vatRate, 'Taux TVA', 'Taux TVA (%)', 'Taux de TVA (%)', 'TVA %', 'TVA (%)', '% TVA'],
  gross: [FR_COLUMNS.gross, 'Total TTC', 'Total ligne TTC', 'Prix total TTC'],
};

export function supplierHeaders(lang: Language): SupplierHeaders {
  return lang === 'fr' ? FR_HEADERS : EN_HEADERS;
}
