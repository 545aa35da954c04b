/**
 * The contract and actuals a command is given: a contract JSON file or a workbook's Contract sheet, an
 * actuals CSV file or a workbook's Actuals sheet. A workbook is known by its content (an .xlsx is a zip),
 * not its name, so `--contract demo.xlsx` and a workbook saved under another name both read as one. What
 * is a problem, and what blocks an invoice, is the core's call (`contractProblems`, `actualsForInvoice`).
 */
import { statSync } from 'node:fs';
import { contractProblems } from '../contract/check';
import { contractFromSheet } from '../contract/fromSheet';
import { actualsForInvoice, readActualsInput } from '../contract/invoiceActuals';
import type { Issue, Result } from '../contract/issues';
import { loadContract } from '../contract/json';
import { periodNamed } from '../contract/periodNames';
import { strictActuals, type ActualsReading } from '../contract/sheet/readActuals';
import type { Actuals, Contract, Language } from '../contract/types';
import { hasContractColumn, splitActualsByContract } from '../control/actualsByContract';
import { cliTexts } from '../i18n/cli';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { readContractWorkbook, type ContractWorkbook, type FoundSheet } from '../xlsx/readContractWorkbook';
import { CliError, workbookFailure } from './cliError';
import { contractJsonLanguage, contractSheetLanguage } from './contractLanguage';
import { allInOrder, isWorkbook, readBytes, textOf, inputName } from './inputFile';
import type { CliIo } from './io';
import { problemLines } from './problemLines';

/** What was read: the contract and the actuals parsed (their issues naming the file), and their source. */
export interface Inputs {
  readonly contract: Result<Contract>;
  /** Every month of the actuals, strictly: any problem fails them. */
  readonly actuals: Result<Actuals>;
  /**
   * The actuals read once, in the contract's language, each problem tagged with its months: as the core's
   * month-aware readers take them (`contractProblems`, `actualsForInvoice`).
   */
  readonly actualsInput: ActualsReading;
  /** The workbook the actuals come from, whose name their issues get; undefined for a CSV file. */
  readonly actualsWorkbook: string | undefined;
  /** `contract.json`, `demo.xlsx (sheet Contract)`: for the messages that say what was read. */
  readonly contractSource: string;
  readonly actualsSource: string;
  /** The language the command speaks: the contract's, or that of its file when it has problems. */
  readonly lang: Language;
}

type Source =
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | { readonly kind: 'workbook'; readonly name: string; readonly workbook: ContractWorkbook };

/**
 * The contract file of a command that prices one contract: a folder (`--contract .`) is said as such, where
 * reading it said only "cannot read .: it is a folder" (invoice and verify take a folder as a portfolio).
 */
function notAFolder(file: string): void {
  let folder = false;
  try {
    folder = statSync(file).isDirectory();
  } catch {
    // Not there, or not readable: reading it says so.
  }
  if (folder) throw new CliError((t) => t.contractIsFolder(file));
}

async function readSource(file: string, cache: Map<string, Promise<Source>>): Promise<Source> {
  const cached = cache.get(file);
  if (cached) return cached;
  const read = (async (): Promise<Source> => {
    const bytes = await readBytes(file);
    const name = inputName(file);
    if (!isWorkbook(bytes)) return { kind: 'text', name, text: textOf(bytes, file) };
    try {
      return { kind: 'workbook', name, workbook: await readContractWorkbook(bytes) };
    } catch (error) {
      throw new CliError((t, lang) => t.cannotReadWorkbook(file, workbookFailure(error, lang)));
    }
  })();
  cache.set(file, read);
  return read;
}

/** The workbook's Contract or Actuals sheet; a CliError listing its sheets when it has none. */
function sheetOf(
  source: { name: string; workbook: ContractWorkbook },
  part: 'contract' | 'actuals',
): FoundSheet {
  const sheet = source.workbook[part];
  if (sheet) return sheet;
  // Without its Contract sheet the workbook says no language: the run's is taken (`runLanguage`).
  throw new CliError((t) => t.noSheet(source.name, part, source.workbook.sheetNames));
}

/** A workbook issue names the file too, in `lang`: `demo.xlsx: Contract!H34 (Target): expected a number`. */
export function inFile(issue: Issue, file: string | undefined, lang: Language): Issue {
  return file === undefined ? issue : { ...issue, message: cliTexts(lang).inFile(file, issue.message) };
}

function resultInFile<T>(result: Result<T>, file: string | undefined, lang: Language): Result<T> {
  return result.ok ? result : { ok: false, issues: result.issues.map((issue) => inFile(issue, file, lang)) };
}

/**
 * The contract a source holds: a contract JSON, or a workbook's Contract sheet (its first contract; `io`
 * says which sheets it left unread, so another contract is never priced in its place unnoticed).
 */
function contractOf(
  source: Source,
  io: CliIo,
): { contract: Result<Contract>; contractSource: string; lang: Language } {
  if (source.kind === 'text') {
    const lang = contractJsonLanguage(source.text);
    return {
      contract: resultInFile(loadContract(source.text, { lang }), source.name, lang),
      contractSource: source.name,
      lang,
    };
  }
  const sheet = sheetOf(source, 'contract');
  const others = source.workbook.otherContracts;
  // Said in the sheet's language, as a contract file's actuals are in the contract's.
  const lang = contractSheetLanguage(sheet.grid);
  if (others.length > 0) io.err(cliTexts(lang).otherContractsUnread(source.name, sheet.name, others));
  return {
    contract: resultInFile(contractFromSheet(sheet.grid, { sheet: sheet.name, lang }), source.name, lang),
    contractSource: cliTexts(lang).sheetSource(source.name, sheet.name),
    lang,
  };
}

