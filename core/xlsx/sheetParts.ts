/**
 * A workbook's sheet parts as its own XML, for the readers that check what exceljs would make of a cell
 * (readCells, emptyTextResults). Read through the zip library exceljs reads with, so both see the parts
 * exceljs sees.
 */
import JSZip from 'jszip';

/** One part's text by its path in the zip (`xl/sharedStrings.xml`), undefined when the file lacks it. */
export type PartText = (path: string) => Promise<string | undefined>;

/** The zip's parts, or undefined for a zip this reader cannot follow (exceljs says what is wrong with it). */
export async function zipParts(zip: Buffer): Promise<PartText | undefined> {
  let archive: JSZip;
  try {
    archive = await JSZip.loadAsync(zip);
  } catch {
    return undefined;
  }
  return (path) => archive.file(path)?.async('string') ?? Promise.resolve(undefined);
}

/**
 * Each sheet's name and XML, in the workbook's order, read one at a time (a reader that stops at the first
 * bad cell reads no further part). None when the workbook part or its relationships are missing.
 */
export async function* sheetParts(text: PartText): AsyncGenerator<{ name: string; xml: string }> {
  const [workbook, rels] = await Promise.all([text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')]);
  if (workbook === undefined || rels === undefined) return;
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
    if (name !== undefined && xml !== undefined) yield { name, xml };
  }
}

/** XML text with its five predefined entities decoded. */
export function decoded(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** An XML attribute's value, its entities decoded. */
export function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decoded(value);
}
