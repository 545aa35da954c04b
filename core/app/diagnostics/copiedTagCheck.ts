/**
 * Whether a duplicated sheet keeps the pane's mark. The pane refuses a Contract or Actuals sheet whose mark
 * two sheets carry (contractPair.ts `twins`), so a copy is never read in the original's place, nor the
 * original in the copy's. Sheets documents no more than Excel whether a duplicate keeps the sheet's
 * developer metadata; without it, the copy is a sheet of no contract, as a pasted copy is, which no action
 * reads, and the actions go on reading the original: safe, but the user must know to edit the original.
 * Checked on a duplicate of the main diagnostics sheet, which cleanup deletes with the other temporary
 * sheets; not checked where the port makes no copies.
 */
import { andThen, type MaybePromise } from '../maybePromise';
import { messageOf } from '../messageOf';
import type { WorkbookPort } from '../workbookPort';
import { attempt } from './outcome';
import type { DiagnosticCheck, Painted, Texts } from './result';
import { DIAGNOSTICS_TAG } from './sheetTagCheck';

/** The check, and the copy it made (a sheet to delete), if the host made one. */
export interface CopiedTag extends Painted {
  readonly check: DiagnosticCheck;
}

/** Duplicates `sheet` (painted with DIAGNOSTICS_TAG), then lists the workbook to see the copy's mark. */
export function copiedTagCheck(port: WorkbookPort, t: Texts, sheet: string): MaybePromise<CopiedTag> {
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'copiedSheetTag',
    status,
    title: t.title.copiedSheetTag,
    seen,
  });
  const { copyPainted } = port;
  if (!copyPainted) return { check: check('notChecked', t.noCopyWhy) };
  return andThen(
    attempt(() => copyPainted.call(port, sheet)),
    (copied) => {
      if (!copied.ok) return { check: check('failed', messageOf(copied.error)) };
      const copy = copied.value;
      return andThen(
        attempt(() => port.sheets()),
        (listed): CopiedTag => {
          if (!listed.ok) return { sheet: copy, check: check('failed', messageOf(listed.error)) };
          const tag = listed.value.sheets.find((info) => info.name === copy)?.tag ?? null;
          if (tag === null) return { sheet: copy, check: check('failed', t.sawCopyUntagged(copy)) };
          const same = tag.role === DIAGNOSTICS_TAG.role && tag.contract === DIAGNOSTICS_TAG.contract;
          return {
            sheet: copy,
            check: same
              ? check('passed', t.sawCopyTagged(copy))
              : check('failed', t.sawOtherTag(tag.contract)),
          };
        },
      );
    },
  );
}
