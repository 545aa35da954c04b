/**
 * The pane's Correct an invoice (issue 13): the user picks an invoice sheet the add-in wrote; the core
 * reads it back as issued, recomputes it with today's actuals and writes a credit or debit note on a new
 * sheet. The sheet list is read again whenever it gets focus, like Reconcile's.
 */
import { controlSectionTexts } from '../../core/i18n/controlSections';
import { el } from '../dom';
import type { SectionContext } from './section';

/** The section, and how the control sections hand it the workbook's sheets. */
export interface CorrectSection {
  readonly element: HTMLElement;
  relabel(): void;
  sheetsChanged(sheets: readonly string[]): void;
}

export function mountCorrectSection(ctx: SectionContext, refresh: () => Promise<void>): CorrectSection {
  const { doc } = ctx;
  const ids = {
    heading: `${ctx.id}-correct-heading`,
    hint: `${ctx.id}-correct-hint`,
    sheet: `${ctx.id}-correct-sheet`,
  };
  const t = () => controlSectionTexts(ctx.lang());
  let sheets: readonly string[] = [];

  const heading = el(doc, 'h2', { id: ids.heading, class: 'of-heading' });
  const hint = el(doc, 'p', { id: ids.hint, class: 'of-hint' });
  const sheetLabel = el(doc, 'label', { for: ids.sheet, class: 'of-label' });
  const sheet = el(doc, 'select', { id: ids.sheet, class: 'of-select', 'aria-describedby': ids.hint });
  const button = el(doc, 'button', { type: 'submit', class: 'of-button of-primary' });
  const form = el(doc, 'form', { class: 'of-form' }, hint, sheetLabel, sheet, button);
  const element = el(doc, 'section', { class: 'of-section', 'aria-labelledby': ids.heading }, heading, form);

  const renderSheets = (): void => {
    const chosen = sheet.value;
    sheet.replaceChildren(
      el(doc, 'option', { value: '' }, t().invoiceSheetNone),
      ...sheets.map((name) => el(doc, 'option', { value: name }, name)),
    );
    sheet.value = sheets.includes(chosen) ? chosen : '';
  };

  const correct = (): Promise<void> => {
    const chosen = sheet.value;
    if (chosen === '') {
      ctx.show({ kind: 'error', text: () => t().invoiceSheetMissing, detail: '' });
      return Promise.resolve();
    }
    return ctx.run(
      () => t().busyCorrecting(chosen),
      async () => {
        try {
          const result = await ctx.bridge.correctInvoice(chosen, ctx.lang(), ctx.contract());
          await refresh();
          const { message } = result;
          return { kind: 'success', text: () => message, detail: '' };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { kind: 'error', text: () => t().correctFailed(message), detail: '' };
        }
      },
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void correct();
  });
  sheet.addEventListener('focus', () => void refresh());

  const relabel = (): void => {
    heading.textContent = t().correctHeading;
    hint.textContent = t().correctHint;
    sheetLabel.textContent = t().invoiceSheetLabel;
    button.textContent = t().correctButton;
    renderSheets();
  };
  relabel();
  return {
    element,
    relabel,
    sheetsChanged: (next) => {
      sheets = next;
      renderSheets();
    },
  };
}
