/**
 * The pane's Performance review (issue 13): over the range chosen under Invoice a range, a new Performance
 * sheet with each KPI invoice by invoice, met and missed highlighted, and a chart per KPI.
 */
import { controlSectionTexts } from '../../core/i18n/controlSections';
import { sectionTexts } from '../../core/i18n/sections';
import { subForm } from './fields';
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
  const t = () => controlSectionTexts(ctx.lang());
  const {
    section: element,
    form,
    heading,
    hint,
    button,
  } = subForm(ctx.doc, `${ctx.id}-review`, [], {
    primary: false,
  });

  const review = (): Promise<void> => {
    const { from, to } = range();
    if (from === '' || to === '') return refuse(ctx, () => sectionTexts(ctx.lang()).rangeNeedsPeriods);
    return runAction(
      ctx,
      () => t().busyReview(from, to),
      async () => {
        const { message } = await ctx.bridge.reviewPerformance(from, to, ctx.lang(), ctx.contract());
        await ctx.refreshLists();
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
