/**
 * The pane's Diagnostics section (issue 10): runs the host self-test and shows its report as text, with a
 * read-only copy to select and send when a check fails.
 */
import type { DiagnosticsResult } from '../../core/app/bridge';
import { diagnosticsTexts } from '../../core/i18n/diagnostics';
import { el } from '../dom';
import { subForm } from './fields';
import { runAction, said, type PaneSection, type SectionContext } from './section';

export function mountDiagnosticsSection(ctx: SectionContext): PaneSection {
  const { doc } = ctx;
  const copyId = `${ctx.id}-diagnostics-copy`;
  const t = () => diagnosticsTexts(ctx.lang());

  const {
    section: element,
    form,
    heading,
    hint,
    button,
  } = subForm(doc, `${ctx.id}-diagnostics`, [], {
    primary: false,
  });
  const report = el(doc, 'pre', { class: 'of-hint of-report' });
  const copyLabel = el(doc, 'label', { for: copyId, class: 'of-hint' });
  const copy = el(doc, 'textarea', {
    id: copyId,
    readonly: true,
    rows: '4',
    class: 'of-input of-report-copy',
  });
  const result = el(doc, 'div', { hidden: true }, report, copyLabel, copy);
  form.append(result);

  const relabel = (): void => {
    heading.textContent = t().heading;
    hint.textContent = t().hint;
    button.textContent = t().button;
    copyLabel.textContent = t().copyLabel;
  };

  // Workbook-derived text goes in through textContent and value only, never as markup.
  const showReport = (diagnostics: DiagnosticsResult): void => {
    report.textContent = diagnostics.report;
    copy.value = diagnostics.report;
    result.hidden = false;
  };

  const runDiagnostics = (): Promise<void> =>
    runAction(
      ctx,
      () => t().busy,
      async () => {
        const diagnostics = await ctx.bridge.runDiagnostics(ctx.lang());
        showReport(diagnostics);
        const failed = diagnostics.checks.some((check) => check.status === 'failed');
        return said(failed ? 'warning' : 'success', diagnostics.message);
      },
      (reason) => t().runFailed(reason),
    );

  copy.addEventListener('focus', () => copy.select());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runDiagnostics();
  });
  relabel();
  // Its temporary sheets are gone when it ends: the pane's lists stay as they were.
  return { element, relabel, listsChanged: () => Promise.resolve(), periodsChanged: () => undefined };
}
