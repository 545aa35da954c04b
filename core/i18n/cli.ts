/**
 * Texts of the command line once it knows the contract's language: what it wrote, its terminal tables and
 * notes, and the problems it finds in what it was given beyond the core's own (an option's KPI value, a
 * scenario not in the file, a range of periods). A French contract's user reads them in French; the
 * options themselves (`--period`, `--kpi`) are the command's syntax and keep their names.
 */
import type { Language } from '../contract/types';
import { dec } from '../money';
import { fr, frenchTexts } from './frenchTypography';
import { counted, plural } from './plural';
import { formatNumber } from './numberFormat';
import { formatCount } from './digitGroups';

/** What a JSON file in a folder of contracts is instead: an issued invoice, another schema's file, JSON without one. */
export type NotAContract =
  | { readonly kind: 'invoice' }
  | { readonly kind: 'schema'; readonly schema: string }
  | { readonly kind: 'noSchema' };

/**
 * A size over `limit`, both in megabytes (`8.0 MB`, `8,0 Mo`); in bytes too when they round alike (a file
 * one byte over 8 MB is not "8.0 MB, read up to 8.0 MB").
 */
function overLimit(lang: Language, size: number, limit: number): { size: string; limit: string } {
  const megabytes = (n: number) => {
    const text = (n / (1024 * 1024)).toFixed(1);
    return lang === 'fr' ? `${text.replace('.', ',')} Mo` : `${text} MB`;
  };
  if (megabytes(size) !== megabytes(limit)) return { size: megabytes(size), limit: megabytes(limit) };
  const bytes = (n: number) => `${formatNumber(dec(n), lang)} ${lang === 'fr' ? 'octets' : 'bytes'}`;
  return { size: bytes(size), limit: `${megabytes(limit)} (${bytes(limit)})` };
}

