/**
 * `verify` on a correction note read alone, without the invoice it corrects: the note carries the values of
 * the invoice as issued (its JSON's `valuesAsIssued`, its sheet's block "Values of the invoice as issued"),
 * which, put over the actuals given, rebuild that invoice, whose fingerprint must be the note's fingerprint
 * as issued; the note written again from it must then say what the note says. Before, a note alone proved
 * only its As recomputed column: an As issued amount moved with its difference (the sums unchanged), a
 * reason rewritten ("CSAT restated from 95%…") or a value as issued typed over all verified as untouched.
 * A note written before notes carried those values (the goldens as they were, under earlier-notes/)
 * verifies its amounts and says its reasons are not proved: it is not failed.
 *
 * The note (BPO, October 2026): CSAT restated from 91.2% to 89%, the threshold now missed: −€5,000.00.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';
import { copyCells } from '../support/copyCells';
import { csatRestated, restatedBpoFiles } from '../support/restatedBpoFiles';

const en = restatedBpoFiles('of-note-alone-en-', csatRestated);
/** The French template's contract and actuals, restated the same way. */
const fr = (() => {
  const bpo = findTemplate('bpo-customer-service')!;
  const contract = bpo.contract('fr');
  const dir = mkdtempSync(join(tmpdir(), 'of-note-alone-fr-'));
  const files = {
    ...en,
    contract,
    dir,
    contractFile: join(dir, 'contract.json'),
    issuedActuals: join(dir, 'actuals.csv'),
    restatedActuals: join(dir, 'restated.csv'),
  };
  const csv = actualsToCsv(contract, bpo.actuals('fr'));
  writeFileSync(files.contractFile, JSON.stringify(contractToJson(contract)));
  writeFileSync(files.issuedActuals, csv);
  writeFileSync(files.restatedActuals, csatRestated(csv));
  return files;
})();

type Files = typeof en;
const invoice = (files: Files, actuals: string, ...args: string[]) =>
  runCli(['invoice', '--contract', files.contractFile, '--actuals', actuals, '--period', '2026-10', ...args]);
const verify = (files: Files, file: string, actuals = files.restatedActuals) =>
  runCli(['verify', '--invoice', file, '--contract', files.contractFile, '--actuals', actuals]);

const notes = new Map<Files, Record<string, unknown>>();

beforeAll(async () => {
  for (const files of [en, fr]) {
    const { dir, issuedActuals, restatedActuals } = files;
    expect(await invoice(files, issuedActuals, '-o', join(dir, 'invoice.xlsx'))).toMatchObject({ code: 0 });
    const corrects = ['--corrects', join(dir, 'invoice.xlsx')];
    const written = await invoice(files, restatedActuals, ...corrects, '-o', join(dir, 'note.xlsx'));
    expect(written).toMatchObject({ code: 0 });
    notes.set(files, JSON.parse((await invoice(files, restatedActuals, ...corrects)).out));
  }
});

