/**
 * A workbook on the 1904 date system (Excel for Mac's old default, kept by LibreOffice) counts its dates
 * from 1904-01-01. LibreOffice writes the flag `date1904="true"`, which exceljs does not read (it takes
 * only `"1"`), so every date of such a workbook came out 1,462 days early: the month header October 2026
 * read as September 2022. The flag is read here from the zip itself.
 */
import { inflateRawSync } from 'node:zlib';

/** Days from the 1900 system's serial to the 1904 system's for one date. */
export const DATE_1904_OFFSET_DAYS = 1462;

/**
 * Whether the workbook is on the 1904 date system with a flag exceljs misses (`true`, not `1`); false
 * when the flag is absent, spelled `1` (exceljs reads that one itself), or the zip cannot be read here.
 */
export function date1904Missed(zip: Buffer): boolean {
  const xml = zipEntryText(zip, 'xl/workbook.xml');
  const flag =
    xml === undefined ? undefined : /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="([^"]*)"/.exec(xml)?.[1];
  return flag !== undefined && flag.trim().toLowerCase() === 'true';
}

/** One stored or deflated entry's text, found through the central directory; undefined if unreadable. */
function zipEntryText(zip: Buffer, name: string): string | undefined {
  try {
    let end = -1;
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
      if (zip.readUInt32LE(at) === 0x06054b50) {
        end = at;
        break;
      }
    if (end < 0) return undefined;
    const entries = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < entries && zip.readUInt32LE(at) === 0x02014b50; i++) {
      const method = zip.readUInt16LE(at + 10);
      const compressed = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
        const local = zip.readUInt32LE(at + 42);
        const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const body = zip.subarray(data, data + compressed);
        if (method === 0) return body.toString('utf8');
        return method === 8 ? inflateRawSync(body).toString('utf8') : undefined;
      }
      at = next;
    }
  } catch {
    // A zip this reader cannot follow is read as exceljs reads it.
  }
  return undefined;
}
