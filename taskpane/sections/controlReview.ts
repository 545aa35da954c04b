/**
 * The pane's Performance review (issue 13): over the range chosen under Invoice a range, a new Performance
 * sheet with each KPI invoice by invoice, met and missed highlighted, and a chart per KPI.
 */
import { controlSectionTexts } from '../../core/i18n/controlSections';
import { sectionTexts } from '../../core/i18n/sections';
import { el } from '../dom';
import { refuse, runAction, said, type SectionContext } from './section';

/** The section; `range` gives the From and To chosen under Invoice a range (`''` when none is). */
export interface ReviewSection {
  readonly element: HTMLElement;
  relabel(): void;
}

export function mountReviewSection(
  ctx: SectionContext,
  range: () => { readonly from: string; readonly to: string },
): ReviewSection {
  const { doc } = ctx;
  const ids = { heading: `${ctx.id}-review-heading`, hint: `${ctx.id}-review-hint` };
  const t = () => controlSectionTexts(ctx.lang());

  const heading = el(doc, 'h2', { id: ids.heading, class: 'of-heading' });
  const hint = el(doc, 'p', { id: ids.hint, class: 'of-hint' });
  const button = el(doc, 'button', { type: 'submit', class: 'of-button', 'aria-describedby': ids.hint });
  const form = el(doc, 'form', { class: 'of-form' }, hint, button);
  const element = el(doc, 'section', { class: 'of-section', 'aria-labelledby': ids.heading }, heading, form);

  const review = (): Promise<void> => {
    const { from, to } = range();
    if (from === '' || to === '') return refuse(ctx, () => sectionTexts(ctx.lang()).rangeNeedsPeriods);
    return runAction(
      ctx,
      () => t().busyReview(from, to),
      async () => {
        const { message } = await ctx.bridge.reviewPerformance(from, to, ctx.lang(), ctx.contract());
        return said('success', message);
      },
      (reason) => t().reviewFailed(reason),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void review();
  });
  const relabel = (): void => {
    heading.textContent = t().reviewHeading;
    hint.textContent = t().reviewHint;
    button.textContent = t().reviewButton;
  };
  relabel();
  return { element, relabel };
}
