/**
 * Formula cells whose saved result is the empty text. Excel and LibreOffice save `=IF(B2="","",B2)` showing
 * nothing as `<c t="str"><f>…</f><v></v></c>`; exceljs reads that empty `<v>` as no result at all, like a
 * formula no program calculated, and a workbook with such a formula in a future month was refused whole.
 * The cells are found in the sheet parts themselves, through the zip library exceljs reads with.
 */
import { attribute, sheetParts, zipParts } from './sheetParts';

/** The address (`E3`) of each formula cell saved with an empty text result, by sheet name. */
export async function emptyTextResults(zip: Buffer): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  // A zip this reader cannot follow: its formulas stay as exceljs read them.
  const text = await zipParts(zip);
  if (text === undefined) return found;
  for await (const { name, xml } of sheetParts(text)) {
    const cells = emptyTextCells(xml);
    if (cells.size > 0) found.set(name, cells);
  }
  return found;
}

/** The cells of one sheet part holding a formula, typed text (`t="str"`), with an empty `<v>`. */
function emptyTextCells(xml: string): Set<string> {
  const cells = new Set<string>();
  for (const [, attributes, body] of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (body === undefined || attribute(attributes, 't') !== 'str' || !/<f\b/.test(body)) continue;
    if (!/<v\s*\/>|<v><\/v>/.test(body)) continue;
    const address = attribute(attributes, 'r');
    if (address !== undefined) cells.add(address);
  }
  return cells;
}
