/**
 * The pane's Model section (issue 12): the exposure of the period chosen under Generate invoice, the least
 * and the most its invoice can be, said in the status and written on a new Exposure sheet.
 */
import { sectionTexts } from '../../core/i18n/sections';
import { el } from '../dom';
import type { PaneSection, SectionContext } from './section';

export function mountModelSection(ctx: SectionContext): PaneSection {
  const { doc } = ctx;
  const ids = { heading: `${ctx.id}-model-heading`, hint: `${ctx.id}-exposure-hint` };
  const t = () => sectionTexts(ctx.lang());

  const heading = el(doc, 'h2', { id: ids.heading, class: 'of-heading' });
  const hint = el(doc, 'p', { id: ids.hint, class: 'of-hint' });
  const button = el(doc, 'button', {
    type: 'submit',
    class: 'of-button of-primary',
    'aria-describedby': ids.hint,
  });
  const form = el(doc, 'form', { class: 'of-form' }, hint, button);
  const element = el(doc, 'section', { class: 'of-section', 'aria-labelledby': ids.heading }, heading, form);

  const relabel = (): void => {
    heading.textContent = t().modelHeading;
    hint.textContent = t().exposureHint;
    button.textContent = t().exposureButton;
  };

  const showExposure = (): Promise<void> => {
    const period = ctx.period();
    if (period === '') {
      ctx.show({ kind: 'error', text: () => t().periodMissing, detail: '' });
      return Promise.resolve();
    }
    return ctx.run(
      () => t().busyExposure(period),
      async () => {
        try {
          const result = await ctx.bridge.periodExposure(period, ctx.lang(), ctx.contract());
          const { message } = result;
          return { kind: 'success', text: () => message, detail: result.unbounded.join(' ') };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { kind: 'error', text: () => t().exposureFailed(message), detail: '' };
        }
      },
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void showExposure();
  });
  relabel();
  return { element, relabel, refresh: () => Promise.resolve(), periodsChanged: () => undefined };
}