export interface CliTexts {
  // Failures found before the contract is read, said in the run's language (`runLanguage`).
  /** A usage error: what is wrong, then the command's one-line usage. */
  withUsage(reason: string, usage: string): string;
  /** `meant`: the command or option the name most likely misspells, when one is that near. */
  unknownCommand(name: string, commands: readonly string[], meant?: string): string;
  unknownOption(option: string, meant?: string): string;
  /** `--contract .` to a command that prices one contract: only invoice and verify read a folder of them. */
  contractIsFolder(path: string): string;
  /** `--contract ""`: a CI variable left unset, said at its option. */
  optionEmpty(option: string): string;
  /** An option's value or an argument, escaped as JSON, that holds a line break or another control character. */
  controlCharacter(option: string | undefined, escaped: string): string;
  optionTakesNoValue(option: string): string;
  optionNeedsValue(option: string): string;
  optionTwice(option: string): string;
  unexpectedArgument(argument: string): string;
  missingOption(option: string): string;
  languageMustBe(got: string): string;
  periodMustBe(option: string, got: string): string;
  /** Where an invoicing period may be named as invoices name it (`2026-Q4`, `2026-H1`, `2026`). */
  periodOrNameMustBe(option: string, got: string): string;
  /** `--period 2026-13`: shaped as a month, but none. */
  noSuchMonth(option: string, got: string): string;
  /** `--period 2026-Q5`: shaped as a quarter or half-year, but none (a year has `first` to `last`: Q1 to Q4). */
  noSuchPeriodPart(option: string, name: string, first: string, last: string): string;
  /** `--actuals needs --period`: `option` wants `wanted` with it. */
  optionNeeds(option: string, wanted: string): string;
  /** `--period goes with --actuals`. */
  optionGoesWith(option: string, other: string): string;
  /** One of two ways of giving the base of a curve or an exposure, or of a comparison. */
  readonly baseBoth: string;
  readonly baseNone: string;
  readonly compareBoth: string;
  readonly compareNone: string;
  /** compare: `--period` (periods of the actuals) and `--from`/`--to` (a forecast) together. */
  readonly compareForecastBoth: string;
  /** compare: `--period` or a forecast's option (`--seed`) beside `--scenarios`, which neither reads. */
  optionNotWithScenarios(option: string, forecast: boolean): string;
  readonly compareTwo: string;
  excludeEachOther(a: string, b: string): string;
  decimalOptionMust(option: string, got: string): string;
  /** A number option a decimal point and a decimal comma read differently (`1,000`: 1000 or 1). */
  optionAmbiguous(option: string, got: string, readings: readonly [string, string]): string;
  wholeOptionMust(option: string, min: number, max: number, got: string): string;
  fromAboveTo(from: string, to: string): string;
  /** `--from` above the end a curve has without `--to` (`to`: `--to` below the start it has without `--from`). */
  beyondDefaultEnd(option: 'from' | 'to', typed: string, end: string): string;
  fromAfterTo(from: string, to: string): string;
  unknownTemplate(name: string, meant?: string): string;
  readonly missingTemplate: string;
  toleranceMust(got: string): string;
  /** A file that cannot be read or written, and why (`fileReasons` by Node's error code). */
  cannotRead(file: string, reason: string): string;
  cannotWrite(file: string, reason: string): string;
  readonly fileReasons: Readonly<Record<string, string>>;
  /** The output file held open by another program (Excel on Windows), which refuses its replacement. */
  readonly fileInUse: string;
  // A text file that is not one, or not UTF-8 (a French Excel's CSV export in Windows-1252).
  readonly workbookNotText: string;
  readonly oldWorkbook: string;
  notUtf8(line: number): string;
  readonly nulBytes: string;
  /** Files refused before they are parsed (sizes in bytes): too large to read whole, a zip with no sizes. */
  tooLargeToRead(size: number, limit: number): string;
  /** A file that reads on past the limit though it states no size (`/dev/zero`, a stream that never ends). */
  readsPastLimit(limit: number): string;
  /** `-` given while standard input is the terminal: what to type instead of waiting for a paste. */
  readonly stdinIsTerminal: string;
  readonly zipWithoutSizes: string;
  unpacksTooLarge(size: number, limit: number): string;
  paperMust(got: string): string;
  readonly summaryOnlyFor: string;
  readonly summaryOnlyNeedsOutput: string;
  /** `--corrects -`: an issued invoice's notes are looked for in its folder, which standard input has not. */
  readonly correctsNotStdin: string;
  goTogether(a: string, b: string): string;
  readonly correctsOne: string;
  /** A workbook without its Contract or Actuals sheet, and the sheets it has. */
  noSheet(file: string, part: 'contract' | 'actuals', sheets: readonly string[]): string;
  otherContractsUnread(file: string, sheet: string, others: readonly string[]): string;
  /** `reconcile` reads a workbook's first visible sheet. */
  noVisibleSheet(file: string): string;
  firstSheetRead(file: string, sheet: string, others: readonly string[]): string;
  oneStep(from: string, to: string): string;
  tooManySimulations(simulations: number, periods: number, invoices: number, most: number): string;
  /** Anything else that went wrong, as one line. */
  unexpected(detail: string): string;
  // A portfolio's files.
  noContractInFolder(folder: string): string;
  /** A folder inside a folder of contracts holds contract files, which the run does not read. */
  nestedContracts(folder: string, files: number): string;
  actualsPerContract(contracts: number, actuals: number): string;
  sameContractId(source: string, id: string, earlier: string): string;
  sharedActualsCsv(file: string): string;
  /** A JSON file in a folder of contracts that is no contract file, said once rather than field by field. */
  notAContract(file: string, what: NotAContract): string;
  /** After a failed write: the file was left as it was. */
  readonly fileUnchanged: string;
  outputNeedsName(option: string): string;
  outputExtension(option: string, file: string, extension: string): string;
  noFolder(file: string, folder: string): string;
  notAFolder(file: string, folder: string): string;
  outputIsFolder(file: string): string;
  outputIsInput(file: string, input: string): string;
  outputReadOnly(file: string): string;
  /** `docs` finding, where it writes, a file whose first line is not the reference's `title`. */
  notOurReference(file: string, title: string): string;
  /** `Wrote out.xlsx: invoice …`; without `what`, the file alone. */
  wrote(file: string, what?: string): string;
  /** `docs --check`: a reference on disk that is not what the registry generates; `fix` writes it. */
  referenceStale(file: string, fix: string): string;
  referenceMissing(file: string, fix: string): string;
  /** `docs --root DIR` where DIR is no folder: a typo is never created. */
  noRootFolder(root: string): string;
  rootNotAFolder(root: string): string;
  readonly evalOneFormula: string;
  /** A problem of a workbook or a contract file, named by its file: `demo.xlsx: Contract!H34 …`. */
  inFile(file: string, message: string): string;
  /** `functions`: one argument and its help. */
  argumentHelp(name: string, help: string): string;
  invoiceWritten(number: string, total: string): string;
  /** Where a workbook's contract or actuals were read: `demo.xlsx (sheet Contract)`. */
  sheetSource(file: string, sheet: string): string;
  contractRows(file: string, contract: string): string;
  /** `check`: the inputs read, then their problems' count or none. */
  bothSources(contract: string, actuals: string): string;
  problemsIn(count: number, read: string): string;
  /** `from` and `to`: the first and last periods there are actuals to invoice, if any. */
  noProblems(read: string, from?: string, to?: string): string;
  /** Actuals with no value in any month of the contract, whose first invoice `period` is due (check.ts). */
  noValuesDue(actuals: string, period: string): string;
  /** The same before the first invoice is due: no problem, but nothing to invoice yet. */
  noValuesYet(read: string, period: string): string;
  /** One line for the repeats of a problem past those printed: how many more, and where (cell ranges). */
  sameProblem(more: number, problem: string, places: string): string;
  /** A note of problems in months an invoice does not read; `period` names the invoice. */
  elsewhere(count: number, first: string, period?: string): string;
  /** A KPI value given as an option, outside its valid range. */
  optionOutside(option: string, value: string, kpi: string, problem: string): string;
  unknownKpi(kpi: string, known: readonly string[], meant?: string): string;
  noScenarioInFile(file: string): string;
  scenarioNotFound(scenario: string, file: string, names: readonly string[]): string;
  /** A problem of a scenario of a scenarios file, said with the file: where the value it lacks goes. */
  inScenario(file: string, scenario: string, problem: string): string;
  /** A modelling base: `the actuals of 2026-10`, `scenario "best"`. */
  actualsOf(period: string): string;
  scenarioLabel(scenario: string): string;
  // What the modelling commands wrote.
  curveWritten(kpi: string, points: number): string;
  exposureWritten(base: string): string;
  scenariosWritten(count: number, period: string): string;
  forecastWritten(from: string, to: string, about: string): string;
  comparisonWritten(labels: readonly string[], rows: number): string;
  reviewWritten(kpis: number, invoices: number, misses: number): string;
  // The terminal tables.
  readonly curveColumns: readonly [amount: string, caps: string, breakpoint: string];
  total(currency: string): string;
  readonly scenariosColumns: readonly [scenario: string, subtotal: string, vat: string];
  pricedAs(period: string, about: string): string;
  /** compare: contracts pricing the same scenarios as invoices of different periods, each named. */
  pricedAsEach(
    each: readonly { readonly contract: string; readonly period: string }[],
    about: string,
  ): string;
  readonly firstClosingPeriod: string;
  readonly noEarlierMonths: string;
  otherMonthsFrom(file: string): string;
  notDue(file: string, scenario: string, kpis: readonly string[], period: string): string;
  readonly exposureColumns: readonly [exposure: string, subtotal: string];
  readonly unbounded: string;
  readonly exposureSides: { readonly min: string; readonly max: string };
  unboundedSide(side: string, reason: string): string;
  readonly exposureLineColumns: readonly [line: string, atMin: string, atMax: string];
  readonly period: string;
  mean(currency: string): string;
  readonly totalRow: string;
  budgetAtRisk(amount: string, currency: string): string;
  /** `rest`: measures not declared, resampled from the history. */
  forecastAbout(simulations: number, seed: number, declared: readonly string[], rest: boolean): string;
  readonly hours: string;
  readonly compareKinds: string;
  difference(currency: string): string;
  readonly noCommonPeriod: string;
  /** Contracts (`files`) in different currencies, each file's currency beside it. */
  currenciesDiffer(files: readonly string[], currencies: readonly string[]): string;
  readonly noKpiToReview: string;
  /** `reconcile`'s heading and summary on the terminal. */
  reconciliationHeading(supplier: string, invoice: string, currency: string, tolerance: string): string;
  withMapping(heading: string, mapping: string): string;
  /** The mapping read because it lies beside the contract, not named by `--mapping`. */
  mappingBeside(mapping: string, contract: string): string;
  reconciliationSummary(differences: number): string;
  /**
   * A run of several invoices that failed: nothing was written; `out` the workbook it would have been,
   * `count` the problems, which the verb agrees with (`1 problem stops`), `problems` their count as said.
   */
  nothingWritten(out: string | undefined, count: number, problems: string | undefined): string;
  /** Its problems' count; `contracts` when several contracts were given. */
  batchProblems(
    count: number,
    contracts: { readonly failed: number; readonly given: number } | undefined,
  ): string;
  /** A batch's progress bar after its bar: `1,200/12,000 invoices`. */
  progress(done: number, total: number): string;
  /** What a run of several invoices wrote; `contracts` for a portfolio. */
  batchWritten(run: {
    readonly invoices: number;
    readonly contracts: number | undefined;
    readonly summaryOnly: boolean;
    readonly total: string;
  }): string;
  /** What introduces a function's example in `functions`. */
  readonly example: string;
  /** `demo`: the sheets it wrote. */
  demoSheets(sheets: readonly string[]): string;
  /** `demo --period` a month the template has no sample actuals for; `periods` those it has. */
  demoNotSampled(template: string, period: string, periods: readonly string[]): string;
  cannotReadWorkbook(file: string, detail: string): string;
  sheetWithoutPeriod(file: string, sheet: string): string;
  noActualsSheet(file: string): string;
  noIssuedSheet(file: string, period: string): string;
  severalIssuedSheets(file: string, period: string, sheets: readonly string[]): string;
  notIssuedJson(file: string, problem: string): string;
  correctionWritten(
    kind: 'credit' | 'debit' | 'none',
    number: string,
    corrects: string,
    total: string,
  ): string;
}

