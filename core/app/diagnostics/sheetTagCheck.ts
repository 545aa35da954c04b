/**
 * The mark the pane puts on the sheets it writes (a contract's, its actuals'), by which it finds them
 * again under any name: Excel's worksheet custom properties, Sheets' developer metadata. The main
 * diagnostics sheet is painted with one, and the workbook listed once while it exists.
 */
import { andThen, type MaybePromise } from '../maybePromise';
import { messageOf } from '../messageOf';
import type { SheetTag, WorkbookPort } from '../workbookPort';
import { attempt } from './outcome';
import type { DiagnosticCheck, Texts } from './result';

/**
 * An actuals mark of a contract no sheet has: a diagnostics sheet the host would not delete is never
 * taken for a contract's actuals.
 */
export const DIAGNOSTICS_TAG: SheetTag = { role: 'actuals', contract: 'outcome-fees-diagnostics' };

/** Whether the listing gives `sheet` the mark it was painted with. */
export function sheetTagCheck(port: WorkbookPort, t: Texts, sheet: string): MaybePromise<DiagnosticCheck> {
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'sheetTag',
    status,
    title: t.title.sheetTag,
    seen,
  });
  return andThen(
    attempt(() => port.sheets()),
    (listed) => {
      if (!listed.ok) return check('failed', messageOf(listed.error));
      const tag = listed.value.sheets.find((info) => info.name === sheet)?.tag ?? null;
      if (tag === null) return check('failed', t.sawUntagged);
      const same = tag.role === DIAGNOSTICS_TAG.role && tag.contract === DIAGNOSTICS_TAG.contract;
      return same ? check('passed', t.sawTagged) : check('failed', t.sawOtherTag(tag.contract));
    },
  );
}
