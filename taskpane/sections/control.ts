/**
 * The pane's Reconcile section (issue 13): the sheet holding the supplier's invoice is picked from the
 * workbook's sheets (listed again whenever the list gets focus, so a sheet pasted in meanwhile shows up),
 * and reconciled with the invoice of the period chosen under Invoice. The dispute notes are shown, ready
 * to copy into an e-mail, in a read-only text box: workbook text stays text.
 */
import { sectionTexts } from '../../core/i18n/sections';
import { el } from '../dom';
import type { PaneSection, SectionContext } from './section';

export function mountControlSection(ctx: SectionContext): PaneSection {
  const { doc } = ctx;
  const ids = {
    heading: `${ctx.id}-reconcile-heading`,
    hint: `${ctx.id}-reconcile-hint`,
    sheet: `${ctx.id}-reconcile-sheet`,
    notes: `${ctx.id}-reconcile-notes`,
  };
  const t = () => sectionTexts(ctx.lang());
  let sheets: readonly string[] = [];

  const heading = el(doc, 'h2', { id: ids.heading, class: 'of-heading' });
  const hint = el(doc, 'p', { id: ids.hint, class: 'of-hint' });
  const sheetLabel = el(doc, 'label', { for: ids.sheet, class: 'of-label' });
  const sheet = el(doc, 'select', { id: ids.sheet, class: 'of-select', 'aria-describedby': ids.hint });
  const button = el(doc, 'button', { type: 'submit', class: 'of-button of-primary' });
  const notesLabel = el(doc, 'label', { for: ids.notes, class: 'of-label' });
  const notes = el(doc, 'textarea', { id: ids.notes, class: 'of-input of-notes', readonly: true, rows: '6' });
  const notesBox = el(doc, 'div', { class: 'of-notes-box', hidden: true }, notesLabel, notes);
  const form = el(doc, 'form', { class: 'of-form' }, hint, sheetLabel, sheet, button);
  const element = el(
    doc,
    'section',
    { class: 'of-section', 'aria-labelledby': ids.heading },
    heading,
    form,
    notesBox,
  );

  const renderSheets = (): void => {
    const chosen = sheet.value;
    sheet.replaceChildren(
      el(doc, 'option', { value: '' }, t().supplierSheetNone),
      ...sheets.map((name) => el(doc, 'option', { value: name }, name)),
    );
    sheet.value = sheets.includes(chosen) ? chosen : '';
  };

  const refresh = async (): Promise<void> => {
    try {
      sheets = await ctx.bridge.listSheets();
    } catch {
      // The list only helps to pick; Reconcile says what is wrong with the workbook.
      sheets = [];
    }
    renderSheets();
  };

  const relabel = (): void => {
    heading.textContent = t().reconcileHeading;
    hint.textContent = t().reconcileHint;
    sheetLabel.textContent = t().supplierSheetLabel;
    button.textContent = t().reconcileButton;
    notesLabel.textContent = t().notesLabel;
    renderSheets();
  };

  const reconcile = (): Promise<void> => {
    const supplier = sheet.value;
    const period = ctx.period();
    if (supplier === '' || period === '') {
      ctx.show({
        kind: 'error',
        text: () => (supplier === '' ? t().supplierSheetMissing : t().periodMissing),
        detail: '',
      });
      return Promise.resolve();
    }
    return ctx.run(
      () => t().busyReconciling(supplier, period),
      async () => {
        notes.value = '';
        notesBox.hidden = true;
        try {
          const result = await ctx.bridge.reconcileInvoice(supplier, period, ctx.lang(), ctx.contract());
          notes.value = result.notes;
          notesBox.hidden = result.notes === '';
          await refresh();
          const message = result.message;
          return { kind: result.differences === 0 ? 'success' : 'warning', text: () => message, detail: '' };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { kind: 'error', text: () => t().reconcileFailed(message), detail: '' };
        }
      },
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void reconcile();
  });
  sheet.addEventListener('focus', () => void refresh());
  relabel();
  return { element, relabel, refresh };
}