/** The note's workbook with `cells` (address → value) of its sheet set. */
async function editedSheet(
  files: Files,
  name: string,
  cells: Record<string, unknown>,
  from = 'note.xlsx',
): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(files.dir, from));
  for (const [address, value] of Object.entries(cells))
    book.worksheets[0]!.getCell(address).value = value as ExcelJS.CellValue;
  const file = join(files.dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** A note's JSON, loosely typed: the tests edit it as a hand would. */
interface NoteJson {
  lines: Record<string, string>[];
  valuesAsIssued: Record<string, string>[];
}

/** The note's JSON with `edit` applied, written to `name`. */
function editedJson(files: Files, name: string, edit: (note: NoteJson) => void): string {
  const note = structuredClone(notes.get(files)!);
  edit(note as unknown as NoteJson);
  const file = join(files.dir, name);
  writeFileSync(file, JSON.stringify(note, null, 2));
  return file;
}

const lines = (run: { out: string }) => run.out.split('\n');

describe('a correction note sheet verified alone', () => {
  it('untouched, passes', async () => {
    expect(await verify(en, join(en.dir, 'note.xlsx'))).toEqual({
      code: 0,
      out: 'Credit note 2026-10: untouched; every line and amount is as recomputed',
      err: '',
    });
  });

  it('names As issued amounts moved with their differences, the sums unchanged', async () => {
    const file = await editedSheet(en, 'note-issued.xlsx', { B11: 19000, D11: 1000, B13: 1560, D13: -1000 });
    const run = await verify(en, file);
    expect(run.code).toBe(1);
    expect(lines(run)).toEqual([
      'Credit note 2026-10: 2 differences',
      "'Credit note 2026-10'!B11: 19000 in the note, 20000 from its values as issued: edited by hand since",
      "'Credit note 2026-10'!B13: 1560 in the note, 560 from its values as issued: edited by hand since",
    ]);
  });

  it('names a reason rewritten', async () => {
    const reason = 'CSAT restated from 95% to 89%: threshold now missed: −€5,000.00';
    const run = await verify(en, await editedSheet(en, 'note-reason.xlsx', { E15: reason }));
    expect(run.code).toBe(1);
    expect(lines(run)).toEqual([
      'Credit note 2026-10: 1 difference',
      `'Credit note 2026-10'!E15: "${reason}" in the note, "CSAT restated from 91.2% to 89%: threshold now missed: −€5,000.00" from its values as issued: edited by hand since`,
    ]);
  });

  it('names the fingerprint as issued and the block when a value as issued was typed over', async () => {
    const run = await verify(en, await editedSheet(en, 'note-value.xlsx', { C33: 0.95 }));
    expect(run.code).toBe(1);
    expect(lines(run)).toEqual([
      'Credit note 2026-10: 1 difference',
      "'Credit note 2026-10'!B7: the values of the invoice as issued (A28:D33) put over the actuals given do not give this fingerprint as issued: a value or the fingerprint was edited by hand since",
    ]);
  });

  it('written before notes printed their values as issued: its amounts verified, its reasons not proved', async () => {
    const blank = Object.fromEntries(
      [28, 29, 30, 31, 32, 33].flatMap((row) => ['A', 'B', 'C', 'D'].map((col) => [`${col}${row}`, null])),
    );
    const earlier = await editedSheet(en, 'note-earlier.xlsx', blank);
    expect(await verify(en, earlier)).toEqual({
      code: 0,
      out: [
        'Credit note 2026-10: untouched; every line and amount is as recomputed',
        'Credit note 2026-10: its reasons and As issued amounts are not proved: it carries no values of the invoice as issued (written by an earlier version); verify it filed with the invoice it corrects',
      ].join('\n'),
      err: '',
    });
    // Its As recomputed column is still proved by its values as recomputed.
    const edited = await verify(
      en,
      await editedSheet(en, 'note-earlier-edited.xlsx', { ...blank, C13: 600, D13: 40 }),
    );
    expect(edited.code).toBe(1);
  });

  it('in French for a French contract', async () => {
    expect(await verify(fr, join(fr.dir, 'note.xlsx'))).toMatchObject({ code: 0, err: '' });
    const run = await verify(
      fr,
      await editedSheet(fr, 'note-reason.xlsx', { E15: 'CSAT : valeur corrigée de 95 % à 89 %' }),
    );
    expect(run.code).toBe(1);
    expect(lines(run)[1]!.replace(/[\u202f\u00a0]/g, ' ')).toMatch(
      /^'Avoir 2026-10'!E15 : "CSAT : valeur corrigée de 95 % à 89 %" dans la note, "CSAT : valeur corrigée de 91,2 % à 89 % : seuil désormais manqué : −5 000,00 €" d’après ses valeurs de la facture émise : modifié à la main depuis$/,
    );
  });
});

describe('a correction note sheet filed with the invoice it corrects', () => {
  it('names a value as issued typed over by its cell', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(en.dir, 'invoice.xlsx'));
    const note = new ExcelJS.Workbook();
    await note.xlsx.readFile(join(en.dir, 'note.xlsx'));
    const copy = book.addWorksheet('Credit note 2026-10');
    copyCells(note.worksheets[0]!, copy);
    const file = join(en.dir, 'filed.xlsx');
    await book.xlsx.writeFile(file);
    expect(await verify(en, file, en.issuedActuals)).toMatchObject({ code: 0, err: '' });
    copy.getCell('C33').value = 0.95;
    await book.xlsx.writeFile(file);
    const run = await verify(en, file, en.issuedActuals);
    expect(run.code).toBe(1);
    expect(lines(run).slice(-2)).toEqual([
      'Credit note 2026-10: 1 difference',
      "'Credit note 2026-10'!C33: 0.95 in the file, 0.912 recomputed",
    ]);
  });
});

