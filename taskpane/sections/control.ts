/**
 * The pane's control sections (issue 13). Invoice a range: every invoice between two of the periods Check
 * contract found (before a check, the recent months the Period list offers), after a Summary sheet.
 * Reconcile: the sheet holding the supplier's invoice is picked from the workbook's sheets (the pane's
 * lists, read again whenever the list gets focus, so a sheet pasted in meanwhile shows up),
 * and reconciled with the invoice of the period chosen under Invoice. The dispute notes are shown, ready
 * to copy into an e-mail, in a read-only text box: workbook text stays text. Reconcile's range, mapping and
 * tolerance, the Performance review and Correct an invoice are in the `control*.ts` files beside this one.
 */
import type { WorkbookLists } from '../../core/app/workbookLists';
import { sectionTexts } from '../../core/i18n/sections';
import { el } from '../dom';
import { fillSelect } from '../fillSelect';
import { mountCorrectSection } from './controlCorrect';
import { reconcileFields } from './controlReconcileFields';
import { mountReviewSection } from './controlReview';
import { refuse, runAction, said, type PaneSection, type SectionContext } from './section';
import { sheetPicker } from './sheetPicker';
import { selectField, subForm } from './fields';

export function mountControlSection(ctx: SectionContext): PaneSection {
  const { doc } = ctx;
  const id = (name: string) => `${ctx.id}-${name}`;
  const t = () => sectionTexts(ctx.lang());
  let sheets: readonly string[] = [];

  const sheet = sheetPicker(doc, id('reconcile-sheet'), {
    describedBy: id('reconcile-hint'),
    refresh: () => void ctx.refreshLists(),
  });
  const fields = reconcileFields(ctx);
  const reconcilePart = subForm(doc, id('reconcile'), [sheet.box, ...fields.elements]);
  const notesLabel = el(doc, 'label', { for: id('reconcile-notes'), class: 'of-label' });
  const notes = el(doc, 'textarea', {
    id: id('reconcile-notes'),
    class: 'of-input of-notes',
    readonly: true,
    rows: '6',
  });
  const notesBox = el(doc, 'div', { class: 'of-notes-box', hidden: true }, notesLabel, notes);
  reconcilePart.section.append(notesBox);

  const from = selectField(doc, id('range-from'), id('range-hint'));
  const to = selectField(doc, id('range-to'), id('range-hint'));
  const rangePart = subForm(doc, id('range'), [from.box, to.box]);
  const review = mountReviewSection(ctx, () => ({ from: from.control.value, to: to.control.value }));
  const correct = mountCorrectSection(ctx);
  const element = el(
    doc,
    'div',
    { class: 'of-sections' },
    rangePart.section,
    review.element,
    reconcilePart.section,
    correct.element,
  );

  /**
   * The Period list's entries in both lists, an end the user picked kept while it is listed: after a check
   * the range is the whole list; before one, the recent months, both ends on the Period list's month.
   */
  const periodsChanged = (): void => {
    const { choices, preferred } = ctx.periodChoices();
    const checked = ctx.periods().length > 0;
    for (const [select, fallback] of [
      [from.control, checked ? choices[0]?.value : preferred],
      [to.control, checked ? choices[choices.length - 1]?.value : preferred],
    ] as const) {
      fillSelect(select, choices, fallback);
    }
  };

  const invoiceRange = (): Promise<void> => {
    const first = from.control.value;
    const last = to.control.value;
    if (first === '' || last === '') return refuse(ctx, () => t().rangeNeedsPeriods);
    return runAction(
      ctx,
      () => t().busyRange(first, last),
      async () => {
        const { message } = await ctx.bridge.invoiceRange(first, last, ctx.lang(), ctx.contract());
        await ctx.refreshLists();
        return said('success', message);
      },
      (reason) => t().rangeFailed(reason),
    );
  };

  const renderSheets = (): void => sheet.fill(sheets, { none: t().supplierSheetNone });

  const listsChanged = (lists: WorkbookLists): Promise<void> => {
    sheets = lists.sheets;
    renderSheets();
    fields.sheetsChanged(sheets);
    correct.sheetsChanged(lists.invoices);
    return Promise.resolve();
  };

  const relabel = (): void => {
    reconcilePart.heading.textContent = t().reconcileHeading;
    reconcilePart.hint.textContent = t().reconcileHint;
    sheet.label.textContent = t().supplierSheetLabel;
    reconcilePart.button.textContent = t().reconcileButton;
    notesLabel.textContent = t().notesLabel;
    rangePart.heading.textContent = t().rangeHeading;
    rangePart.hint.textContent = t().rangeHint;
    from.label.textContent = t().rangeFromLabel;
    to.label.textContent = t().rangeToLabel;
    rangePart.button.textContent = t().rangeButton;
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
        await ctx.refreshLists();
        // A hidden row the supplier billed is news to the buyer even when every amount matches.
        const clean = result.differences === 0 && result.hiddenRows.length === 0;
        return said(clean ? 'success' : 'warning', result.message);
      },
      (reason) => t().reconcileFailed(reason),
    );
  };

  reconcilePart.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void reconcile();
  });
  rangePart.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void invoiceRange();
  });
  relabel();
  periodsChanged();
  return { element, relabel, listsChanged, periodsChanged };
}
