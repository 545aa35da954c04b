/**
 * `outcome-fees invoice` over a range of periods or several contracts: every invoice into one workbook
 * with a Summary sheet (one contract) or a Portfolio sheet (several), or all of them as JSON. Nothing is
 * written unless every invoice of the run can be built: a run is one document, not a partial one.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { splitActualsByContract } from '../control/actualsByContract';
import { invoicesOf, type BatchResult } from '../control/batch';
import type { ActualsInput } from '../contract/invoiceActuals';
import { periodNamed } from '../contract/periodNames';
import type { ActualsReading } from '../contract/sheet/readActuals';
import type { Contract, Language, Period } from '../contract/types';
import { cliTexts, type NotAContract } from '../i18n/cli';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { portfolioSheetPlan } from '../layout/portfolioSheet';
import type { PaperSize, SheetPlan } from '../layout/sheetPlan';
import { summarySheetPlan } from '../layout/summarySheet';
import { decSum } from '../money';
import { workbookBuffer } from '../xlsx/writeWorkbook';
import { multipleOption, stringOption, type ParsedArgs } from './args';
import { CliError, usageError } from './cliError';
import { contractFileLanguage } from './contractLanguage';
import { isWorkbook, readBytes, textOf, inputName } from './inputFile';
import { periodOption, periodsNamed, splitPeriodRange } from './periodArgs';
import { inputProblems, readContract, readInputs } from './inputs';
import type { CliIo, ExitCode } from './io';
import { checkOutputFile, writeFileAtomic } from './outputFile';
import { progressBar, type ProgressStream } from './progress';
import { shownAmount, shownPath } from './shown';

/** What the invoice command asks of a batch run. */
export interface BatchRequest {
  /** The contract files the `--contract` paths stand for, listed once (`contractFiles`). */
  readonly contracts: ContractFiles;
  readonly actuals: readonly string[];
  /** A range of months, or one period for every contract. */
  readonly periods: { readonly from: Period; readonly to: Period } | Period;
  /** The checked -o path, or undefined for JSON on stdout. */
  readonly target: string | undefined;
  readonly out: string | undefined;
  readonly paper: PaperSize | undefined;
  /**
   * `--summary-only`: the workbook holds the Summary (one contract) or Portfolio (several) sheet alone, not
   * every invoice sheet (12,000 of them for 1,000 contracts over a year); its formulas read its own cells.
   */
  readonly summaryOnly: boolean;
  readonly usage: string;
  readonly progress?: ProgressStream;
}

const CONTRACT_EXTENSIONS = new Set(['.json', '.xlsx']);

/** The contract files (.json, .xlsx) at the top of a folder, in name order; folders among them aside. */
function contractFilesIn(folder: string): { files: string[]; folders: string[] } {
  // Hidden files, LibreOffice's lock files (`.~lock.a.xlsx#`) and Excel's (`~$a.xlsx`, beside a workbook
  // open in Excel) are no contracts.
  const names = readdirSync(folder)
    .filter((name) => !name.startsWith('.') && !name.startsWith('~$'))
    .sort();
  const paths = names.map((name) => join(folder, name));
  const folders = paths.filter((path) => statOrUndefined(path)?.isDirectory());
  const files = paths.filter(
    (path) => CONTRACT_EXTENSIONS.has(extname(path).toLowerCase()) && !folders.includes(path),
  );
  return { files, folders };
}

/** The contract files of a run, and the folders inside its folders that hold more (never read). */
export interface ContractFiles {
  readonly files: readonly string[];
  readonly nested: readonly { readonly folder: string; readonly files: number }[];
}

/**
 * A folder stands for its contract files, in name order; a file for itself. A folder inside one that holds
 * contract files is said (`nested`), never left out unsaid: the portfolio would look whole without them.
 */
export function contractFiles(paths: readonly string[]): ContractFiles {
  const nested: { folder: string; files: number }[] = [];
  const files = paths.flatMap((path) => {
    // A path that is not a folder is read as a file, and reading it says what is wrong with it.
    if (!statOrUndefined(path)?.isDirectory()) return [path];
    const top = contractFilesIn(path);
    for (const folder of top.folders) {
      const inside = contractFilesIn(folder).files.length;
      if (inside > 0) nested.push({ folder, files: inside });
    }
    if (top.files.length === 0 && nested.length === 0) throw new CliError((t) => t.noContractInFolder(path));
    return top.files;
  });
  return { files, nested };
}