/**
 * A contract file on its own (JSON, or a workbook's Contract sheet), its issues naming the file. Throws a
 * CliError when the file cannot be read or a workbook has no Contract sheet.
 */
export async function readContract(file: string, io: CliIo): Promise<Result<Contract>> {
  notAFolder(file);
  return contractOf(await readSource(file, new Map()), io).contract;
}

/**
 * Reads the contract and the actuals (the same workbook may hold both) and parses the contract. Throws a
 * CliError when a file cannot be read or a workbook lacks the sheet; `io` takes the notes of `contractOf`.
 */
export async function readInputs(contractFile: string, actualsFile: string, io: CliIo): Promise<Inputs> {
  notAFolder(contractFile);
  const cache = new Map<string, Promise<Source>>();
  const [contractIn, actualsIn] = await allInOrder([
    readSource(contractFile, cache),
    readSource(actualsFile, cache),
  ]);

  const { contract, contractSource, lang: fileLang } = contractOf(contractIn, io);
  const parsed = contract.ok ? contract.value : undefined;
  const t = cliTexts(parsed?.language ?? fileLang);
  if (actualsIn.kind === 'text' && parsed && hasContractColumn(actualsIn.text)) {
    // A portfolio's file given for one contract: its rows only, so another contract's are never priced.
    const split = splitActualsByContract(
      actualsIn.text,
      actualsIn.name,
      [parsed.id],
      parsed.language,
      'skip',
    );
    if (!split.ok) throw new CliError(split.problems.join('\n'));
    const reading = split.read(parsed);
    return {
      contract,
      actuals: strictActuals(reading),
      actualsInput: reading,
      actualsWorkbook: undefined,
      contractSource,
      actualsSource: t.contractRows(actualsIn.name, parsed.id),
      lang: parsed.language,
    };
  }
  // Read once, in the contract's language: the check and every invoice take this reading as it is.
  const lang = parsed?.language;
  if (actualsIn.kind === 'text') {
    const reading = readActualsInput({ csv: actualsIn.text, file: actualsIn.name }, parsed, lang);
    return {
      contract,
      actuals: strictActuals(reading),
      actualsInput: reading,
      actualsWorkbook: undefined,
      contractSource,
      actualsSource: actualsIn.name,
      lang: parsed?.language ?? fileLang,
    };
  }
  const sheet = sheetOf(actualsIn, 'actuals');
  const reading = readActualsInput({ grid: sheet.grid, sheet: sheet.name }, parsed, lang);
  return {
    contract,
    actuals: resultInFile(strictActuals(reading), actualsIn.name, parsed?.language ?? fileLang),
    actualsInput: reading,
    actualsWorkbook: actualsIn.name,
    contractSource,
    actualsSource: t.sheetSource(actualsIn.name, sheet.name),
    lang: parsed?.language ?? fileLang,
  };
}

/**
 * Every problem of the contract and its actuals, whatever month it is in, the contract's first; an
 * actuals workbook's name the file (`demo.xlsx: Actuals!D5 …`).
 */
export function inputIssues(inputs: Inputs): Issue[] {
  const ofContract = new Set(inputs.contract.ok ? [] : inputs.contract.issues);
  return contractProblems(inputs.contract, inputs.actualsInput).map((issue) =>
    ofContract.has(issue) ? issue : inFile(issue, inputs.actualsWorkbook, inputs.lang),
  );
}

/** The messages of `inputIssues`. */
export function inputProblems(inputs: Inputs): string[] {
  return inputIssues(inputs).map((issue) => issue.message);
}

/** An invoice, with the problems of months it does not read; or every problem that blocks it. */
export type InvoiceOutcome =
  | {
      readonly ok: true;
      readonly invoice: Invoice;
      /** The actuals of the months the invoice reads, as it read them. */
      readonly actuals: Actuals;
      readonly elsewhere: readonly string[];
    }
  /** The lines to print, a problem repeated past ten times folded into one (`problemLines`). */
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The invoice of `period`. It is blocked only by the contract's problems and those of the months it
 * reads; a "tbd" in another month comes back in `elsewhere`, for `check` to list.
 */
export function invoiceOf(inputs: Inputs, period: string): InvoiceOutcome {
  // What blocks it is printed as check prints it: a problem repeated past ten times folded into one line.
  const lines = (issues: readonly Issue[]) => problemLines(issues, cliTexts(inputs.lang));
  if (!inputs.contract.ok) return { ok: false, problems: lines(inputIssues(inputs)) };
  // `2026-Q4` is the invoice of its first month; a name the contract has no invoice for is its problem.
  const named = periodNamed(inputs.contract.value, period);
  if (!named.ok) return { ok: false, problems: [named.problem] };
  const month = named.months[0];
  const actuals = actualsForInvoice(inputs.actualsInput, inputs.contract.value, month);
  const inFiles = (issues: readonly Issue[]) =>
    issues.map((issue) => inFile(issue, inputs.actualsWorkbook, inputs.lang));
  const messages = (issues: readonly Issue[]) => inFiles(issues).map((issue) => issue.message);
  if (!actuals.ok) return { ok: false, problems: lines(inFiles(actuals.issues)) };
  const result = buildInvoice(inputs.contract.value, actuals.value, month);
  if (!result.ok) return { ok: false, problems: result.problems };
  return {
    ok: true,
    invoice: result.invoice,
    actuals: actuals.value,
    elsewhere: messages(actuals.elsewhere),
  };
}
