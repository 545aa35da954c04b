/**
 * `invoice … --corrects ISSUED.json|ISSUED.xlsx`: the correction note of an issued invoice whose actuals
 * were restated. The invoice command builds the period's invoice from the restated actuals as usual; this
 * turns it, with the invoice as issued, into a credit or debit note: JSON on stdout, or a sheet with `-o`.
 * Either file is proved as issued before the note starts from it: its printed values must reproduce its
 * fingerprint and nothing may have been edited since (`issuedSheet.ts`, `issuedJsonProof.ts`), so lines
 * edited while still adding up (two amounts swapped) are refused, not corrected from.
 */
import type { Actuals, Contract, Language } from '../../contract/types';
import { localToday } from '../../calendar';
import {
  correctionNote,
  correctionToJson,
  correctsNothing,
  type CorrectedInvoice,
  type CorrectionNote,
} from '../../control/correction';
import { lastNoteSheet, noteSheetNumber } from '../../control/noteSheet';
import { noteBasis } from '../../control/correctionChain';
import { noteJsonAlone, provenNoteSheet } from '../../control/correctionProof';
import { contractVersion } from '../../control/fingerprint';
import {
  correctionNoteOf,
  notAnIssuedObject,
  readIssuedInvoice,
  type IssuedInvoice,
} from '../../control/issuedInvoice';
import { provenIssuedJson } from '../../control/issuedJsonProof';
import { issuedInvoiceFromSheet } from '../../control/issuedSheet';
import { isInvoiceSheet, periodOfNumber, writtenSheetPeriods, type WrittenSheet } from '../../control/verify';
import { invoiceToJson } from '../../invoice/toJson';
import { readWorkbookValues } from '../../xlsx/readWorkbook';
import { cliTexts } from '../../i18n/cli';
import { correctionTexts } from '../../i18n/correction';
import { FRENCH_SPACE } from '../../i18n/frenchTypography';
import { issuedJsonTexts } from '../../i18n/verify';
import type { Invoice } from '../../invoice/types';
import { correctionSheetPlan } from '../../layout/correctionSheet';
import { workbookBuffer } from '../../xlsx/writeWorkbook';
import { CliError, workbookFailure } from '../cliError';
import { laterNoteBeside } from '../notesBeside';
import type { CliIo, ExitCode } from '../io';
import { isWorkbook, readBytes, textOf, inputName } from '../inputFile';
import { writeFileAtomic } from '../outputFile';
import { parseStrictJson } from '../strictJson';
import { shownAmount, shownPath } from '../shown';

/** A problem of the issued file after its name: `issued.json: …`, in French `issued.json : …`. */
function inFile(name: string, lang: Language): (problem: string) => string {
  return (problem) => `${name}${lang === 'fr' ? FRENCH_SPACE : ''}: ${problem}`;
}

/** What an issued workbook gives to correct from: its invoice sheet's JSON, or the last note sheet of it. */
type FromWorkbook =
  { readonly json: unknown } | { readonly note: WrittenSheet; readonly original?: CorrectedInvoice };

/**
 * The invoice sheet of `period` in an issued workbook, read back as issued under `contract`; or, when the
 * workbook holds its correction notes too, the last of them (`-C`, `-C2`…), which the new note corrects
 * from: the invoice again would correct the notes' changes twice.
 */