const EN: CliTexts = {
  withUsage: (reason, usage) => `${reason}; ${usage}`,
  unknownCommand: (name, commands, meant) =>
    `unknown command '${name}'${meant ? ` (did you mean ${meant}?)` : ''}; commands: ${commands.join(', ')} (outcome-fees help)`,
  unknownOption: (option, meant) => `unknown option '${option}'${meant ? ` (did you mean ${meant}?)` : ''}`,
  optionEmpty: (option) => `option '${option}' is empty: give it a value`,
  controlCharacter: (option, escaped) =>
    `${option === undefined ? '' : `${option} `}${escaped} holds a line break or another control character, which no message could say on one line: rename the file, or type the value without it`,
  optionTakesNoValue: (option) => `option '${option}' takes no value`,
  optionNeedsValue: (option) =>
    `option '${option}' needs a value (write ${option}=VALUE for a value starting with "-")`,
  optionTwice: (option) => `option '${option}' is given twice`,
  unexpectedArgument: (argument) => `unexpected argument '${argument}'`,
  missingOption: (option) => `missing ${option}`,
  languageMustBe: (got) => `--lang must be en or fr (got '${got}')`,
  periodMustBe: (option, got) => `${option} must be a month YYYY-MM (got '${got}')`,
  periodOrNameMustBe: (option, got) =>
    `${option} must be a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY (got '${got}')`,
  noSuchMonth: (option, got) => `${option} ${got} names no month: a year has months 01 to 12`,
  noSuchPeriodPart: (option, name, first, last) =>
    `${option} ${name} names no period: a year has ${first} to ${last}`,
  optionNeeds: (option, wanted) => `${option} needs ${wanted}`,
  optionGoesWith: (option, other) => `${option} goes with ${other}`,
  baseBoth: 'give --actuals and --period, or --scenarios and --scenario, not both',
  baseNone: 'give --actuals and --period, or --scenarios and --scenario',
  compareBoth: 'give --actuals or --scenarios, not both',
  compareNone: 'give --actuals or --scenarios',
  contractIsFolder: (path) =>
    `--contract ${path} names a folder: give a contract file (.json or .xlsx), or use outcome-fees invoice or outcome-fees verify, which read a folder of contracts as a portfolio`,
  compareForecastBoth: 'give --period (periods of the actuals) or --from and --to (a forecast), not both',
  optionNotWithScenarios: (option, forecast) =>
    forecast
      ? `${option} goes with a forecast (--actuals with --from and --to), not with --scenarios`
      : `${option} goes with --actuals, not with --scenarios`,
  compareTwo: 'give at least two --contract files',
  excludeEachOther: (a, b) => `${a} and ${b} exclude each other`,
  decimalOptionMust: (option, got) => `${option} must be a number such as 0.75 or 0,75 (got '${got}')`,
  optionAmbiguous: (option, got, [a, b]) =>
    `${option} '${got}' could be ${a} or ${b}: type ${a} or ${b}, without a thousands separator`,
  wholeOptionMust: (option, min, max, got) =>
    `${option} must be a whole number from ${formatCount('en', min)} to ${formatCount('en', max)} (got '${got}')`,
  fromAboveTo: (from, to) => `--from ${from} is above --to ${to}`,
  beyondDefaultEnd: (option, typed, end) =>
    option === 'from'
      ? `--from ${typed} is above ${end}, where the curve ends without --to: give --to`
      : `--to ${typed} is below ${end}, where the curve starts without --from: give --from`,
  fromAfterTo: (from, to) => `--from ${from} is after --to ${to}`,
  unknownTemplate: (name, meant) => `unknown template '${name}'${meant ? ` (did you mean ${meant}?)` : ''}`,
  missingTemplate: 'missing the template NAME',
  toleranceMust: (got) => `--tolerance must be an amount ≥ 0 such as 0.01 or 0,01 (got '${got}')`,
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
  fileReasons: {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder',
    ENAMETOOLONG: 'the name is too long',
  },
  fileInUse: 'it is open in another program (Excel?): close it there and run again',
  fileUnchanged: '(the file was not changed)',
  workbookNotText: 'an .xlsx workbook, where a text file is wanted: save the sheet as CSV UTF-8',
  oldWorkbook:
    'an Excel 97-2003 .xls workbook or a password-protected one: save it as .xlsx, without a password',
  notUtf8: (line) =>
    `line ${line} is not UTF-8 text (a file saved as Windows-1252 or Latin-1?): save it as UTF-8 (in Excel: CSV UTF-8)`,
  nulBytes: 'not a text file (it holds NUL bytes): give a CSV, JSON or .xlsx file',
  tooLargeToRead: (size, limit) => {
    const over = overLimit('en', size, limit);
    return `it is ${over.size}, and input files are read whole up to ${over.limit} (a larger portfolio: one actuals file per contract)`;
  },
  stdinIsTerminal:
    'standard input is the terminal, not a file: pipe or redirect one into it (… --contract - < contract.json)',
  readsPastLimit: (limit) =>
    `it goes on past ${overLimit('en', limit, limit).limit} (a device such as /dev/zero, or a stream that does not end), and input files are read whole up to that`,
  zipWithoutSizes:
    'a zip whose directory does not say what it unpacks to (damaged, or ZIP64): not an .xlsx workbook',
  unpacksTooLarge: (size, limit) => {
    const over = overLimit('en', size, limit);
    return `its sheets unpack to ${over.size}, and workbooks are read up to ${over.limit} unpacked`;
  },
  paperMust: (got) => `--paper must be A4 or Letter (got '${got}')`,
  summaryOnlyFor: '--summary-only is for a range of periods or several contracts',
  summaryOnlyNeedsOutput: '--summary-only writes the Summary or Portfolio sheet alone: give -o FILE.xlsx',
  correctsNotStdin:
    '--corrects takes the issued invoice as a file, not standard input (-): its correction notes are looked for beside it',
  goTogether: (a, b) => `${a} and ${b} go together`,
  correctsOne: '--corrects corrects one invoice: give one --contract and one --period',
  noSheet: (file, part, sheets) =>
    `${file} has no ${part === 'contract' ? 'Contract' : 'Actuals'} sheet (its sheets: ${sheets.map((n) => `"${n}"`).join(', ') || 'none'})`,
  otherContractsUnread: (file, sheet, others) =>
    `note: ${file}: read the contract of sheet "${sheet}", not ${others.map((o) => `"${o}"`).join(', ')}: to price another, give it a workbook of its own`,
  noVisibleSheet: (file) => `${file} has no visible sheet`,
  firstSheetRead: (file, sheet, others) =>
    `note: ${file}: read its first sheet, "${sheet}"; not ${others.map((o) => `"${o}"`).join(', ')}`,
  oneStep: (from, to) =>
    `--steps 1 gives one value, and the curve goes from ${from} to ${to}: give --steps 2 or more, or the same --from and --to`,
  tooManySimulations: (simulations, periods, invoices, most) =>
    `--simulations ${simulations} over ${counted('en', periods, 'invoicing period', 'invoicing periods')} is ${counted('en', invoices, 'invoice', 'invoices')}; at most ${formatCount('en', most)} a run (fewer simulations or a shorter range)`,
  unexpected: (detail) => `outcome-fees: unexpected error: ${detail}`,
  noContractInFolder: (folder) => `${folder}: the folder holds no contract file (.json, .xlsx)`,
  nestedContracts: (folder, files) =>
    `${folder}: a folder inside a folder of contracts, holding ${counted('en', files, 'contract file', 'contract files')} (.json, .xlsx) that ${plural('en', files, 'is', 'are')} not read: a folder of contracts is read at its top level only; give it with another --contract, or move its files up`,
  actualsPerContract: (contracts, actuals) =>
    `${counted('en', contracts, 'contract', 'contracts')} and ${counted('en', actuals, 'actuals file', 'actuals files')}: give one actuals file per contract, in the same order, or one with a Contract column`,
  sameContractId: (source, id, earlier) => `${source}: contract id ${id} is also that of ${earlier}`,
  sharedActualsCsv: (file) =>
    `${file}: one actuals file for several contracts must be a CSV file with a Contract column`,
  notAContract: (file, what) =>
    `${file}: not a contract file (${
      what.kind === 'invoice'
        ? 'an invoice JSON'
        : what.kind === 'schema'
          ? `a file of schema "${what.schema}"`
          : 'a JSON file without "schema"'
    }; a contract states "schema": "outcome-fees/contract@1"): keep only contract files in a folder of contracts`,
  outputNeedsName: (option) => `${option} needs a file name`,
  outputExtension: (option, file, extension) =>
    `${option} ${file}: what is written is an ${extension} file, so its name must end in ${extension}`,
  noFolder: (file, folder) => `cannot write ${file}: the folder ${folder} does not exist`,
  notAFolder: (file, folder) => `cannot write ${file}: ${folder} is not a folder`,
  outputIsFolder: (file) => `cannot write ${file}: it is a folder`,
  outputIsInput: (file, input) => `refusing to write ${file}: it is the input ${input}, which would be lost`,
  notOurReference: (file, title) =>
    `refusing to replace ${file}: it is not a function reference outcome-fees wrote (its first line is not "${title}"); give --root a folder of its own`,
  outputReadOnly: (file) =>
    `refusing to write ${file}: it is read-only (its write permission is off); make it writable, or give -o another file`,
  wrote: (file, what) => (what === undefined ? `Wrote ${file}` : `Wrote ${file}: ${what}`),
  referenceStale: (file, fix) => `${file} is stale: run ${fix}`,
  referenceMissing: (file, fix) => `${file} is missing: run ${fix}`,
  noRootFolder: (root) => `--root ${root}: no such folder`,
  rootNotAFolder: (root) => `--root ${root}: not a folder`,
  evalOneFormula: 'eval takes exactly one formula',
  inFile: (file, message) => `${file}: ${message}`,
  argumentHelp: (name, help) => `${name}: ${help}`,
  invoiceWritten: (number, total) => `invoice ${number}, total ${total}`,
  sheetSource: (file, sheet) => `${file} (sheet ${sheet})`,
  contractRows: (file, contract) => `${file} (rows of contract ${contract})`,
  bothSources: (contract, actuals) => `${contract} and ${actuals}`,
  problemsIn: (count, read) => `${counted('en', count, 'problem', 'problems')} in ${read}`,
  noProblems: (read, from, to) => `No problems in ${read}${from ? `; invoice periods ${from} to ${to}` : ''}`,
  noValuesDue: (actuals, period) =>
    `${actuals}: no month of the contract has values, and its first invoice, ${period}, is due: invoice would refuse it for missing values`,
  noValuesYet: (read, period) =>
    `No problems in ${read}; no month has values yet: the first invoice, ${period}, needs its months filled in`,
  sameProblem: (more, problem, places) =>
    `… and ${formatNumber(dec(more), 'en')} more with the same problem ("${problem}"): ${places}`,
  elsewhere: (count, first, period) =>
    period === undefined
      ? `note: ${counted('en', count, 'problem', 'problems')} in ${plural('en', count, 'a month', 'months')} this invoice does not read (${count === 1 ? '' : 'first: '}${first}); outcome-fees check ${plural('en', count, 'lists it', 'lists them')}`
      : `note: ${counted('en', count, 'problem', 'problems')} in ${plural('en', count, 'a month', 'months')} invoice ${period} does not read (${count === 1 ? '' : 'first: '}${first}); outcome-fees check ${plural('en', count, 'lists it', 'lists them')}`,
  optionOutside: (option, value, kpi, problem) => `--${option} ${value}: ${kpi}: ${problem}`,
  unknownKpi: (kpi, known, meant) =>
    `unknown KPI "${kpi}"${meant ? ` (did you mean ${meant}?)` : ''}; ${known.length > 0 ? `the contract has: ${known.join(', ')}` : 'the contract has no KPI'}`,
  noScenarioInFile: (file) => `${file}: no scenario in the file`,
  scenarioNotFound: (scenario, file, names) =>
    `no scenario "${scenario}" in ${file} (it has: ${names.join(', ')})`,
  inScenario: (file, scenario, problem) => `${file}, scenario "${scenario}": ${problem}`,
  actualsOf: (period) => `the actuals of ${period}`,
  scenarioLabel: (scenario) => `scenario "${scenario}"`,
  curveWritten: (kpi, points) => `fee curve of ${kpi}, ${counted('en', points, 'point', 'points')}`,
  exposureWritten: (base) => `exposure at ${base}`,
  scenariosWritten: (count, period) =>
    `${counted('en', count, 'scenario', 'scenarios')} priced as the invoice of ${period}`,
  forecastWritten: (from, to, about) => `forecast ${from} to ${to}, ${about}`,
  comparisonWritten: (labels, rows) => `${labels.join(' vs ')}, ${counted('en', rows, 'row', 'rows')}`,
  reviewWritten: (kpis, invoices, misses) =>
    `${counted('en', kpis, 'KPI', 'KPIs')} over ${counted('en', invoices, 'invoice', 'invoices')}, ${counted('en', misses, 'miss', 'misses')}`,
  curveColumns: ['Amount', 'Caps', 'Breakpoint'],
  total: (currency) => `Total ${currency}`,
  scenariosColumns: ['Scenario', 'Subtotal', 'VAT'],
  pricedAs: (period, about) => `Priced as the invoice of ${period} (${about}).`,
  pricedAsEach: (each, about) =>
    `Priced as each contract's own invoice (${about}): ${each.map((e) => `${e.contract} ${e.period}`).join(', ')}.`,
  firstClosingPeriod: "the first period that closes every KPI's evaluation period, with no earlier months",
  noEarlierMonths: 'with no earlier months',
  otherMonthsFrom: (file) => `the other months from ${file}`,
  notDue: (file, scenario, kpis, period) =>
    `note: ${file}, scenario "${scenario}": ${kpis.join(', ')} not due on the ${period} invoice, so not priced (--period a month it is due in)`,
  exposureColumns: ['Exposure', 'Subtotal'],
  unbounded: 'unbounded',
  exposureSides: { min: 'min', max: 'max' },
  unboundedSide: (side, reason) => `${side}: ${reason}`,
  exposureLineColumns: ['Line', 'At the minimum', 'At the maximum'],
  period: 'Period',
  mean: (currency) => `Mean ${currency}`,
  totalRow: 'Total',
  budgetAtRisk: (amount, currency) => `Budget at risk (P90 − mean): ${amount} ${currency}`,
  forecastAbout: (simulations, seed, declared, rest) =>
    `${counted('en', simulations, 'simulation', 'simulations')}, seed ${seed}; ${
      declared.length === 0
        ? 'resampled from the actuals history'
        : `declared: ${declared.join(', ')}${rest ? '; the rest resampled from the actuals history' : ''}`
    }.`,
  hours: 'hours',
  compareKinds: 'Line kind (all rows)',
  difference: (currency) => `Difference ${currency}`,
  noCommonPeriod: 'the contracts have no invoicing period of the actuals in common',
  currenciesDiffer: (files, currencies) =>
    `the contracts are in different currencies (${files.map((f, i) => `${f} in ${currencies[i]}`).join(', ')}): their totals do not compare`,
  noKpiToReview: 'the contract has no KPI to review',
  reconciliationHeading: (supplier, invoice, currency, tolerance) =>
    `Reconciliation of ${supplier} with invoice ${invoice} (${currency}, tolerance ${tolerance})`,
  withMapping: (heading, mapping) => `${heading}, mapping ${mapping}`,
  mappingBeside: (mapping, contract) =>
    `note: reading the line mapping ${mapping}, kept beside ${contract} (--mapping FILE to read another)`,
  reconciliationSummary: (differences) =>
    differences === 0 ? 'Every line matches.' : `${counted('en', differences, 'difference', 'differences')}.`,
  nothingWritten: (out, count, problems) =>
    `${out === undefined ? 'no invoice printed' : `${out} not written`}: ${problems ?? plural('en', count, 'the problem above', 'the problems above')} ${plural('en', count, 'stops', 'stop')} the whole run; fix ${plural('en', count, 'it', 'them')} and run it again`,
  batchProblems: (count, contracts) =>
    `${counted('en', count, 'problem', 'problems')}${contracts ? ` of ${counted('en', contracts.failed, 'contract', 'contracts')} (${formatCount('en', contracts.given)} given)` : ''}`,
  progress: (done, total) => `${formatCount('en', done)}/${formatCount('en', total)} invoices`,
  batchWritten: ({ invoices, contracts, summaryOnly, total }) => {
    const count = `${counted('en', invoices, 'invoice', 'invoices')}${contracts === undefined ? '' : ` of ${counted('en', contracts, 'contract', 'contracts')}`}`;
    const kind = contracts === undefined ? 'Summary' : 'Portfolio';
    return summaryOnly
      ? `the ${kind} sheet of ${count} (no invoice sheets: --summary-only), total ${total}`
      : `${count} and a ${kind} sheet, total ${total}`;
  },
  example: 'e.g.',
  demoSheets: (sheets) => `  sheets: ${sheets.join(', ')}`,
  demoNotSampled: (template, period, periods) =>
    `${template}: no sample actuals for ${period}; the demo has ${periods.join(', ')} (give --period one of them, or none for all)`,
  cannotReadWorkbook: (file, detail) => `cannot read ${file} as an .xlsx workbook: ${detail}`,
  sheetWithoutPeriod: (file, sheet) => `${file}: sheet "${sheet}" has no period`,
  noActualsSheet: (file) => `${file} has no Actuals sheet`,
  noIssuedSheet: (file, period) => `${file}: no invoice sheet for ${period}`,
  severalIssuedSheets: (file, period, sheets) =>
    `${file}: ${sheets.length} invoice sheets for ${period} (${sheets.map((s) => `"${s}"`).join(', ')}): give a workbook holding the one issued`,
  notIssuedJson: (file, problem) => `cannot read ${file} as an issued invoice JSON: ${problem}`,
  correctionWritten: (kind, number, corrects, total) =>
    `${{ credit: 'credit note', debit: 'debit note', none: 'correction (nothing to pay back or due)' }[kind]} ${number} correcting ${corrects}, total ${total}`,
};