interface Planned {
  readonly contract: Contract;
  readonly actuals: ActualsInput | ActualsReading;
  readonly periods: readonly Period[];
}

/** Each contract with its actuals and periods; or every problem found on the way. */
async function plan(
  request: BatchRequest,
  files: readonly string[],
  lang: Language,
  io: CliIo,
): Promise<Planned[] | string[]> {
  const shared = request.actuals.length === 1 && files.length > 1;
  if (!shared && request.actuals.length !== files.length)
    throw usageError((t) => t.actualsPerContract(files.length, request.actuals.length), request.usage);
  const problems: string[] = [];
  const read: { contract: Contract; actuals: ActualsInput | ActualsReading | undefined; source: string }[] =
    [];
  for (const [i, file] of files.entries()) {
    const stranger = await notAContract(file);
    if (stranger !== undefined) {
      problems.push(cliTexts(lang).notAContract(inputName(file), stranger));
      continue;
    }
    if (shared) {
      const contract = await readContractFile(file, lang, io);
      if (!contract.ok) problems.push(...contract.problems);
      else read.push({ contract: contract.value, actuals: undefined, source: inputName(file) });
      continue;
    }
    const inputs = await saidIn(lang, () => readInputs(file, request.actuals[i], io));
    if (!inputs.contract.ok) problems.push(...inputProblems(inputs));
    else
      read.push({
        contract: inputs.contract.value,
        actuals: inputs.actualsInput,
        source: inputs.contractSource,
      });
  }
  const seen = new Map<string, string>();
  for (const { contract, source } of read) {
    const earlier = seen.get(contract.id);
    if (earlier) problems.push(cliTexts(contract.language).sameContractId(source, contract.id, earlier));
    seen.set(contract.id, source);
  }
  if (problems.length > 0) return problems;

  let readShared: ((contract: Contract) => ActualsReading) | undefined;
  if (shared) {
    const file = request.actuals[0];
    const split = splitActualsByContract(await readCsvFile(file), inputName(file), [...seen.keys()], lang);
    if (!split.ok) return [...split.problems];
    readShared = split.read;
  }
  const planned: Planned[] = [];
  for (const { contract, actuals } of read) {
    const range = periodsOf(contract, request.periods);
    if (!range.ok) problems.push(range.problem);
    else
      planned.push({
        contract,
        // Without a shared file every contract was read with its own actuals.
        actuals: readShared ? readShared(contract) : (actuals as ActualsInput | ActualsReading),
        periods: range.periods,
      });
  }
  return problems.length > 0 ? problems : planned;
}

/** The first months of the invoices `periods` asks of `contract` (months or names such as `2026-Q4`). */
function periodsOf(
  contract: Contract,
  periods: BatchRequest['periods'],
): { ok: true; periods: Period[] } | { ok: false; problem: string } {
  if (typeof periods === 'string') {
    const named = periodNamed(contract, periods);
    return named.ok ? { ok: true, periods: [named.months[0]] } : named;
  }
  return periodsNamed(contract, periods);
}

/**
 * Why a JSON file is no contract file at all, said once: a folder of contracts may hold an issued invoice,
 * a mapping or a package.json, and listing every field of the contract it lacks would bury the point.
 */
async function notAContract(file: string): Promise<NotAContract | undefined> {
  if (extname(file).toLowerCase() !== '.json') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(textOf(await readBytes(file), file));
  } catch {
    return undefined; // the contract reader says what is wrong with it, with its place
  }
  const schema =
    json !== null && typeof json === 'object' ? (json as { schema?: unknown }).schema : undefined;
  if (typeof schema === 'string' && schema.startsWith('outcome-fees/contract@')) return undefined;
  if (json !== null && typeof json === 'object' && 'fingerprint' in json && 'lines' in json)
    return { kind: 'invoice' };
  return typeof schema === 'string' ? { kind: 'schema', schema } : { kind: 'noSchema' };
}

/**
 * The language of a run over several contract files: that of its first contract file, as the Portfolio
 * sheet's; a stray invoice JSON or package.json sorted before it says none.
 */
async function batchLanguage(files: readonly string[]): Promise<Language> {
  for (const file of files) if ((await notAContract(file)) === undefined) return contractFileLanguage(file);
  return 'en';
}