async function issuedFromWorkbook(
  file: string,
  bytes: Buffer,
  contract: Contract,
  actuals: Actuals,
  period: string,
): Promise<FromWorkbook> {
  const name = inputName(file);
  const t = cliTexts(contract.language);
  let sheets;
  try {
    sheets = await readWorkbookValues(bytes);
  } catch (error) {
    throw new CliError(t.cannotReadWorkbook(file, workbookFailure(error, contract.language)));
  }
  // The number states the period too: a sheet whose Period row was typed over is still found, and the
  // edit named (`issuedInvoiceFromSheet`).
  const invoices = sheets.filter(
    (sheet) => isInvoiceSheet(sheet) && writtenSheetPeriods(sheet).includes(period),
  );
  const noted = [
    ...new Set(
      sheets
        .map((sheet) => noteSheetNumber(sheet.values)?.invoice)
        .filter((invoice) => invoice !== undefined && periodOfNumber(invoice) === period),
    ),
  ];
  if (invoices.length === 0 && noted.length === 1) {
    const note = lastNoteSheet(sheets, noted[0]!);
    if (note) return { note };
  }
  if (invoices.length !== 1) {
    throw new CliError(
      invoices.length === 0
        ? t.noIssuedSheet(name, period)
        : t.severalIssuedSheets(
            name,
            period,
            invoices.map((sheet) => sheet.name),
          ),
    );
  }
  const sheet = invoices[0]!;
  const proof = issuedInvoiceFromSheet(sheet.values, sheet.name, contract, actuals, contract.language);
  if (!proof.ok) throw new CliError(proof.problems.map(inFile(name, contract.language)).join('\n'));
  const note = lastNoteSheet(sheets, proof.invoice.number);
  if (!note) return { json: JSON.parse(JSON.stringify(invoiceToJson(proof.invoice))) };
  // The invoice proved beside its notes names the chain's origin as the note sheets cannot.
  const { number, issueDate, seal } = proof.invoice;
  const original = {
    number,
    issueDate,
    fingerprint: seal.fingerprint,
    contractVersion: seal.contractVersion,
  };
  return { note, original };
}

/**
 * The issued invoice's JSON, written by `invoice --json` (or a correction note's) or read back from an
 * invoice workbook; `proved` when the workbook's sheet was proved as issued on the way; or the workbook's
 * last note sheet.
 */
async function issuedJson(
  file: string,
  contract: Contract,
  actuals: Actuals,
  period: string,
): Promise<{ json: unknown; proved: boolean } | Extract<FromWorkbook, { note: WrittenSheet }>> {
  const bytes = await readBytes(file);
  if (isWorkbook(bytes)) {
    const read = await issuedFromWorkbook(file, bytes, contract, actuals, period);
    return 'note' in read ? read : { json: read.json, proved: true };
  }
  const parsed = parseStrictJson(textOf(bytes, file), contract.language);
  if (!parsed.ok) throw new CliError(cliTexts(contract.language).notIssuedJson(file, parsed.problem));
  const notAnObject = notAnIssuedObject(parsed.value, contract.language);
  if (notAnObject !== undefined) throw new CliError(inFile(inputName(file), contract.language)(notAnObject));
  return { json: parsed.value, proved: false };
}

/**
 * The hand edit of an issued JSON whose contractVersion is not the contract's while its fingerprint
 * proves the terms are (an amendment would change them): the field was typed over, no amendment.
 */
function versionTypedOver(
  json: unknown,
  issued: IssuedInvoice,
  name: string,
  contract: Contract,
  actuals: Actuals,
  period: string,
): string | undefined {
  const version = contractVersion(contract);
  if (issued.contractVersion === undefined || issued.contractVersion === version) return undefined;
  // Another contract or period is refused as such, whatever its version.
  if (issued.contract.id !== contract.id || issued.period !== period) return undefined;
  const proof = provenIssuedJson(json, issued, name, contract, actuals, contract.language);
  if (!proof.ok) return undefined;
  const t = issuedJsonTexts(contract.language);
  return t.edited('contractVersion', JSON.stringify(issued.contractVersion), JSON.stringify(version));
}

/**
 * Writes the correction note of `issuedFile` given `recomputed`, the period's invoice from the restated
 * `actuals` (the months it reads; the issued invoice is rebuilt over them).
 */