describe('a correction note JSON verified alone', () => {
  it('untouched, passes', async () => {
    const run = await verify(
      en,
      editedJson(en, 'note.json', () => undefined),
    );
    expect(run).toEqual({
      code: 0,
      out: 'note.json: untouched; every line and amount is as recomputed',
      err: '',
    });
  });

  it('names As issued amounts moved with their differences', async () => {
    const file = editedJson(en, 'note-issued.json', (note) => {
      Object.assign(note.lines[0], { issued: '19000.00', difference: '1000.00' });
      Object.assign(note.lines[2], { issued: '1560.00', difference: '-1000.00' });
    });
    const run = await verify(en, file);
    expect(run.code).toBe(1);
    expect(lines(run)).toEqual([
      'note-issued.json: 2 differences',
      'lines[0].issued (Fixed management fee): "19000.00" in the note, "20000.00" from its values as issued: edited by hand since',
      'lines[2].issued (FCR): "1560.00" in the note, "560.00" from its values as issued: edited by hand since',
    ]);
  });

  it('names a reason rewritten', async () => {
    const file = editedJson(en, 'note-reason.json', (note) => {
      note.lines[4].reason = 'CSAT restated from 95% to 89%: threshold now missed: −€5,000.00';
    });
    const run = await verify(en, file);
    expect(run.code).toBe(1);
    expect(lines(run)).toEqual([
      'note-reason.json: 1 difference',
      'lines[4].reason (CSAT): "CSAT restated from 95% to 89%: threshold now missed: −€5,000.00" in the note, "CSAT restated from 91.2% to 89%: threshold now missed: −€5,000.00" from its values as issued: edited by hand since',
    ]);
  });

  it('names the fingerprint as issued when a value as issued was edited, and an entry that is no value', async () => {
    const value = await verify(
      en,
      editedJson(en, 'note-value.json', (note) => (note.valuesAsIssued[3].value = '0.95')),
    );
    expect(value.code).toBe(1);
    expect(lines(value)).toEqual([
      'note-value.json: 1 difference',
      'corrects.fingerprint: the values of the invoice as issued (valuesAsIssued) put over the actuals given do not give this fingerprint as issued: a value or the fingerprint was edited by hand since',
    ]);
    const entry = await verify(
      en,
      editedJson(en, 'note-entry.json', (note) => {
        delete note.valuesAsIssued[1].month;
        note.valuesAsIssued[2].source = 'survey';
      }),
    );
    expect(entry.code).toBe(1);
    expect(lines(entry).map((line) => line.split(': ')[0])).toEqual([
      'note-entry.json',
      'valuesAsIssued[1]',
      'valuesAsIssued[2]',
    ]);
    expect(lines(entry)[2]).toBe('valuesAsIssued[2]: unknown field "source"');
  });

  it('with a field misspelt (valuesAsIsued) or of another type, is refused naming it, its where too, not read as an earlier note', async () => {
    const misspelt = (files: Files) =>
      editedJson(files, 'note-misspelt.json', (note) => {
        Object.assign(note, { valuesAsIsued: note.valuesAsIssued });
        delete (note as Partial<NoteJson>).valuesAsIssued;
      });
    expect(await verify(en, misspelt(en))).toEqual({
      code: 1,
      out: 'note-misspelt.json: 1 difference\n(note): unknown field "valuesAsIsued"',
      err: '',
    });
    const french = await verify(fr, misspelt(fr));
    expect(french.code).toBe(1);
    expect(lines(french)[1]).toBe('(note)\u00a0: champ inconnu «\u00a0valuesAsIsued\u00a0»');
    // A field of another type is at its field too, after the refusal that says the note cannot be read.
    const typed = editedJson(en, 'note-typed.json', (note) =>
      Object.assign(note.lines[0]!, { issued: 5000 }),
    );
    const args = ['--contract', en.contractFile, '--actuals', en.restatedActuals, '--json'];
    const json = await runCli(['verify', '--invoice', typed, ...args]);
    expect(JSON.parse(json.out)[0].differences).toEqual([
      {
        where: 'lines[0].issued',
        message:
          'not a correction note written by outcome-fees: lines[0].issued: expected a decimal number written as a string ("2.10"), got 5000',
      },
    ]);
    const corrected = await invoice(en, en.restatedActuals, '--corrects', misspelt(en));
    expect(corrected).toEqual({
      code: 1,
      out: '',
      err: 'note-misspelt.json: (note): unknown field "valuesAsIsued"',
    });
  });

  it('written before notes carried valuesAsIssued (the golden as it was): its amounts verified, its reasons not proved', async () => {
    const earlier = join(__dirname, 'earlier-notes', 'correction-csat-en.json');
    expect(await verify(en, earlier)).toEqual({
      code: 0,
      out: [
        'correction-csat-en.json: untouched; every line and amount is as recomputed',
        'correction-csat-en.json: its reasons and As issued amounts are not proved: it carries no values of the invoice as issued (written by an earlier version); verify it filed with the invoice it corrects',
      ].join('\n'),
      err: '',
    });
    const old = JSON.parse(readFileSync(earlier, 'utf8'));
    old.lines[4].recomputed = '4000.00';
    old.lines[4].difference = '-1000.00';
    const file = join(en.dir, 'earlier-edited.json');
    writeFileSync(file, JSON.stringify(old));
    expect(await verify(en, file)).toMatchObject({ code: 1 });
  });

  it('in French for a French contract', async () => {
    const earlier = await verify(fr, join(__dirname, 'earlier-notes', 'correction-csat-fr.json'));
    expect(earlier.code).toBe(0);
    expect(lines(earlier)[1]!.replace(/[\u202f\u00a0]/g, ' ')).toBe(
      'correction-csat-fr.json : ses motifs et ses montants émis ne sont pas prouvés : elle ne porte pas les valeurs de la facture émise (écrite par une version antérieure) ; vérifiez-la classée avec la facture qu’elle rectifie',
    );
    const value = await verify(
      fr,
      editedJson(fr, 'note-value.json', (note) => (note.valuesAsIssued[3].value = '0.95')),
    );
    expect(value.code).toBe(1);
    expect(lines(value)[1]!.replace(/[\u202f\u00a0]/g, ' ')).toBe(
      'corrects.fingerprint : les valeurs de la facture émise (valuesAsIssued) placées sur le réalisé donné ne donnent pas cette empreinte à l’émission : une valeur ou l’empreinte a été modifiée à la main depuis',
    );
    // The field a difference is at, for a program, without the French colon's no-break space.
    const file = editedJson(fr, 'note-value.json', (note) => (note.valuesAsIssued[3].value = '0.95'));
    const args = ['--contract', fr.contractFile, '--actuals', fr.restatedActuals, '--json'];
    const json = await runCli(['verify', '--invoice', file, ...args]);
    expect(JSON.parse(json.out)[0].differences[0].where).toBe('corrects.fingerprint');
  });
});