/**
 * A file of the run that cannot be read is said in the run's language: its own contract, unread, says
 * none (and `main` would take the language of a `--contract` folder, which is no file).
 */
async function saidIn<T>(lang: Language, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof CliError ? new CliError(error.in(lang), error.exitCode) : error;
  }
}

/**
 * A contract alone (a JSON file or a workbook's Contract sheet), for a portfolio whose actuals are one
 * shared file: reading each contract with that file would parse it once per contract. A file that cannot
 * be read is one problem among the others of the run.
 */
async function readContractFile(
  file: string,
  lang: Language,
  io: CliIo,
): Promise<{ ok: true; value: Contract } | { ok: false; problems: string[] }> {
  try {
    const read = await readContract(file, io);
    return read.ok ? read : { ok: false, problems: read.issues.map((i) => i.message) };
  } catch (error) {
    if (error instanceof CliError) return { ok: false, problems: [error.in(lang)] };
    throw error;
  }
}

/** The shared actuals file: a CSV text (a Contract column is read from a CSV file). */
async function readCsvFile(file: string): Promise<string> {
  const bytes = await readBytes(file);
  if (isWorkbook(bytes)) throw new CliError((t) => t.sharedActualsCsv(file));
  return textOf(bytes, file);
}

/** The closing line of a run that failed: a run is one document, so none of it was written. */
function nothingWritten(request: BatchRequest, lang: Language, count: number, problems?: string): string {
  return cliTexts(lang).nothingWritten(request.out, count, problems);
}

/** Totals per currency, as the closing line prints them. */
function totalsText(invoices: readonly Invoice[], lang: Language): string {
  const currencies = [...new Set(invoices.map((i) => i.contract.currency))].sort();
  return currencies
    .map((currency) => {
      const total = decSum(invoices.filter((i) => i.contract.currency === currency).map((i) => i.total));
      return shownAmount(total, currency, lang);
    })
    .join(', ');
}

/** Runs the batch: JSON on stdout, or the workbook written atomically. */
export async function runInvoiceBatch(request: BatchRequest, io: CliIo): Promise<ExitCode> {
  const { files, nested } = request.contracts;
  const lang = await batchLanguage(files);
  const t = cliTexts(lang);
  const unread = nested.map(({ folder, files: count }) => t.nestedContracts(folder, count));
  const planned = files.length > 0 ? await plan(request, files, lang, io) : [];
  if (unread.length > 0 || typeof planned[0] === 'string' || planned.length === 0) {
    const problems = typeof planned[0] === 'string' ? (planned as string[]) : [];
    const count = unread.length + problems.length;
    io.err([...unread, ...problems, nothingWritten(request, lang, count)].join('\n'));
    return 1;
  }
  const runs = planned as Planned[];
  const progress = progressBar(
    runs.reduce((n, run) => n + run.periods.length, 0),
    t.progress,
    request.progress,
  );
  const results: BatchResult[] = runs.map((run) =>
    invoicesOf(run.contract, run.actuals, run.periods, () => progress.tick()),
  );
  progress.done();
  const problems = results.flatMap((result, i) =>
    result.ok ? [] : result.problems.map((p) => `${runs[i].contract.id}: ${p}`),
  );
  if (problems.length > 0) {
    const failed = results.filter((result) => !result.ok).length;
    const given = runs.length > 1 ? { failed, given: runs.length } : undefined;
    io.err(
      [
        ...problems,
        nothingWritten(request, lang, problems.length, t.batchProblems(problems.length, given)),
      ].join('\n'),
    );
    return 1;
  }
  const byContract = results.map((result) => ({ invoices: result.ok ? result.invoices : [] }));
  const invoices = byContract.flatMap((c) => c.invoices);

  if (request.target === undefined) {
    io.out(JSON.stringify({ invoices: invoices.map(invoiceToJson) }, null, 2));
    return 0;
  }
  const portfolio = runs.length > 1;
  const sheet = (invoice: Invoice): SheetPlan => {
    const plan = invoiceSheetPlan(invoice, { paper: request.paper });
    // Several contracts share periods: their sheets are told apart by the invoice number.
    return portfolio ? { ...plan, name: invoice.number } : plan;
  };
  const first: SheetPlan[] = portfolio
    ? [portfolioSheetPlan(byContract, runs[0].contract.language)]
    : [summarySheetPlan(invoices)];
  const sheets = request.summaryOnly ? first : [...first, ...invoices.map(sheet)];
  await writeFileAtomic(request.target, await workbookBuffer(sheets), io.fs);
  const written = t.batchWritten({
    invoices: invoices.length,
    contracts: portfolio ? runs.length : undefined,
    summaryOnly: request.summaryOnly,
    total: totalsText(invoices, lang),
  });
  io.out(t.wrote(shownPath(request.target), written));
  return 0;
}

