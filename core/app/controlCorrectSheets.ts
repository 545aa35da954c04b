/**
 * The sheets Correct an invoice offers and reads (issue 13): the invoice and correction note sheets the
 * add-in wrote, told by the tag it leaves on them when it paints them, so a sheet the user renamed is
 * still one; and, for a sheet without a tag (written by the command line, by a version before tags, or
 * copied from another workbook), by what its first rows print: a note's number, an invoice's
 * Fingerprint row. Those first rows of every untagged sheet are read at once, never a user's sheet whole.
 */
import type { Grid } from '../contract/sheet/cells';
import type { Invoice } from '../invoice/types';
import { printsInvoiceFingerprint } from '../control/issuedSheet';
import { noteSheetNumber } from '../control/noteSheet';
import { contractPairs } from './contractPair';
import { andThen, type MaybePromise } from './maybePromise';
import type { SheetInfo, SheetTag, TopLeft, WorkbookPort } from './workbookPort';

/** A sheet Correct an invoice can start from. */
export interface IssuedSheet {
  readonly name: string;
  readonly kind: 'invoice' | 'note';
}

/** The tag an invoice sheet is painted with. */
export function invoiceTag(invoice: Invoice): SheetTag {
  return { role: 'invoice', contract: invoice.contract.id };
}

/** The tag a correction note sheet of a contract is painted with. */
export function noteTag(contract: string): SheetTag {
  return { role: 'note', contract };
}

/** A1:B7 tells: a note's number on row 3 (`noteSheetNumber`), an invoice's Fingerprint label on row 7. */
export const ISSUED_TOP_ROWS = 7;
export const ISSUED_TOP_COLUMNS = 2;
/** What `issuedSheets` reads of each untagged sheet, asked of `port.sheets` so a port may read it there. */
export const ISSUED_TOP: TopLeft = { rows: ISSUED_TOP_ROWS, columns: ISSUED_TOP_COLUMNS };

/** What the first rows of an untagged sheet say it is: an invoice or a note the add-in wrote, or neither. */
export function printedKind(grid: Grid): IssuedSheet['kind'] | null {
  if (noteSheetNumber(grid)) return 'note';
  return printsInvoiceFingerprint(grid) ? 'invoice' : null;
}

/**
 * The invoice and note sheets among `sheets` (the workbook's, as `port.sheets(ISSUED_TOP)` lists them),
 * in workbook order; the contracts' own sheets are never among them. One read of the first rows of the
 * untagged sheets, none when every sheet is tagged or the listing gave each its `top`.
 */
export function issuedSheets(port: WorkbookPort, sheets: readonly SheetInfo[]): MaybePromise<IssuedSheet[]> {
  const own = new Set(contractPairs(sheets).flatMap((pair) => [pair.contract, pair.actuals]));
  const others = sheets.filter((sheet) => !own.has(sheet.name));
  const untaggedSheets = others.filter((sheet) => sheet.tag === null);
  const untagged = untaggedSheets.map((sheet) => sheet.name);
  const sorted = (tops: readonly (Grid | null)[]): IssuedSheet[] => {
    const printed = new Map(untagged.map((name, i) => [name, tops[i] ? printedKind(tops[i]) : null]));
    return others.flatMap(({ name, tag }) => {
      const kind = tag?.role === 'invoice' || tag?.role === 'note' ? tag.role : printed.get(name);
      return kind ? [{ name, kind }] : [];
    });
  };
  const listed = untaggedSheets.map((sheet) => sheet.top);
  if (listed.every((top): top is Grid => top !== undefined)) return sorted(listed);
  const tops = port.readTopLeft
    ? port.readTopLeft(untagged, ISSUED_TOP_ROWS, ISSUED_TOP_COLUMNS)
    : port.readSheets(untagged);
  return andThen(tops, sorted);
}