describe('verify --json says whether a note’s reasons are proved (reasonsProved), as its lines do', () => {
  const reports = async (file: string, files: Files = en, actuals = files.restatedActuals) => {
    const args = ['--contract', files.contractFile, '--actuals', actuals, '--json'];
    const run = await runCli(['verify', '--invoice', file, ...args]);
    return (JSON.parse(run.out) as { clean: boolean; reasonsProved?: boolean }[]).map((r) => [
      r.clean,
      r.reasonsProved,
    ]);
  };

  it('true for a note proved alone or filed with its invoice; false for an earlier note, or one edited', async () => {
    const earlier = join(__dirname, 'earlier-notes', 'correction-csat-en.json');
    expect(await reports(earlier)).toEqual([[true, false]]);
    expect(await reports(editedJson(en, 'note.json', () => undefined))).toEqual([[true, true]]);
    const reason = editedJson(en, 'note-reason.json', (note) => (note.lines[4].reason = 'CSAT restated'));
    expect(await reports(reason)).toEqual([[false, false]]);
    expect(await reports(join(en.dir, 'note.xlsx'))).toEqual([[true, true]]);
    const blank = Object.fromEntries(
      [28, 29, 30, 31, 32, 33].flatMap((row) => ['A', 'B', 'C', 'D'].map((col) => [`${col}${row}`, null])),
    );
    expect(await reports(await editedSheet(en, 'note-earlier.xlsx', blank))).toEqual([[true, false]]);
    // Filed with the invoice it corrects, which proves its reasons; the invoice's report has no such field.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(en.dir, 'invoice.xlsx'));
    const note = new ExcelJS.Workbook();
    await note.xlsx.readFile(join(en.dir, 'note-earlier.xlsx'));
    copyCells(note.worksheets[0]!, book.addWorksheet('Credit note 2026-10'));
    const filed = join(en.dir, 'filed-earlier.xlsx');
    await book.xlsx.writeFile(filed);
    expect(await reports(filed, en, en.issuedActuals)).toEqual([
      [true, undefined],
      [true, true],
    ]);
  });
});

