/**
 * Formula cells whose saved result is the empty text. Excel and LibreOffice save `=IF(B2="","",B2)` showing
 * nothing as `<c t="str"><f>…</f><v></v></c>`; exceljs reads that empty `<v>` as no result at all, like a
 * formula no program calculated, and a workbook with such a formula in a future month was refused whole.
 * The cells are found in the sheet parts themselves, through the zip library exceljs reads with.
 */
import JSZip from 'jszip';

/** The address (`E3`) of each formula cell saved with an empty text result, by sheet name. */
export async function emptyTextResults(zip: Buffer): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  let archive: JSZip;
  try {
    archive = await JSZip.loadAsync(zip);
  } catch {
    // A zip this reader cannot follow: its formulas stay as exceljs read them.
    return found;
  }
  const text = (path: string) => archive.file(path)?.async('string') ?? Promise.resolve(undefined);
  const [workbook, rels] = await Promise.all([text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')]);
  if (workbook === undefined || rels === undefined) return found;
  const targets = new Map<string, string>();
  for (const [relationship] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(relationship, 'Id');
    const target = attribute(relationship, 'Target');
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [sheet] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(sheet, 'name');
    const part = targets.get(attribute(sheet, 'r:id') ?? '');
    const xml = part === undefined ? undefined : await text(part);
    if (name === undefined || xml === undefined) continue;
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

/** An XML attribute's value, its five predefined entities decoded. */
function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