export async function writeCorrection(
  issuedFile: string,
  contract: Contract,
  actuals: Actuals,
  recomputed: Invoice,
  target: string | undefined,
  io: CliIo,
): Promise<ExitCode> {
  const name = inputName(issuedFile);
  const read = await issuedJson(issuedFile, contract, actuals, recomputed.period);
  if ('note' in read) {
    const { note } = read;
    // Proved whole first, as a note's JSON is: its As issued column and reasons from its values as issued.
    const basis = provenNoteSheet(
      note.values,
      note.name,
      contract,
      actuals,
      recomputed.period,
      contract.language,
    );
    if (!basis.ok) throw new CliError(basis.problems.map(inFile(name, contract.language)).join('\n'));
    if (basis.unproved !== undefined) io.err(inFile(name, contract.language)(basis.unproved));
    const result = correctionNote(basis.issued, recomputed, contract, {
      issueDate: localToday(),
      chain: { ...basis.chain, original: read.original ?? basis.chain.original },
    });
    if (!result.ok) throw new CliError(result.problems.map(inFile(name, contract.language)).join('\n'));
    return written(result.note, name, recomputed, target, io);
  }
  // A correction note given: the new note corrects from the invoice as that note made it.
  const basis = correctionNoteOf(read.json) ? noteBasis(read.json, contract.language) : undefined;
  if (basis && !basis.ok) throw new CliError(basis.problems.map(inFile(name, contract.language)).join('\n'));
  const json = basis?.ok ? basis.value.issuedJson : read.json;
  const proved = read.proved && !basis;
  const source = basis ? `${name} (asRecomputed)` : name;
  const issued = basis?.ok
    ? { ok: true as const, value: basis.value.issued }
    : readIssuedInvoice(json, contract.language);
  if (!issued.ok) throw new CliError(issued.problems.map(inFile(name, contract.language)).join('\n'));
  const result = correctionNote(issued.value, recomputed, contract, {
    issueDate: localToday(),
    ...(basis?.ok ? { chain: basis.value.chain } : {}),
  });
  if (!result.ok) {
    const typed =
      !proved && versionTypedOver(json, issued.value, source, contract, actuals, recomputed.period);
    if (typed) throw new CliError(inFile(source, contract.language)(typed));
    throw new CliError(result.problems.map(inFile(name, contract.language)).join('\n'));
  }
  // Another contract, period or version is refused as such just above; only then is the JSON proved.
  if (!proved) {
    const proof = provenIssuedJson(json, issued.value, source, contract, actuals, contract.language);
    if (!proof.ok) throw new CliError(proof.problems.join('\n'));
    // A note is corrected from only once proved whole, as verify proves it alone: its As issued column and
    // reasons from its values as issued, so a note edited anywhere since is refused, never built on. One
    // written before notes carried them is not (its As recomputed, all a new note starts from, is proved),
    // but stderr says, as verify does, that its reasons are not.
    if (basis?.ok) {
      const alone = noteJsonAlone(read.json, name, proof.invoice, contract, actuals, contract.language);
      if (alone.problems.length > 0)
        throw new CliError(alone.problems.map(inFile(name, contract.language)).join('\n'));
      if (alone.unproved !== undefined) io.err(alone.unproved);
    }
  }
  const invoice = basis?.ok ? basis.value.chain.original.number : issued.value.number;
  const from = basis?.ok ? basis.value.chain.previous.number : undefined;
  const later = await laterNoteBeside(issuedFile, invoice, from);
  if (later)
    throw new CliError(
      correctionTexts(contract.language).laterNoteBeside(name, from ?? invoice, later.number, later.file),
    );
  return written(result.note, name, recomputed, target, io);
}

/** The note as JSON on stdout, or its sheet written atomically to `target`; none when it corrects nothing. */
async function written(
  note: CorrectionNote,
  issuedName: string,
  recomputed: Invoice,
  target: string | undefined,
  io: CliIo,
): Promise<ExitCode> {
  if (correctsNothing(note)) {
    const number = note.corrects.previous?.number ?? note.corrects.number;
    io.err(correctionTexts(recomputed.contract.language).nothingToCorrect(issuedName, number));
    return 0;
  }
  if (target === undefined) {
    io.out(JSON.stringify(correctionToJson(note), null, 2));
    return 0;
  }
  await writeFileAtomic(target, await workbookBuffer([correctionSheetPlan(note)]), io.fs);
  const { currency, language } = recomputed.contract;
  const t = cliTexts(language);
  const total = shownAmount(note.total.difference, currency, language);
  io.out(
    t.wrote(shownPath(target), t.correctionWritten(note.kind, note.number, note.corrects.number, total)),
  );
  return 0;
}
