import ExcelJS from 'exceljs';
import { emptyTextResults } from './emptyTextResults';
import { readWorkbookValues, refuseUncalculated } from './readWorkbook';

async function workbook(edit: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  edit(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('formula cells saved with the empty text as their result', () => {
  it('are found by sheet and address; a formula saved without any result is not', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('Notes & <more>').getCell('A1').value = 'x';
      const sheet = book.addWorksheet('Actuals');
      sheet.getCell('B2').value = { formula: 'IF(A2="","",A2)', result: '' };
      sheet.getCell('C2').value = { formula: 'A2*2' };
      sheet.getCell('D2').value = { formula: 'A2&""', result: 'text' };
    });
    const found = await emptyTextResults(bytes);
    expect([...found.entries()].map(([name, cells]) => [name, [...cells]])).toEqual([['Actuals', ['B2']]]);
  });

  it('read as blank text, so that only the uncalculated formula is refused', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Actuals');
      sheet.getCell('A1').value = 7;
      sheet.getCell('B1').value = { formula: 'IF(A1=7,"",A1)', result: '' };
      sheet.getCell('C1').value = { formula: 'A1*2' };
    });
    const [sheet] = await readWorkbookValues(bytes);
    expect(sheet.values).toEqual([[7, '', null]]);
    expect(() => refuseUncalculated(sheet)).toThrow(/^Actuals!C1 holds a formula without a saved result/);
  });

  it('leave a zip that is no workbook to the reader', async () => {
    expect((await emptyTextResults(Buffer.from('not a zip'))).size).toBe(0);
  });
});
