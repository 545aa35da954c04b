/**
 * The pane's Correct an invoice (issue 13): the user picks an invoice sheet the add-in wrote; the core
 * reads it back as issued, recomputes it with today's actuals and writes a credit or debit note on a new
 * sheet. The list offers only the invoice and note sheets the add-in wrote (`WorkbookLists.invoices`),
 * read again whenever it gets focus, like Reconcile's.
 */
import { controlSectionTexts } from '../../core/i18n/controlSections';
import { subForm } from './fields';
import { refuse, runAction, said, type SectionContext } from './section';
import { sheetPicker } from './sheetPicker';

/** The section, and how the control sections hand it the workbook's sheets. */
export interface CorrectSection {
  readonly element: HTMLElement;
  relabel(): void;
  sheetsChanged(sheets: readonly string[]): void;
}

export function mountCorrectSection(ctx: SectionContext): CorrectSection {
  const { doc } = ctx;
  const t = () => controlSectionTexts(ctx.lang());
  let sheets: readonly string[] = [];

  const sheet = sheetPicker(doc, `${ctx.id}-correct-sheet`, {
    describedBy: `${ctx.id}-correct-hint`,
    refresh: () => void ctx.refreshLists(),
  });
  const part = subForm(doc, `${ctx.id}-correct`, [sheet.box]);

  const renderSheets = (): void => sheet.fill(sheets, { none: t().invoiceSheetNone });

  const correct = (): Promise<void> => {
    const chosen = sheet.value();
    if (chosen === '') return refuse(ctx, () => t().invoiceSheetMissing);
    return runAction(
      ctx,
      () => t().busyCorrecting(chosen),
      async () => {
        const { message } = await ctx.bridge.correctInvoice(chosen, ctx.lang(), ctx.contract());
        await ctx.refreshLists();
        return said('success', message);
      },
      (reason) => t().correctFailed(reason),
    );
  };

  part.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void correct();
  });

  const relabel = (): void => {
    part.heading.textContent = t().correctHeading;
    part.hint.textContent = t().correctHint;
    sheet.label.textContent = t().invoiceSheetLabel;
    part.button.textContent = t().correctButton;
    renderSheets();
  };
  relabel();
  return {
    element: part.section,
    relabel,
    sheetsChanged: (next) => {
      sheets = next;
      renderSheets();
    },
  };
}