describe('invoice --corrects a note JSON proves it first, as verify proves it alone', () => {
  /** The actuals restated a second time: CSAT from 89% to 95%, so there is a note to write. */
  const again = () => {
    const file = join(en.dir, 'restated-twice.csv');
    writeFileSync(file, readFileSync(en.restatedActuals, 'utf8').replace(/^(.*CSAT.*?)0\.89\b/m, '$10.95'));
    return file;
  };
  const corrects = (file: string, files: Files = en) => invoice(files, again(), '--corrects', file);

  it('untouched, is corrected from', async () => {
    const run = await corrects(editedJson(en, 'note.json', () => undefined));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ number: 'bpo-customer-service-2026-10-C2' });
  });

  it('a value as issued, a reason or an entry edited is refused, naming it; before, a note was written', async () => {
    const value = editedJson(en, 'note-value.json', (note) => (note.valuesAsIssued[3].value = '0.95'));
    expect(await corrects(value)).toEqual({
      code: 1,
      out: '',
      err: 'note-value.json: corrects.fingerprint: the values of the invoice as issued (valuesAsIssued) put over the actuals given do not give this fingerprint as issued: a value or the fingerprint was edited by hand since',
    });
    const reason = editedJson(en, 'note-reason.json', (note) => (note.lines[4].reason = 'CSAT restated'));
    expect(await corrects(reason)).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /^note-reason\.json: lines\[4\]\.reason \(CSAT\): "CSAT restated" in the note, /,
      ),
    });
    const entry = editedJson(en, 'note-entry.json', (note) => (note.valuesAsIssued[2].source = 'survey'));
    expect(await corrects(entry)).toEqual({
      code: 1,
      out: '',
      err: 'note-entry.json: valuesAsIssued[2]: unknown field "source"',
    });
  });

  it('written before notes carried their values as issued, is not refused; stderr says its reasons are not proved', async () => {
    const earlier = join(en.dir, 'earlier.json');
    writeFileSync(earlier, readFileSync(join(__dirname, 'earlier-notes', 'correction-csat-en.json')));
    const run = await corrects(earlier);
    expect(run.code).toBe(0);
    expect(run.err.split('\n')[0]).toBe(
      'earlier.json: its reasons and As issued amounts are not proved: it carries no values of the invoice as issued (written by an earlier version); verify it filed with the invoice it corrects',
    );
    const blank = Object.fromEntries(
      [28, 29, 30, 31, 32, 33].flatMap((row) => ['A', 'B', 'C', 'D'].map((col) => [`${col}${row}`, null])),
    );
    const sheet = await corrects(await editedSheet(en, 'corrects-earlier.xlsx', blank));
    expect(sheet.code).toBe(0);
    expect(sheet.err).toBe(
      'corrects-earlier.xlsx: Credit note 2026-10: its reasons and As issued amounts are not proved: it carries no values of the invoice as issued (written by an earlier version); verify it filed with the invoice it corrects',
    );
  });

  it('so does a note sheet: one whose value as issued or reason was typed over is refused', async () => {
    const untouched = await corrects(join(en.dir, 'note.xlsx'));
    expect(untouched.code).toBe(0);
    expect(JSON.parse(untouched.out)).toMatchObject({ number: 'bpo-customer-service-2026-10-C2' });
    const value = await editedSheet(en, 'corrects-value.xlsx', { C33: 0.95 });
    expect(await corrects(value)).toEqual({
      code: 1,
      out: '',
      err: "corrects-value.xlsx: 'Credit note 2026-10'!B7: the values of the invoice as issued (A28:D33) put over the actuals given do not give this fingerprint as issued: a value or the fingerprint was edited by hand since",
    });
    const reason = await editedSheet(en, 'corrects-reason.xlsx', { E15: 'CSAT restated' });
    expect(await corrects(reason)).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /^corrects-reason\.xlsx: 'Credit note 2026-10'!E15: "CSAT restated" in the note, /,
      ),
    });
  });

  it('in French for a French contract', async () => {
    const value = editedJson(fr, 'note-value.json', (note) => (note.valuesAsIssued[3].value = '0.95'));
    const run = await invoice(fr, fr.restatedActuals, '--corrects', value);
    expect(run.code).toBe(1);
    expect(run.err.replace(/[\u202f\u00a0]/g, ' ')).toBe(
      'note-value.json : corrects.fingerprint : les valeurs de la facture émise (valuesAsIssued) placées sur le réalisé donné ne donnent pas cette empreinte à l’émission : une valeur ou l’empreinte a été modifiée à la main depuis',
    );
  });
});

