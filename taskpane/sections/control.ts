/**
 * The pane's control sections (issue 13). Invoice a range: every invoice between two of the periods Check
 * contract found, after a Summary sheet. Reconcile: the sheet holding the supplier's invoice is picked from the
 * workbook's sheets (listed again whenever the list gets focus, so a sheet pasted in meanwhile shows up),
 * and reconciled with the invoice of the period chosen under Invoice. The dispute notes are shown, ready
 * to copy into an e-mail, in a read-only text box: workbook text stays text. Reconcile's range, mapping and
 * tolerance, the Performance review and Correct an invoice are in the `control*.ts` files beside this one.
 */
import { sectionTexts } from '../../core/i18n/sections';
import { el } from '../dom';
import { fillSelect } from '../fillSelect';
import { mountCorrectSection } from './controlCorrect';
import { reconcileFields } from './controlReconcileFields';
import { mountReviewSection } from './controlReview';
import { refuse, runAction, said, type PaneSection, type SectionContext } from './section';
import { sheetPicker } from './sheetPicker';

export function mountControlSection(ctx: SectionContext): PaneSection {
  const { doc } = ctx;
  const ids = {
    heading: `${ctx.id}-reconcile-heading`,
    hint: `${ctx.id}-reconcile-hint`,
    notes: `${ctx.id}-reconcile-notes`,
    rangeHeading: `${ctx.id}-range-heading`,
    rangeHint: `${ctx.id}-range-hint`,
    from: `${ctx.id}-range-from`,
    to: `${ctx.id}-range-to`,
  };
  const t = () => sectionTexts(ctx.lang());
  let sheets: readonly string[] = [];

  const heading = el(doc, 'h2', { id: ids.heading, class: 'of-heading' });
  const hint = el(doc, 'p', { id: ids.hint, class: 'of-hint' });
  const sheet = sheetPicker(doc, `${ctx.id}-reconcile-sheet`, {
    describedBy: ids.hint,
    refresh: () => void refresh(),
  });
  const button = el(doc, 'button', { type: 'submit', class: 'of-button of-primary' });
  const notesLabel = el(doc, 'label', { for: ids.notes, class: 'of-label' });
  const notes = el(doc, 'textarea', { id: ids.notes, class: 'of-input of-notes', readonly: true, rows: '6' });
  const notesBox = el(doc, 'div', { class: 'of-notes-box', hidden: true }, notesLabel, notes);
  const fields = reconcileFields(ctx);
  const form = el(doc, 'form', { class: 'of-form' }, hint, sheet.box, ...fields.elements, button);
  const reconcileSection = el(
    doc,
    'section',
    { class: 'of-section', 'aria-labelledby': ids.heading },
    heading,
    form,
    notesBox,
  );

  const rangeHeading = el(doc, 'h2', { id: ids.rangeHeading, class: 'of-heading' });
  const rangeHint = el(doc, 'p', { id: ids.rangeHint, class: 'of-hint' });
  const fromLabel = el(doc, 'label', { for: ids.from, class: 'of-label' });
  const from = el(doc, 'select', { id: ids.from, class: 'of-select', 'aria-describedby': ids.rangeHint });
  const toLabel = el(doc, 'label', { for: ids.to, class: 'of-label' });
  const to = el(doc, 'select', { id: ids.to, class: 'of-select', 'aria-describedby': ids.rangeHint });
  const rangeButton = el(doc, 'button', { type: 'submit', class: 'of-button of-primary' });
  const rangeForm = el(
    doc,
    'form',
    { class: 'of-form' },
    rangeHint,
    fromLabel,
    from,
    toLabel,
    to,
    rangeButton,
  );
  const rangeSection = el(
    doc,
    'section',
    { class: 'of-section', 'aria-labelledby': ids.rangeHeading },
    rangeHeading,
    rangeForm,
  );
  const review = mountReviewSection(ctx, () => ({ from: from.value, to: to.value }));
  const correct = mountCorrectSection(ctx, () => refresh());
  const element = el(
    doc,
    'div',
    { class: 'of-sections' },
    rangeSection,
    review.element,
    reconcileSection,
    correct.element,
  );

  /** Each list keeps its choice when it is still a period; else the range is the whole list. */
  const periodsChanged = (): void => {
    const periods = ctx.periods();
    for (const [select, fallback] of [
      [from, periods[0]],
      [to, periods[periods.length - 1]],
    ] as const) {
      const choices = periods.map((period) => ({ value: period, label: ctx.periodLabel(period) }));
      fillSelect(select, choices, fallback);
    }
  };

  const invoiceRange = (): Promise<void> => {
    const first = from.value;
    const last = to.value;
    if (first === '' || last === '') return refuse(ctx, () => t().rangeNeedsPeriods);
    return runAction(
      ctx,
      () => t().busyRange(first, last),
      async () => {
        const { message } = await ctx.bridge.invoiceRange(first, last, ctx.lang(), ctx.contract());
        await refresh();
        return said('success', message);
      },
      (reason) => t().rangeFailed(reason),
    );
  };

  const renderSheets = (): void => sheet.fill(sheets, { none: t().supplierSheetNone });

  const refresh = async (): Promise<void> => {
    try {
      sheets = await ctx.bridge.listSheets();
    } catch {
      // The list only helps to pick; Reconcile says what is wrong with the workbook.
      sheets = [];
    }
    renderSheets();
    fields.sheetsChanged(sheets);
    correct.sheetsChanged(sheets);
  };

  const relabel = (): void => {
    heading.textContent = t().reconcileHeading;
    hint.textContent = t().reconcileHint;
    sheet.label.textContent = t().supplierSheetLabel;
    button.textContent = t().reconcileButton;
    notesLabel.textContent = t().notesLabel;
    rangeHeading.textContent = t().rangeHeading;
    rangeHint.textContent = t().rangeHint;
    fromLabel.textContent = t().rangeFromLabel;
    toLabel.textContent = t().rangeToLabel;
    rangeButton.textContent = t().rangeButton;
    renderSheets();
    fields.relabel();
    review.relabel();
    correct.relabel();
  };

  const reconcile = (): Promise<void> => {
    const supplier = sheet.value();
    const period = ctx.period();
    const options = fields.options();
    const range = options.range?.trim() ?? '';
    if (supplier === '' && range === '') return refuse(ctx, () => t().supplierSheetMissing);
    if (period === '') return refuse(ctx, () => t().periodMissing);
    return runAction(
      ctx,
      () => t().busyReconciling(range === '' ? supplier : range, period),
      async () => {
        notes.value = '';
        notesBox.hidden = true;
        const result = await ctx.bridge.reconcileInvoice(
          supplier,
          period,
          ctx.lang(),
          ctx.contract(),
          options,
        );
        notes.value = result.notes;
        notesBox.hidden = result.notes === '';
        await refresh();
        return said(result.differences === 0 ? 'success' : 'warning', result.message);
      },
      (reason) => t().reconcileFailed(reason),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void reconcile();
  });
  rangeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void invoiceRange();
  });
  relabel();
  periodsChanged();
  return { element, relabel, refresh, periodsChanged };
}
