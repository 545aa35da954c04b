/**
 * What a sheet's own first cells say it is, where it carries no mark (`SheetTag`, sheetTag.ts): a Contract
 * or Actuals sheet's copy that lost the mark (Sheets' Duplicate where the host drops developer metadata, a
 * pasted copy in either host) and was then renamed has nothing else left to tell it from a user's own
 * sheet. Kept apart from sheetTag.ts, which the Sheets server (Code.js) bundles: this reads labels of both
 * languages, which only the pane needs.
 */
import { cellAt, cellText, type Grid } from '../contract/sheet/cells';
import { isActualsHeader } from '../contract/sheet/readActuals';
import { CONTRACT_TEXT, normalizeLabel } from '../i18n/contract';
import type { TopLeft } from './workbookPort';

/**
 * The cells `printedRole` reads: the Contract sheet's title is its A1 and the General section's title its
 * fourth row; the Actuals header (Kind | Name | Unit) is its first row, or below a title of a row or two.
 */
export const LAYOUT_TOP: TopLeft = { rows: 4, columns: 3 };

const CONTRACT_LABELS = new Set(
  Object.values(CONTRACT_TEXT).flatMap((t) => [normalizeLabel(t.title), normalizeLabel(t.sections.general)]),
);

/**
 * `contract` where column A of the first rows holds a Contract sheet's title or its General section's
 * (either language), `actuals` where one of them is the Actuals header; `null` for any other sheet.
 */
export function printedRole(top: Grid): 'contract' | 'actuals' | null {
  const rows = top.slice(0, LAYOUT_TOP.rows);
  if (rows.some((_, row) => CONTRACT_LABELS.has(normalizeLabel(cellText(cellAt(top, row, 0))))))
    return 'contract';
  return rows.some((row) => isActualsHeader(row.slice(0, LAYOUT_TOP.columns))) ? 'actuals' : null;
}
