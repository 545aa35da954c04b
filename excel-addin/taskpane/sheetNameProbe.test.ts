/**
 * Diagnostics' sheetNameFolding on the Excel port: pairs of sheet names added through `worksheets.add`,
 * on fakes that compare names as Microsoft documents (case aside), more broadly (as the painters' key
 * does), beyond that key, or with case: the check passes for the first two, fails for the others, and
 * the probe deletes every sheet it added, and only those.
 */
import { diagnosticsTexts } from '../../core/i18n/diagnostics';
import { sheetNamesCheck } from '../../core/app/diagnostics/sheetNamesCheck';
import { sheetNameCollisionKey } from '../../core/layout/uniqueSheetName';
import { FakeOfficeError, fakeExcel, type FakeExcel, type FakeExcelOptions } from '../../test/fakes/excel';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

function probe(
  options: FakeExcelOptions = {},
  lang: 'en' | 'fr' = 'en',
  prepare: (fake: FakeExcel) => void = () => undefined,
) {
  const fake = fakeExcel({ sheets: { Sheet1: [['mine']] }, ...options });
  prepare(fake);
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  const result = sheetNamesCheck(excelWorkbook(host), { ...diagnosticsTexts(lang), lang });
  return { fake, result: Promise.resolve(result) };
}

describe("Diagnostics' sheet name probe in Excel", () => {
  it('passes on an Excel that ignores case only, saying how it took each pair, and leaves the workbook as it was', async () => {
    const { fake, result } = probe();
    const { check, left } = await result;
    expect(check).toMatchObject({
      id: 'sheetNameFolding',
      status: 'passed',
      seen: 'Case/CASE: one name; Straße/STRASSE: two names; Écarts/ecarts: two names; Ｗｉｄｅ/Wide: two names; かな/カナ: two names; Cœur/COEUR: two names; Øre/Ore: two names; Next/Next (2): two names',
    });
    expect(left).toEqual([]);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    // One run: a listing, an add per sync (a refused add drops what follows it in its batch: 8 pairs, 16
    // adds, CASE refused), one deletion of the 15 sheets added.
    expect(fake.runs.map((run) => run.syncs)).toEqual([1 + 16 + 1]);
  });

  it('passes on an Excel folding ß, accents, width, kana and œ as the painters do, showing it', async () => {
    const { check } = await probe({ sheetNameFolding: sheetNameCollisionKey }).result;
    expect(check.status).toBe('passed');
    expect(check.seen).toBe(
      'Case/CASE: one name; Straße/STRASSE: one name; Écarts/ecarts: one name; Ｗｉｄｅ/Wide: one name; かな/カナ: one name; Cœur/COEUR: one name; Øre/Ore: two names; Next/Next (2): two names',
    );
  });

  it('fails on an Excel taking for one name two the painters tell apart, in the pane’s language', async () => {
    const folding = (name: string) => sheetNameCollisionKey(name).replace(/ø/g, 'o');
    const { check } = await probe({ sheetNameFolding: folding }, 'fr').result;
    expect(check.status).toBe('failed');
    expect(check.seen).toContain('Øre/Ore\u00a0: un seul nom');
    expect(check.seen).toContain(
      'Ici deux noms que le volet distingue n’en font qu’un, ou des noms qui ne diffèrent que par la casse en font deux',
    );
  });

  it('fails on an Excel telling names apart by case', async () => {
    const { check } = await probe({ sheetNameFolding: (name) => name }).result;
    expect(check.status).toBe('failed');
    expect(check.seen).toMatch(/^Case\/CASE: two names; .*please send us this report$/);
  });

  it('fails where Excel refuses a first name no sheet has as the painters compare them', async () => {
    // An Excel that takes every name ending "(delete me)" for one: the second pair's first is refused.
    const folding = (name: string) => (name.endsWith('(delete me)') ? 'probe' : name.toLowerCase());
    const { check } = await probe({ sheetNameFolding: folding }).result;
    expect(check.status).toBe('failed');
    expect(check.seen).toContain('Straße/STRASSE: "Straße" refused, though no sheet has it');
  });

  it('leaves out a pair one of whose names the workbook has, and never touches that sheet', async () => {
    const { fake, result } = probe({
      sheets: { Sheet1: [['mine']], 'DIAG STRASSE (DELETE ME)': [['theirs']] },
    });
    const { check } = await result;
    expect(check.status).toBe('passed');
    expect(check.seen).toContain('Straße/STRASSE: not tried (the workbook has a sheet of that name)');
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'DIAG STRASSE (DELETE ME)']);
    expect(fake.book.grid('DIAG STRASSE (DELETE ME)')).toEqual([['theirs']]);
  });

  it('names the sheets it could not delete, and says what Excel refused on the way', async () => {
    const { result } = probe({}, 'en', (fake) => {
      const add = fake.book.addSheet.bind(fake.book);
      fake.book.addSheet = (name, location) => {
        if (name.startsWith('Diag Wide'))
          throw new FakeOfficeError('GeneralException', 'Something went wrong.', 'WorksheetCollection.add');
        return add(name, location);
      };
      fake.book.deleteSheet = () => {
        throw new FakeOfficeError('AccessDenied', 'Deletion refused.', 'Worksheet.delete');
      };
    });
    const { check, left } = await result;
    expect(check.status).toBe('failed');
    expect(check.seen).toBe(
      'Case/CASE: one name; Straße/STRASSE: two names; Écarts/ecarts: two names; Something went wrong.',
    );
    expect(left).toEqual([
      'Diag Case (delete me)',
      'Diag Straße (delete me)',
      'Diag STRASSE (delete me)',
      'Diag Écarts (delete me)',
      'Diag ecarts (delete me)',
      'Diag Ｗｉｄｅ (delete me)',
    ]);
  });

  it('is not checked where the port adds no sheets of chosen names', async () => {
    const { check } = await sheetNamesCheck({} as never, { ...diagnosticsTexts('en'), lang: 'en' });
    expect(check).toMatchObject({
      status: 'notChecked',
      seen: 'the pane adds no sheets of chosen names in this host',
    });
  });
});