const FR: CliTexts = frenchTexts<CliTexts>({
  withUsage: (reason, usage) => fr`${reason} ; ${usage}`,
  unknownCommand: (name, commands, meant) =>
    fr`commande inconnue « ${name} »${meant ? fr` (vouliez-vous dire ${meant} ?)` : ''} ; commandes : ${commands.join(', ')} (outcome-fees help)`,
  unknownOption: (option, meant) =>
    fr`option inconnue « ${option} »${meant ? fr` (vouliez-vous dire ${meant} ?)` : ''}`,
  optionEmpty: (option) => fr`l’option ${option} est vide : donnez-lui une valeur`,
  controlCharacter: (option, escaped) =>
    fr`${option === undefined ? '' : `${option} `}${escaped} contient un saut de ligne ou un autre caractère de contrôle, qu’aucun message ne pourrait dire sur une ligne : renommez le fichier, ou saisissez la valeur sans lui`,
  optionTakesNoValue: (option) => fr`l’option ${option} ne prend pas de valeur`,
  optionNeedsValue: (option) =>
    fr`l’option ${option} demande une valeur (écrivez ${option}=VALEUR pour une valeur qui commence par « - »)`,
  optionTwice: (option) => fr`l’option ${option} est donnée deux fois`,
  unexpectedArgument: (argument) => fr`argument en trop « ${argument} »`,
  missingOption: (option) => fr`il manque ${option}`,
  languageMustBe: (got) => fr`--lang vaut en ou fr (reçu « ${got} »)`,
  periodMustBe: (option, got) => fr`${option} doit être un mois AAAA-MM (reçu « ${got} »)`,
  periodOrNameMustBe: (option, got) =>
    fr`${option} doit être un mois AAAA-MM, un trimestre AAAA-Qn, un semestre AAAA-Hn ou une année AAAA (reçu « ${got} »)`,
  noSuchMonth: (option, got) => fr`${option} ${got} ne nomme aucun mois : une année va des mois 01 à 12`,
  noSuchPeriodPart: (option, name, first, last) =>
    fr`${option} ${name} ne nomme aucune période : une année va de ${first} à ${last}`,
  optionNeeds: (option, wanted) => fr`${option} demande ${wanted}`,
  optionGoesWith: (option, other) => fr`${option} s’emploie avec ${other}`,
  baseBoth: 'donnez --actuals et --period, ou --scenarios et --scenario, pas les deux',
  baseNone: 'donnez --actuals et --period, ou --scenarios et --scenario',
  compareBoth: 'donnez --actuals ou --scenarios, pas les deux',
  compareNone: 'donnez --actuals ou --scenarios',
  contractIsFolder: (path) =>
    fr`--contract ${path} désigne un dossier : donnez un fichier de contrat (.json ou .xlsx), ou utilisez outcome-fees invoice ou outcome-fees verify, qui lisent un dossier de contrats comme un portefeuille`,
  compareForecastBoth:
    'donnez --period (des périodes du réalisé) ou --from et --to (une prévision), pas les deux',
  optionNotWithScenarios: (option, forecast) =>
    forecast
      ? fr`${option} s’emploie avec une prévision (--actuals avec --from et --to), pas avec --scenarios`
      : fr`${option} s’emploie avec --actuals, pas avec --scenarios`,
  compareTwo: 'donnez au moins deux fichiers --contract',
  excludeEachOther: (a, b) => fr`${a} et ${b} s’excluent`,
  decimalOptionMust: (option, got) => fr`${option} doit être un nombre comme 0,75 ou 0.75 (reçu « ${got} »)`,
  optionAmbiguous: (option, got, [a, b]) =>
    fr`${option} « ${got} » peut se lire ${a} ou ${b} : tapez ${a} ou ${b}, sans séparateur de milliers`,
  wholeOptionMust: (option, min, max, got) =>
    fr`${option} doit être un nombre entier de ${formatCount('fr', min)} à ${formatCount('fr', max)} (reçu « ${got} »)`,
  fromAboveTo: (from, to) => fr`--from ${from} est au-dessus de --to ${to}`,
  beyondDefaultEnd: (option, typed, end) =>
    option === 'from'
      ? fr`--from ${typed} est au-dessus de ${end}, où la courbe s’arrête sans --to : donnez --to`
      : fr`--to ${typed} est au-dessous de ${end}, où la courbe commence sans --from : donnez --from`,
  fromAfterTo: (from, to) => fr`--from ${from} est après --to ${to}`,
  unknownTemplate: (name, meant) =>
    fr`modèle inconnu « ${name} »${meant ? fr` (vouliez-vous dire ${meant} ?)` : ''}`,
  missingTemplate: 'il manque le NOM du modèle',
  toleranceMust: (got) => fr`--tolerance doit être un montant ≥ 0 comme 0,01 ou 0.01 (reçu « ${got} »)`,
  cannotRead: (file, reason) => fr`impossible de lire ${file} : ${reason}`,
  cannotWrite: (file, reason) => fr`impossible d’écrire ${file} : ${reason}`,
  fileReasons: {
    ENOSPC: 'plus d’espace libre sur le disque',
    EDQUOT: 'quota disque dépassé',
    EACCES: 'permission refusée',
    EPERM: 'permission refusée',
    EROFS: 'le système de fichiers est en lecture seule',
    ENOENT: 'fichier ou dossier introuvable',
    ENOTDIR: 'une partie du chemin n’est pas un dossier',
    EISDIR: 'c’est un dossier',
    ENAMETOOLONG: 'le nom est trop long',
  },
  fileInUse: 'il est ouvert dans un autre programme (Excel ?) : fermez-le et relancez',
  fileUnchanged: '(le fichier n’a pas été modifié)',
  workbookNotText:
    'un classeur .xlsx, là où un fichier texte est attendu : enregistrez la feuille en CSV UTF-8',
  oldWorkbook:
    'un classeur Excel 97-2003 .xls ou protégé par mot de passe : enregistrez-le en .xlsx, sans mot de passe',
  notUtf8: (line) =>
    fr`la ligne ${line} n’est pas du texte UTF-8 (un fichier enregistré en Windows-1252 ou Latin-1 ?) : enregistrez-le en UTF-8 (dans Excel : CSV UTF-8)`,
  nulBytes: 'pas un fichier texte (il contient des octets NUL) : donnez un fichier CSV, JSON ou .xlsx',
  tooLargeToRead: (size, limit) => {
    const over = overLimit('fr', size, limit);
    return fr`il fait ${over.size}, et les fichiers d’entrée sont lus en entier jusqu’à ${over.limit} (un portefeuille plus grand : un fichier de réalisé par contrat)`;
  },
  stdinIsTerminal:
    'l’entrée standard est le terminal, pas un fichier : envoyez-en un par un tube ou une redirection (… --contract - < contrat.json)',
  readsPastLimit: (limit) =>
    fr`il continue au-delà de ${overLimit('fr', limit, limit).limit} (un périphérique comme /dev/zero, ou un flux sans fin), et les fichiers d’entrée sont lus en entier jusque-là`,
  zipWithoutSizes:
    'une archive zip dont le répertoire ne dit pas ce qu’elle décompresse (endommagée, ou ZIP64) : pas un classeur .xlsx',
  unpacksTooLarge: (size, limit) => {
    const over = overLimit('fr', size, limit);
    return fr`ses feuilles décompressées font ${over.size}, et les classeurs sont lus jusqu’à ${over.limit} décompressés`;
  },
  paperMust: (got) => fr`--paper vaut A4 ou Letter (reçu « ${got} »)`,
  summaryOnlyFor: '--summary-only vaut pour une plage de périodes ou plusieurs contrats',
  summaryOnlyNeedsOutput:
    '--summary-only écrit la seule feuille Synthèse ou Portefeuille : donnez -o FICHIER.xlsx',
  correctsNotStdin:
    'l’option --corrects prend la facture émise comme fichier, pas l’entrée standard (-) : ses notes de correction sont cherchées à côté d’elle',
  goTogether: (a, b) => fr`${a} et ${b} vont ensemble`,
  correctsOne: '--corrects corrige une facture : donnez un seul --contract et une seule --period',
  noSheet: (file, part, sheets) =>
    fr`${file} n’a pas de feuille ${part === 'contract' ? 'Contrat' : 'Réalisé'} (ses feuilles : ${sheets.map((n) => fr`« ${n} »`).join(', ') || 'aucune'})`,
  otherContractsUnread: (file, sheet, others) =>
    fr`remarque : ${file} : lu le contrat de la feuille « ${sheet} », pas ${others.map((o) => fr`« ${o} »`).join(', ')} : pour en chiffrer un autre, donnez-lui son propre classeur`,
  noVisibleSheet: (file) => fr`${file} n’a aucune feuille visible`,
  firstSheetRead: (file, sheet, others) =>
    fr`remarque : ${file} : lu sa première feuille, « ${sheet} » ; pas ${others.map((o) => fr`« ${o} »`).join(', ')}`,
  oneStep: (from, to) =>
    fr`--steps 1 donne une seule valeur, et la courbe va de ${from} à ${to} : donnez --steps 2 ou plus, ou les mêmes --from et --to`,
  tooManySimulations: (simulations, periods, invoices, most) =>
    fr`--simulations ${simulations} sur ${counted('fr', periods, 'période de facturation', 'périodes de facturation')} font ${counted('fr', invoices, 'facture', 'factures')} ; au plus ${formatCount('fr', most)} par exécution (moins de simulations ou une plage plus courte)`,
  unexpected: (detail) => fr`outcome-fees : erreur inattendue : ${detail}`,
  noContractInFolder: (folder) =>
    fr`${folder} : le dossier ne contient aucun fichier de contrat (.json, .xlsx)`,
  nestedContracts: (folder, files) =>
    fr`${folder} : un dossier dans un dossier de contrats, avec ${counted('fr', files, 'fichier de contrat', 'fichiers de contrat')} (.json, .xlsx) qui ${plural('fr', files, 'n’est pas lu', 'ne sont pas lus')} : un dossier de contrats n’est lu qu’à son premier niveau ; donnez-le par un autre --contract, ou remontez ses fichiers`,
  actualsPerContract: (contracts, actuals) =>
    fr`${counted('fr', contracts, 'contrat', 'contrats')} et ${counted('fr', actuals, 'fichier de réalisé', 'fichiers de réalisé')} : donnez un fichier de réalisé par contrat, dans le même ordre, ou un seul avec une colonne Contrat`,
  sameContractId: (source, id, earlier) =>
    fr`${source} : l’identifiant de contrat ${id} est aussi celui de ${earlier}`,
  sharedActualsCsv: (file) =>
    fr`${file} : un seul fichier de réalisé pour plusieurs contrats doit être un fichier CSV avec une colonne Contrat`,
  notAContract: (file, what) =>
    fr`${file} : ce n’est pas un fichier de contrat (${
      what.kind === 'invoice'
        ? 'une facture JSON'
        : what.kind === 'schema'
          ? fr`un fichier de schéma « ${what.schema} »`
          : 'un fichier JSON sans "schema"'
    } ; le "schema" d’un contrat est "outcome-fees/contract@1") : ne gardez que des fichiers de contrat dans un dossier de contrats`,
  outputNeedsName: (option) => fr`${option} demande un nom de fichier`,
  outputExtension: (option, file, extension) =>
    fr`${option} ${file} : le fichier écrit est un fichier ${extension}, son nom doit donc finir par ${extension}`,
  noFolder: (file, folder) => fr`impossible d’écrire ${file} : le dossier ${folder} n’existe pas`,
  notAFolder: (file, folder) => fr`impossible d’écrire ${file} : ${folder} n’est pas un dossier`,
  outputIsFolder: (file) => fr`impossible d’écrire ${file} : c’est un dossier`,
  outputIsInput: (file, input) =>
    fr`refus d’écrire ${file} : c’est le fichier d’entrée ${input}, qui serait perdu`,
  notOurReference: (file, title) =>
    fr`refus de remplacer ${file} : ce n’est pas une référence des fonctions écrite par outcome-fees (sa première ligne n’est pas « ${title} ») ; donnez à --root un dossier à part`,
  outputReadOnly: (file) =>
    fr`refus d’écrire ${file} : il est en lecture seule (son droit d’écriture est retiré) ; rendez-le modifiable, ou donnez à -o un autre fichier`,
  wrote: (file, what) => (what === undefined ? fr`Écrit ${file}` : fr`Écrit ${file} : ${what}`),
  referenceStale: (file, fix) => fr`${file} n’est pas à jour : lancez ${fix}`,
  referenceMissing: (file, fix) => fr`${file} est absent : lancez ${fix}`,
  noRootFolder: (root) => fr`--root ${root} : aucun dossier de ce nom`,
  rootNotAFolder: (root) => fr`--root ${root} : ce n’est pas un dossier`,
  evalOneFormula: 'eval prend exactement une formule',
  inFile: (file, message) => fr`${file} : ${message}`,
  argumentHelp: (name, help) => fr`${name} : ${help}`,
  invoiceWritten: (number, total) => fr`facture ${number}, total ${total}`,
  sheetSource: (file, sheet) => fr`${file} (feuille ${sheet})`,
  contractRows: (file, contract) => fr`${file} (lignes du contrat ${contract})`,
  bothSources: (contract, actuals) => fr`${contract} et ${actuals}`,
  problemsIn: (count, read) => fr`${counted('fr', count, 'problème', 'problèmes')} dans ${read}`,
  noValuesDue: (actuals, period) =>
    fr`${actuals} : aucun mois du contrat n’a de valeurs, et sa première facture, ${period}, est due : outcome-fees invoice la refuserait faute de valeurs`,
  noValuesYet: (read, period) =>
    fr`Aucun problème dans ${read} ; aucun mois n’a encore de valeurs : la première facture, ${period}, attend que ses mois soient remplis`,
  noProblems: (read, from, to) =>
    from
      ? fr`Aucun problème dans ${read} ; périodes facturables de ${from} à ${to}`
      : fr`Aucun problème dans ${read}`,
  sameProblem: (more, problem, places) =>
    fr`… et ${formatNumber(dec(more), 'fr')} ${plural('fr', more, 'autre', 'autres')} avec le même problème (« ${problem} ») : ${places}`,
  elsewhere: (count, first, period) =>
    fr`remarque : ${counted('fr', count, 'problème', 'problèmes')} dans ${plural('fr', count, 'un mois', 'des mois')} que ${period === undefined ? 'cette facture' : fr`la facture ${period}`} ne lit pas (${count === 1 ? '' : fr`premier : `}${first}) ; outcome-fees check ${plural('fr', count, 'le liste', 'les liste')}`,
  optionOutside: (option, value, kpi, problem) => fr`--${option} ${value} : ${kpi} : ${problem}`,
  unknownKpi: (kpi, known, meant) =>
    known.length > 0
      ? fr`indicateur inconnu « ${kpi} »${meant ? fr` (vouliez-vous dire ${meant} ?)` : ''} ; le contrat a : ${known.join(', ')}`
      : fr`indicateur inconnu « ${kpi} » ; le contrat n’a aucun indicateur`,
  noScenarioInFile: (file) => fr`${file} : aucun scénario dans le fichier`,
  scenarioNotFound: (scenario, file, names) =>
    fr`pas de scénario « ${scenario} » dans ${file} (il a : ${names.join(', ')})`,
  inScenario: (file, scenario, problem) => fr`${file}, scénario « ${scenario} » : ${problem}`,
  actualsOf: (period) => fr`le réalisé de ${period}`,
  scenarioLabel: (scenario) => fr`le scénario « ${scenario} »`,
  curveWritten: (kpi, points) =>
    fr`courbe d’honoraires de ${kpi}, ${counted('fr', points, 'point', 'points')}`,
  exposureWritten: (base) => fr`exposition pour ${base}`,
  scenariosWritten: (count, period) =>
    fr`${counted('fr', count, 'scénario chiffré', 'scénarios chiffrés')} comme la facture de ${period}`,
  forecastWritten: (from, to, about) => fr`prévision de ${from} à ${to}, ${about}`,
  comparisonWritten: (labels, rows) =>
    fr`${labels.join(' contre ')}, ${counted('fr', rows, 'ligne', 'lignes')}`,
  reviewWritten: (kpis, invoices, misses) =>
    fr`${counted('fr', kpis, 'indicateur', 'indicateurs')} sur ${counted('fr', invoices, 'facture', 'factures')}, ${counted('fr', misses, 'manqué', 'manqués')}`,
  curveColumns: ['Montant', 'Plafonds', 'Point de rupture'],
  total: (currency) => fr`Total ${currency}`,
  scenariosColumns: ['Scénario', 'Sous-total', 'TVA'],
  pricedAs: (period, about) => fr`Chiffré comme la facture de ${period} (${about}).`,
  pricedAsEach: (each, about) =>
    fr`Chiffré comme la facture propre à chaque contrat (${about}) : ${each.map((e) => `${e.contract} ${e.period}`).join(', ')}.`,
  firstClosingPeriod:
    'la première période qui clôt la période d’évaluation de chaque indicateur, sans mois antérieurs',
  noEarlierMonths: 'sans mois antérieurs',
  otherMonthsFrom: (file) => fr`les autres mois de ${file}`,
  notDue: (file, scenario, kpis, period) =>
    fr`remarque : ${file}, scénario « ${scenario} » : ${kpis.join(', ')} non dû sur la facture de ${period}, donc non chiffré (--period un mois où il est dû)`,
  exposureColumns: ['Exposition', 'Sous-total'],
  unbounded: 'sans borne',
  exposureSides: { min: 'min', max: 'max' },
  unboundedSide: (side, reason) => fr`${side} : ${reason}`,
  exposureLineColumns: ['Ligne', 'Au minimum', 'Au maximum'],
  period: 'Période',
  mean: (currency) => fr`Moyenne ${currency}`,
  totalRow: 'Total',
  budgetAtRisk: (amount, currency) => fr`Budget à risque (P90 − moyenne) : ${amount} ${currency}`,
  forecastAbout: (simulations, seed, declared, rest) =>
    declared.length > 0
      ? fr`${counted('fr', simulations, 'simulation', 'simulations')}, graine ${seed} ; déclarés : ${declared.join(', ')}${rest ? fr` ; le reste rééchantillonné sur l’historique du réalisé` : ''}.`
      : fr`${counted('fr', simulations, 'simulation', 'simulations')}, graine ${seed} ; ${plural('fr', simulations, 'rééchantillonnée', 'rééchantillonnées')} sur l’historique du réalisé.`,
  hours: 'heures',
  compareKinds: 'Type de ligne (toutes les lignes)',
  difference: (currency) => fr`Écart ${currency}`,
  noCommonPeriod: 'les contrats n’ont aucune période de facturation du réalisé en commun',
  currenciesDiffer: (files, currencies) =>
    fr`les contrats sont dans des devises différentes (${files.map((f, i) => `${f} en ${currencies[i]}`).join(', ')}) : leurs totaux ne se comparent pas`,
  noKpiToReview: 'le contrat n’a aucun indicateur à passer en revue',
  reconciliationHeading: (supplier, invoice, currency, tolerance) =>
    fr`Rapprochement de ${supplier} avec la facture ${invoice} (${currency}, tolérance ${tolerance})`,
  withMapping: (heading, mapping) => fr`${heading}, correspondance ${mapping}`,
  mappingBeside: (mapping, contract) =>
    fr`remarque : lecture de la correspondance de lignes ${mapping}, rangée à côté de ${contract} (--mapping FICHIER pour en lire une autre)`,
  reconciliationSummary: (differences) =>
    differences === 0
      ? 'Toutes les lignes concordent.'
      : fr`${counted('fr', differences, 'écart', 'écarts')}.`,
  nothingWritten: (out, count, problems) =>
    fr`${out === undefined ? 'aucune facture imprimée' : fr`${out} non écrit`} : ${problems ?? plural('fr', count, 'le problème ci-dessus', 'les problèmes ci-dessus')} ${plural('fr', count, 'arrête', 'arrêtent')} toute l’exécution ; ${plural('fr', count, 'corrigez-le', 'corrigez-les')} et relancez`,
  batchProblems: (count, contracts) =>
    fr`${counted('fr', count, 'problème', 'problèmes')}${contracts ? fr` de ${counted('fr', contracts.failed, 'contrat', 'contrats')} (${counted('fr', contracts.given, 'donné', 'donnés')})` : ''}`,
  progress: (done, total) => fr`${formatCount('fr', done)}/${formatCount('fr', total)} factures`,
  batchWritten: ({ invoices, contracts, summaryOnly, total }) => {
    const count = fr`${counted('fr', invoices, 'facture', 'factures')}${contracts === undefined ? '' : fr` de ${counted('fr', contracts, 'contrat', 'contrats')}`}`;
    const kind = contracts === undefined ? 'Synthèse' : 'Portefeuille';
    return summaryOnly
      ? fr`la feuille ${kind} de ${count} (aucune feuille de facture : --summary-only), total ${total}`
      : fr`${count} et une feuille ${kind}, total ${total}`;
  },
  example: 'ex.',
  demoSheets: (sheets) => fr`  feuilles : ${sheets.join(', ')}`,
  demoNotSampled: (template, period, periods) =>
    fr`${template} : pas de réalisé d’exemple pour ${period} ; la démo a ${periods.join(', ')} (donnez à --period l’un d’eux, ou rien pour tous)`,
  cannotReadWorkbook: (file, detail) => fr`impossible de lire ${file} comme un classeur .xlsx : ${detail}`,
  sheetWithoutPeriod: (file, sheet) => fr`${file} : la feuille « ${sheet} » n’a pas de période`,
  noActualsSheet: (file) => fr`${file} n’a pas de feuille Réalisé`,
  noIssuedSheet: (file, period) => fr`${file} : aucune feuille de facture pour ${period}`,
  severalIssuedSheets: (file, period, sheets) =>
    fr`${file} : ${sheets.length} feuilles de facture pour ${period} (${sheets.map((s) => fr`« ${s} »`).join(', ')}) : donnez un classeur qui ne contient que celle émise`,
  notIssuedJson: (file, problem) =>
    fr`impossible de lire ${file} comme le JSON d’une facture émise : ${problem}`,
  correctionWritten: (kind, number, corrects, total) =>
    fr`${{ credit: 'avoir', debit: 'facture rectificative', none: 'correction (rien à rembourser ni à payer)' }[kind]} ${number} corrigeant ${corrects}, total ${total}`,
});

/** The command line's texts in `lang`. */
export function cliTexts(lang: Language): CliTexts {
  return lang === 'fr' ? FR : EN;
}
