/**
 * How a `SheetTag` is stored by a host beside a sheet: one key, one text value. Both hosts read and write
 * it through these two functions, so a sheet tagged in Excel reads the same in Sheets.
 */
import type { SheetTag } from './workbookPort';

/** The key of the Excel worksheet custom property and of the Sheets developer metadata. */
export const SHEET_TAG_KEY = 'outcome-fees.sheet';

const ROLES: readonly SheetTag['role'][] = ['contract', 'actuals', 'invoice', 'note'];

/** The stored text of a tag. */
export function sheetTagText(tag: SheetTag): string {
  return JSON.stringify({ role: tag.role, contract: tag.contract });
}

/**
 * The tag a stored text holds, or `null` for anything else: a user can edit both hosts' metadata, and a
 * text that is not exactly a tag marks no sheet.
 */
export function parseSheetTag(text: unknown): SheetTag | null {
  if (typeof text !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { role, contract, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (!ROLES.includes(role as SheetTag['role'])) return null;
  if (typeof contract !== 'string' || contract === '') return null;
  return { role: role as SheetTag['role'], contract };
}
