/**
 * A workbook on the 1904 date system as LibreOffice saves it (`date1904="true"`): exceljs read its dates
 * 1,462 days early, so an Actuals header of October 2026 was September 2022. Read right whichever way the
 * flag is spelled, and never shifted twice.
 */
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { date1904Missed } from './date1904';
import { readWorkbookValues } from './readWorkbook';

/** A one-sheet workbook on the 1904 system: A1 October 2026 as a date cell, B1 a number, C1 a time, D1 a duration. */
async function workbook1904(flag: '1' | 'true' | undefined, compression: 'DEFLATE' | 'STORE' = 'DEFLATE') {
  const workbook = new Workbook();
  workbook.properties.date1904 = flag !== undefined;
  const sheet = workbook.addWorksheet('Actuals');
  sheet.getCell('A1').value = new Date(Date.UTC(2026, 9, 1));
  sheet.getCell('A1').numFmt = 'mmm yyyy';
  sheet.getCell('B1').value = 42500;
  // 7:30 typed in a value cell: a time, the same serial on either system.
  sheet.getCell('C1').value = 0.3125;
  sheet.getCell('C1').numFmt = 'h:mm';
  // A duration of 30 hours: past one day, but no day of either calendar, the same serial on either system.
  sheet.getCell('D1').value = 1.25;
  sheet.getCell('D1').numFmt = '[h]:mm';
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  if (flag === 'true') zip.file('xl/workbook.xml', xml.replace('date1904="1"', 'date1904="true"'));
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

/** October 2026's serial on the 1900 system, as every reader of the grid counts. */
const OCTOBER_2026 = 46296;

describe('the 1904 date system', () => {
  test.each([
    ['as LibreOffice writes it, "true"', 'true' as const],
    ['as Excel writes it, "1"', '1' as const],
    ['absent (the 1900 system)', undefined],
  ])('a date cell reads as the date it shows with the flag %s', async (_, flag) => {
    const [sheet] = await readWorkbookValues(await workbook1904(flag));
    expect(sheet.values[0]).toEqual([OCTOBER_2026, 42500, 0.3125, 1.25]);
  });

  test('the flag is found in a stored zip too, and only where exceljs misses it', async () => {
    expect(await date1904Missed(await workbook1904('true', 'STORE'))).toBe(true);
    expect(await date1904Missed(await workbook1904('true'))).toBe(true);
    expect(await date1904Missed(await workbook1904('1'))).toBe(false);
    expect(await date1904Missed(await workbook1904(undefined))).toBe(false);
    expect(await date1904Missed(Buffer.from('PK\u0003\u0004 not a zip'))).toBe(false);
  });
});