describe('a note of a chain (-C2), which corrects from the note before it', () => {
  it('verified alone, sheet and JSON, passes; its reason quotes the previous note’s value', async () => {
    const again = join(en.dir, 'restated-again.csv');
    writeFileSync(again, readFileSync(en.restatedActuals, 'utf8').replace(/^(.*CSAT.*?)0\.89\b/m, '$10.95'));
    const corrects = ['--corrects', join(en.dir, 'note.xlsx')];
    const sheet = join(en.dir, 'note2.xlsx');
    expect(await invoice(en, again, ...corrects, '-o', sheet)).toMatchObject({ code: 0 });
    const json = join(en.dir, 'note2.json');
    writeFileSync(json, (await invoice(en, again, ...corrects)).out);
    expect(JSON.parse(readFileSync(json, 'utf8')).lines[4].reason).toMatch(/^CSAT restated from 89% to 95%/);
    expect(await verify(en, sheet, again)).toMatchObject({ code: 0, err: '' });
    expect(await verify(en, json, again)).toMatchObject({ code: 0, err: '' });
    const edited = await editedSheet(en, 'note2-reason.xlsx', { E15: 'CSAT restated' }, 'note2.xlsx');
    const run = await verify(en, edited, again);
    expect(run.code).toBe(1);
    expect(lines(run)[1]).toMatch(
      /^'Debit note 2026-10'!E15: "CSAT restated" in the note, "CSAT restated from 89% to 95%: /,
    );
  });
});
