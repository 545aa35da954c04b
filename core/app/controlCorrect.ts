/**
 * The pane's Correct an invoice (issue 13): an invoice sheet the add-in wrote is read back as issued (its
 * printed values must reproduce its fingerprint, and no cell may have been edited since), recomputed with
 * the actuals as they are now, and the difference written as a credit or debit note on a new sheet; or a
 * note sheet, corrected from again when the period is restated once more. The invoice sheet, the contract
 * and the actuals are only read.
 */
import { correctionNote, correctsNothing, noteNumber, type NoteChain } from '../control/correction';
import { readIssuedInvoice, type IssuedInvoice } from '../control/issuedInvoice';
import { noteSheetNumber } from '../control/noteSheet';
import { provenNoteSheet } from '../control/correctionProof';
import { periodOfNumber } from '../control/verify';
import { correctionTexts } from '../i18n/correction';
import type { Invoice } from '../invoice/types';
import { issuedInvoiceFromSheet } from '../control/issuedSheet';
import { controlSectionTexts } from '../i18n/controlSections';
import { joinList } from '../i18n/frenchTypography';
import { formatMoney } from '../i18n/numberFormat';
import { invoiceToJson } from '../invoice/toJson';
import { correctionSheetPlan } from '../layout/correctionSheet';
import { ActionError, invoiceOf, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import { ISSUED_TOP, issuedSheets, noteTag } from './controlCorrectSheets';
import type { WorkbookPort } from './workbookPort';

/** What `correctInvoice` wrote. */
export interface CorrectionResult {
  /** The new credit or debit note sheet; `null` when nothing changed, so nothing was written. */
  readonly sheet: string | null;
  readonly kind: 'credit' | 'debit' | 'none';
  /** The total's difference, recomputed − issued, formatted in the contract's currency and the pane's language. */
  readonly difference: string;
  readonly message: string;
}

/**
 * The note sheets of the workbook but `invoiceSheet`, renamed or copied too (`issuedSheets`): a note of
 * the invoice chosen means it was corrected already. Refuses a sheet that is no invoice or note sheet,
 * which would only be refused for its first cell that is not an invoice's.
 */
function notesBeside(port: WorkbookPort, invoiceSheet: string, lang: Lang): MaybePromise<string[]> {
  const t = controlSectionTexts(lang);
  return andThen(port.sheets(ISSUED_TOP), ({ sheets }) =>
    andThen(issuedSheets(port, sheets), (issued) => {
      if (!sheets.some((sheet) => sheet.name === invoiceSheet)) throw new ActionError(t.invoiceSheetMissing);
      if (!issued.some((sheet) => sheet.name === invoiceSheet))
        throw new ActionError(t.notIssuedSheet(invoiceSheet));
      return issued.filter((s) => s.kind === 'note' && s.name !== invoiceSheet).map((s) => s.name);
    }),
  );
}

/**
 * The correction note of the invoice on `invoiceSheet`, from the contract chosen as `checkContract` chooses
 * it. `invoiceSheet` may be a correction note's sheet: the new note then corrects from what that note made
 * the invoice (its As recomputed column). The workbook's note sheets tell whether the invoice or note
 * chosen was already corrected: correcting it again would count that note's corrections twice.
 */
export function correctInvoice(
  port: WorkbookPort,
  invoiceSheet: string,
  lang: Lang,
  contract: string | undefined,
  today: () => string,
): MaybePromise<CorrectionResult> {
  const t = controlSectionTexts(lang);
  if (invoiceSheet === '') throw new ActionError(t.invoiceSheetMissing);
  return andThen(readWorkbook(port, lang, contract), (read) => {
    if (invoiceSheet === read.contractSheet || invoiceSheet === read.actualsSheet)
      throw new ActionError(t.invoiceSheetIsContract);
    const inputs = usableInputs(read, lang);
    return andThen(notesBeside(port, invoiceSheet, lang), (notes) => {
      return andThen(port.readSheets([invoiceSheet, ...notes]), ([grid, ...noteGrids]) => {
        if (!grid) throw new ActionError(t.invoiceSheetMissing);
        /** Refuses to correct `number` (an invoice, or a note of `invoice`) when a note of it is in the workbook. */
        const notCorrectedYet = (invoice: string, number?: string) => {
          const next = noteNumber(invoice, number);
          const i = noteGrids.findIndex((g) => g !== null && noteSheetNumber(g)?.note === next);
          if (i >= 0)
            throw new ActionError(
              correctionTexts(lang).alreadyCorrected(number ?? invoice, next!, notes[i]!),
            );
        };
        const fromNote = noteSheetNumber(grid);
        let corrected: { issued: IssuedInvoice; chain?: NoteChain; recomputed: Invoice; unproved?: string };
        if (fromNote) {
          notCorrectedYet(fromNote.invoice, fromNote.note);
          const period = periodOfNumber(fromNote.invoice);
          if (period === undefined) throw new ActionError(t.invoiceSheetMissing);
          const recomputed = invoiceOf(read, period, lang);
          // Proved whole, as the CLI's --corrects proves it: a note typed over anywhere is never built on.
          const basis = provenNoteSheet(grid, invoiceSheet, inputs.contract, inputs.actuals, period, lang);
          if (!basis.ok)
            throw new ActionError(t.invoiceSheetProblems(basis.problems.length, basis.problems[0]!));
          corrected = { ...basis, recomputed };
        } else {
          const proof = issuedInvoiceFromSheet(grid, invoiceSheet, inputs.contract, inputs.actuals, lang);
          if (!proof.ok)
            throw new ActionError(t.invoiceSheetProblems(proof.problems.length, proof.problems[0]!));
          notCorrectedYet(proof.invoice.number);
          const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(proof.invoice))));
          // The rebuilt invoice is the engine's own: its JSON always reads back.
          if (!issued.ok) throw new Error(joinList(lang, issued.problems));
          corrected = { issued: issued.value, recomputed: invoiceOf(read, proof.invoice.period, lang) };
        }
        const { recomputed } = corrected;
        const result = correctionNote(corrected.issued, recomputed, inputs.contract, {
          issueDate: today(),
          ...(corrected.chain ? { chain: corrected.chain } : {}),
        });
        if (!result.ok) throw new ActionError(t.cannotRebuild(result.problems));
        const { note } = result;
        const { currency } = recomputed.contract;
        const difference = formatMoney(note.total.difference, currency, lang, { signed: true });
        const changed = note.lines.filter((line) => !line.difference.isZero()).length;
        const target = note.corrects.previous?.number ?? note.corrects.number;
        // A note written before notes carried their values as issued is corrected from, as by the CLI, and
        // the message says, as its stderr does, that its reasons are not proved.
        const said = (message: string) =>
          corrected.unproved === undefined ? message : `${message} ${corrected.unproved}.`;
        if (correctsNothing(note))
          return { sheet: null, kind: 'none', difference, message: said(t.nothingToCorrect(target)) };
        const request = { plan: correctionSheetPlan(note), tag: noteTag(recomputed.contract.id) };
        return andThen(port.paint([request]), ([sheet]) => ({
          sheet: sheet!,
          kind: note.kind,
          difference,
          message: said(
            t.corrected(note.kind === 'debit' ? 'debit' : 'credit', note.number, sheet!, difference, changed),
          ),
        }));
      });
    });
  });
}
