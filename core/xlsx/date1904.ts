/**
 * A workbook on the 1904 date system (Excel for Mac's old default, kept by LibreOffice) counts its dates
 * from 1904-01-01. LibreOffice writes the flag `date1904="true"`, which exceljs does not read (it takes
 * only `"1"`), so every date of such a workbook came out 1,462 days early: the month header October 2026
 * read as September 2022. The flag is read here from the workbook part itself, through the zip library
 * exceljs reads with (it inflates that one entry only).
 */
import JSZip from 'jszip';

/**
 * Whether the workbook is on the 1904 date system with a flag exceljs misses (`true`, not `1`); false
 * when the flag is absent, spelled `1` (exceljs reads that one itself), or the zip cannot be read here.
 */
export async function date1904Missed(zip: Buffer): Promise<boolean> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(zip)).file('xl/workbook.xml')?.async('string');
  } catch {
    // A zip this reader cannot follow is read as exceljs reads it.
  }
  const flag =
    xml === undefined ? undefined : /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="([^"]*)"/.exec(xml)?.[1];
  return flag !== undefined && flag.trim().toLowerCase() === 'true';
}