/** `--paper A4|Letter`, undefined when absent (the contract's currency decides). */
export function paperOption(args: ParsedArgs, usage: string): PaperSize | undefined {
  const paper = stringOption(args, 'paper');
  if (paper === undefined || paper === 'A4' || paper === 'Letter') return paper;
  throw usageError((t) => t.paperMust(paper), usage);
}

/** The one value of an option declared `multiple`: a usage error when absent. */
export function onlyOption(args: ParsedArgs, name: string, usage: string): string {
  const values = multipleOption(args, name);
  if (values.length === 0) throw usageError((t) => t.missingOption(`--${name}`), usage);
  return values[0];
}

/**
 * The batch the invoice command's arguments ask for, or undefined for one invoice of one contract: a
 * range (`--period 2026-01..2026-12`, or `--from` and `--to`), several `--contract`, or a folder of them.
 * The -o file is checked against every input before any work.
 */
export function batchRequest(args: ParsedArgs, usage: string): BatchRequest | undefined {
  const summaryOnly = args.values['summary-only'] === true;
  const contracts = multipleOption(args, 'contract');
  const actuals = multipleOption(args, 'actuals');
  const period = periodOption(args, 'period');
  const from = periodOption(args, 'from');
  const to = periodOption(args, 'to');
  const range = period === undefined ? undefined : splitPeriodRange(period);
  const folder = contracts.some((path) => statOrUndefined(path)?.isDirectory());
  const several = contracts.length > 1 || actuals.length > 1 || folder;
  if (from === undefined && to === undefined && range === undefined && !several) {
    if (summaryOnly) throw usageError((t) => t.summaryOnlyFor, usage);
    return undefined;
  }

  if ((from !== undefined || to !== undefined) && period !== undefined)
    throw usageError((t) => t.excludeEachOther('--period', '--from/--to'), usage);
  if ((from === undefined) !== (to === undefined))
    throw usageError((t) => t.goTogether('--from', '--to'), usage);
  if (contracts.length === 0) throw usageError((t) => t.missingOption('--contract'), usage);
  if (actuals.length === 0) throw usageError((t) => t.missingOption('--actuals'), usage);
  if (stringOption(args, 'corrects') !== undefined) throw usageError((t) => t.correctsOne, usage);
  const periods = range ?? (from !== undefined && to !== undefined ? { from, to } : period);
  if (periods === undefined) throw usageError((t) => t.missingOption('--period'), usage);
  const out = stringOption(args, 'output');
  if (out !== undefined && args.values.json)
    throw usageError((t) => t.excludeEachOther('-o', '--json'), usage);
  if (summaryOnly && out === undefined) throw usageError((t) => t.summaryOnlyNeedsOutput, usage);
  if (out !== undefined) refuseInsideFolders(out, contracts, usage);
  const listed = contractFiles(contracts);
  // A folder's contract files are inputs too: -o onto one of them would lose it.
  const target =
    out === undefined ? undefined : checkOutputFile(out, '.xlsx', [...listed.files, ...actuals], usage);
  return {
    contracts: listed,
    actuals,
    periods,
    target,
    out,
    paper: paperOption(args, usage),
    summaryOnly,
    usage,
  };
}

/** The workbook written into a folder of contracts would be read as a contract by the next run. */
function refuseInsideFolders(out: string, contracts: readonly string[], usage: string): void {
  const into = statOrUndefined(dirname(out));
  for (const path of contracts) {
    const folder = statOrUndefined(path);
    if (into && folder?.isDirectory() && folder.dev === into.dev && folder.ino === into.ino)
      throw usageError(
        `-o ${out} is inside the folder of contracts ${path}: the next run would read it as a contract; write it elsewhere`,
        usage,
      );
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
