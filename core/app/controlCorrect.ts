/**
 * The pane's Correct an invoice (issue 13): an invoice sheet the add-in wrote is read back as issued (its
 * printed values must reproduce its fingerprint, and no cell may have been edited since), recomputed with
 * the actuals as they are now, and the difference written as a credit or debit note on a new sheet. The
 * invoice sheet, the contract and the actuals are only read.
 */
import { correctionNote } from '../control/correction';
import { readIssuedInvoice } from '../control/issuedInvoice';
import { issuedInvoiceFromSheet } from '../control/issuedSheet';
import { controlSectionTexts } from '../i18n/controlSections';
import { joinList } from '../i18n/frenchTypography';
import { formatMoney } from '../i18n/numberFormat';
import { invoiceToJson } from '../invoice/toJson';
import { correctionSheetPlan } from '../layout/correctionSheet';
import { ActionError, invoiceOf, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
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

/** The correction note of the invoice on `invoiceSheet`, from the contract chosen as `checkContract` chooses it. */
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
    return andThen(port.readSheets([invoiceSheet]), ([grid]) => {
      if (!grid) throw new ActionError(t.invoiceSheetMissing);
      const proof = issuedInvoiceFromSheet(grid, invoiceSheet, inputs.contract, inputs.actuals, lang);
      if (!proof.ok) throw new ActionError(t.invoiceSheetProblems(proof.problems.length, proof.problems[0]!));
      const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(proof.invoice))));
      // The rebuilt invoice is the engine's own: its JSON always reads back.
      if (!issued.ok) throw new Error(joinList(lang, issued.problems));
      const recomputed = invoiceOf(read, proof.invoice.period, lang);
      const result = correctionNote(issued.value, recomputed, inputs.contract, { issueDate: today() });
      if (!result.ok) throw new ActionError(t.cannotRebuild(result.problems));
      const { note } = result;
      const { currency } = recomputed.contract;
      const difference = formatMoney(note.total.difference, currency, lang, { signed: true });
      const changed = note.lines.filter((line) => !line.difference.isZero()).length;
      if (note.kind === 'none' && changed === 0)
        return { sheet: null, kind: 'none', difference, message: t.nothingToCorrect(note.corrects.number) };
      return andThen(port.paint([{ plan: correctionSheetPlan(note) }]), ([sheet]) => ({
        sheet: sheet!,
        kind: note.kind,
        difference,
        message: t.corrected(
          note.kind === 'debit' ? 'debit' : 'credit',
          note.number,
          sheet!,
          difference,
          changed,
        ),
      }));
    });
  });
}
