/**
 * What the modelling commands (scenarios, curve, exposure, forecast, compare) share: reading a contract on
 * its own or with actuals, a scenarios file, the base scenario of a curve or an exposure, number options,
 * money as minor-unit strings, the terminal table, and the atomic .xlsx output.
 */
import { actualsFromCsv, readCsv } from '../contract/csv';
import { actualsFromSheet } from '../contract/fromSheet';
import { sortIssues, type Result } from '../contract/issues';
import { readActualsSheet, strictActuals } from '../contract/sheet/readActuals';
import { readNumberText } from '../contract/numberText';
import { isPeriodName, periodNameOf, periodNamed } from '../contract/periodNames';
import type { Actuals, Contract, KpiClause, Language, Period } from '../contract/types';
import { rangeProblem } from '../contract/validRange';
import { hasContractColumn, splitActualsByContract } from '../control/actualsByContract';
import { cliTexts } from '../i18n/cli';
import { contractText } from '../i18n/contract';
import { modelProblemTexts } from '../i18n/modelProblems';
import type { ModelBasis } from '../i18n/modelSheets';
import type { SheetPlan } from '../layout/sheetPlan';
import { forecastMonth } from '../model/forecastMonth';
import { withoutForeignRows } from '../model/foreignRows';
import {
  dueClauses,
  idleIndices,
  placeOf,
  scenarioOfPeriod,
  type PricingPlace,
  type Scenario,
  type ScenarioValues,
} from '../model/scenario';
import { scenariosFromCsv } from '../model/scenariosCsv';
import { dec, minorUnitDigits, type Dec } from '../money';
import { readContractWorkbook, type ContractWorkbook } from '../xlsx/readContractWorkbook';
import { workbookBuffer } from '../xlsx/writeWorkbook';
import { requiredOption, stringOption, type ParsedArgs } from './args';
import { CliError, usageError, workbookFailure } from './cliError';
import { inputName, isWorkbook, readBytes, readText, textOf } from './inputFile';
import type { CliIo } from './io';
import { readContract } from './inputs';
import { checkOutputFile, writeFileAtomic } from './outputFile';
import { checkPeriodSpelling, periodOption } from './periodArgs';
import { shownPath } from './shown';

/**
 * The first month of the one invoice `text` names, for `command`, which prices one invoice: a quarter of a
 * monthly contract is several, and the hint is one of its months, not the range `invoice` would take.
 */
export function oneInvoiceMonth(contract: Contract, text: string, command: string): Period {
  const named = periodNamed(contract, text);
  if (named.ok) return named.months[0];
  const several = named.several;
  if (several === undefined) throw new CliError(named.problem);
  const { name, invoices, months } = several;
  const [first, last] = [months[0], months[months.length - 1]];
  throw new CliError(
    modelProblemTexts(contract.language).oneInvoice(name, contract.id, invoices, command, first, last),
  );
}

/**
 * A forecast's `--from` (its first month) or `--to` (its last): a quarter of a monthly contract is several
 * invoices, and the hint is the month the option stands for.
 */
export function forecastEnd(contract: Contract, text: string, end: 'from' | 'to'): Period {
  const read = forecastMonth(contract, text, end, `--${end}`, contract.language);
  if (!read.ok) throw new CliError(read.problem);
  return read.month;
}

async function readWorkbook(file: string, bytes: Buffer, lang: Language): Promise<ContractWorkbook> {
  try {
    return await readContractWorkbook(bytes);
  } catch (error) {
    throw new CliError(cliTexts(lang).cannotReadWorkbook(file, workbookFailure(error, lang)));
  }
}

/** A contract JSON file or a workbook's Contract sheet, without actuals; every issue, or the contract. */
export async function readContractFile(file: string, io: CliIo): Promise<Contract> {
  const read = await readContract(file, io);
  if (read.ok) return read.value;
  throw new CliError(read.issues.map((i) => i.message).join('\n'));
}

/**
 * A contract with its actuals: a CSV file or a workbook's Actuals sheet, read strictly (every month, since
 * a forecast or a comparison reads them all). With `others` (contracts compared with it), values of KPIs,
 * volumes or hours only they have are left out for this one (foreignRows.ts).
 */
export async function readContractWithActuals(
  contractFile: string,
  actualsFile: string,
  io: CliIo,
  others: readonly Contract[] = [],
): Promise<{ contract: Contract; actuals: Actuals }> {
  const contract = await readContractFile(contractFile, io);
  const bytes = await readBytes(actualsFile);
  const name = inputName(actualsFile);
  // Problems in the contract's language, as every reader of its files says them.
  const lang = contract.language;
  let read: Result<Actuals>;
  let inFile = (message: string) => message;
  if (isWorkbook(bytes)) {
    const sheet = (await readWorkbook(actualsFile, bytes, lang)).actuals;
    if (!sheet) throw new CliError(cliTexts(lang).noActualsSheet(name));
    read = actualsFromSheet(withoutForeignRows(sheet.grid, contract, others), contract, {
      sheet: sheet.name,
      lang,
    });
    inFile = (message) => `${name}: ${message}`;
  } else if (hasContractColumn(textOf(bytes, actualsFile))) {
    // A portfolio's file: this contract's rows only, whatever the others compared with it.
    const split = splitActualsByContract(
      textOf(bytes, actualsFile),
      name,
      [contract.id],
      contract.language,
      'skip',
    );
    if (!split.ok) throw new CliError(split.problems.join('\n'));
    read = strictActuals(split.read(contract));
  } else if (others.length === 0) {
    read = actualsFromCsv(textOf(bytes, actualsFile), contract, { file: name, lang });
  } else {
    const csv = readCsv(textOf(bytes, actualsFile), name, lang);
    const grid = withoutForeignRows(csv.grid, contract, others);
    const sheet = readActualsSheet(grid, contract, { sheet: name, lang }, csv.numbers);
    const issues = sortIssues([...csv.issues, ...(sheet.ok ? [] : sheet.issues)]);
    read = issues.length > 0 ? { ok: false, issues } : sheet;
  }
  if (!read.ok) throw new CliError(read.issues.map((i) => inFile(i.message)).join('\n'));
  return { contract, actuals: read.value };
}

/**
 * The scenarios of a `Scenario,Kind,Name,Value` file, read against `contract` (and the `others` compared,
 * for whom a file with no row of this contract's, as a fixed-only contract has, is no empty file).
 */
export async function readScenarioFile(
  file: string,
  contract: Contract,
  others: readonly Contract[] = [],
): Promise<Scenario[]> {
  const text = await readText(file);
  const read = scenariosFromCsv(text, contract, inputName(file), others);
  if (!read.ok) throw new CliError(read.issues.map((i) => i.message).join('\n'));
  if (read.value.length === 0 && others.length === 0)
    throw new CliError(cliTexts(contract.language).noScenarioInFile(inputName(file)));
  return read.value;
}

/** The values a curve or an exposure starts from, where they are priced, and how to name them. */
export interface Base {
  readonly contract: Contract;
  readonly values: ScenarioValues;
  readonly place: PricingPlace;
  readonly label: string;
  /** What the sheets say the values are those of: a scenario's with its file's name, as problems name it. */
  readonly basis: ModelBasis & ({ readonly kind: 'period' } | { readonly sheet: string });
  readonly inputs: readonly string[];
}

/** The engine's problems at `base`, one a line: a scenario's named, since what it lacks is for it to give. */
export function baseProblems(base: Base, problems: readonly string[]): string {
  const { basis } = base;
  if (basis.kind === 'period') return problems.join('\n');
  const t = cliTexts(base.contract.language);
  return problems.map((p) => t.inScenario(basis.sheet, basis.scenario, p)).join('\n');
}

/** The options of a command that starts from a base (`curve`, `exposure`), as `readBaseAndTarget` reads them. */
export const BASE_OPTIONS = {
  contract: { type: 'string' },
  actuals: { type: 'string' },
  period: { type: 'string' },
  scenarios: { type: 'string' },
  scenario: { type: 'string' },
} as const;

/** `--contract` and its base, and the `-o` target checked against every input before any work. */
export async function readBaseAndTarget(
  args: ParsedArgs,
  command: string,
  usage: string,
  io: CliIo,
): Promise<{ base: Base; target: string | undefined }> {
  const contractFile = requiredOption(args, 'contract', usage);
  const files = ['actuals', 'scenarios'].map((o) => stringOption(args, o)).filter((f) => f !== undefined);
  const target = outputTarget(args, [contractFile, ...files], usage);
  return { base: await readBase(args, contractFile, command, usage, io), target };
}

/** `--actuals A --period P` (that period, in its history) or `--scenarios S --scenario NAME`. */
export async function readBase(
  args: ParsedArgs,
  contractFile: string,
  command: string,
  usage: string,
  io: CliIo,
): Promise<Base> {
  const actualsFile = stringOption(args, 'actuals');
  const period = periodOption(args, 'period');
  const scenariosFile = stringOption(args, 'scenarios');
  const scenario = stringOption(args, 'scenario');
  if (actualsFile !== undefined && scenariosFile !== undefined) throw usageError((t) => t.baseBoth, usage);
  checkPeriodSpelling(args, ['period'], usage, { ranges: false });
  if (actualsFile !== undefined) {
    if (period === undefined) throw usageError((t) => t.optionNeeds('--actuals', '--period'), usage);
    if (scenario !== undefined) throw usageError((t) => t.optionGoesWith('--scenario', '--scenarios'), usage);
    const { contract, actuals } = await readContractWithActuals(contractFile, actualsFile, io);
    const month = oneInvoiceMonth(contract, period, command);
    return {
      contract,
      values: scenarioOfPeriod(contract, actuals, month),
      place: { period: month, history: actuals, ofActuals: true },
      // A name typed in any case is said as invoices say it (`2026-q4` → `2026-Q4`).
      label: cliTexts(contract.language).actualsOf(
        isPeriodName(period) ? periodNameOf(contract, month) : period,
      ),
      basis: { kind: 'period', period: month },
      inputs: [contractFile, actualsFile],
    };
  }
  if (scenariosFile !== undefined) {
    if (scenario === undefined)
      throw usageError((t) => t.optionNeeds('--scenarios', '--scenario NAME'), usage);
    const contract = await readContractFile(contractFile, io);
    const scenarios = await readScenarioFile(scenariosFile, contract);
    const found = scenarios.find((s) => s.name === scenario);
    const t = cliTexts(contract.language);
    if (!found)
      throw new CliError(
        t.scenarioNotFound(
          scenario,
          inputName(scenariosFile),
          scenarios.map((s) => s.name),
        ),
      );
    // As `scenarios` prices them: the invoice of `--period` (a time-boxed clause, a ramp), else the first
    // that closes every KPI's evaluation period.
    const place: PricingPlace =
      period === undefined ? {} : { period: oneInvoiceMonth(contract, period, command) };
    return {
      contract,
      values: found.values,
      place,
      label: t.scenarioLabel(scenario),
      basis: { kind: 'scenario', scenario, sheet: inputName(scenariosFile) },
      inputs: [contractFile, scenariosFile],
    };
  }
  throw usageError((t) => t.baseNone, usage);
}

/**
 * A value of scenario `name` for a clause the invoice at `place` does not bill (Black Friday outside
 * November) changes nothing: said on stderr, so that it is never taken for a value that was priced; `file`
 * is the scenarios file, named as its problems name it.
 */
export function noteIdleValues(
  contract: Contract,
  file: string,
  name: string,
  values: ScenarioValues,
  place: PricingPlace,
  io: CliIo,
): void {
  const where = placeOf(contract, place);
  if ('problem' in where) return;
  const due = new Set(dueClauses(contract, place).map((c) => c.name));
  // A price index no revision in force reads (before the indexation's first month) changes nothing either.
  const idle = [
    ...[...values.kpis.keys()].filter((kpi) => !due.has(kpi)),
    ...idleIndices(contract, values, place),
  ];
  if (idle.length > 0) io.err(cliTexts(contract.language).notDue(file, name, idle, where.months[0]));
}

/**
 * Which invoice a base held at a scenario is priced as, in the words of `scenarios`' last line (a ramped
 * target or a ratchet differs by period); none for a period of the actuals, which the command names.
 */
export function pricedAsLine(base: Base): string[] {
  const where = placeOf(base.contract, base.place);
  if (base.basis.kind !== 'scenario' || 'problem' in where) return [];
  const t = cliTexts(base.contract.language);
  const about = base.place.period === undefined ? t.firstClosingPeriod : t.noEarlierMonths;
  return [t.pricedAs(periodNameOf(base.contract, where.months[0]), about)];
}

/** The values of a base held at a scenario that its invoice does not bill, noted (`noteIdleValues`). */
export function noteIdleBase(base: Base, io: CliIo): void {
  if (base.basis.kind === 'scenario')
    noteIdleValues(base.contract, base.basis.sheet, base.basis.scenario, base.values, base.place, io);
}

/**
 * A number option (`0.774`, `0,774`, `77.4%`), `undefined` when absent. Either decimal mark, as `--tolerance`
 * takes it (the run has no language yet): a text the two marks read differently (`1,000`) is refused with
 * both readings, and any text the pane reads, in either language, reads here as the same number or not at all.
 */
export function decimalOption(args: ParsedArgs, name: string, usage: string): Dec | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  const read = readNumberText(text, 'unknown');
  if ('value' in read) return dec(read.value);
  if (read.problem === 'ambiguous')
    throw usageError((t) => t.optionAmbiguous(`--${name}`, text, read.readings), usage);
  throw usageError((t) => t.decimalOptionMust(`--${name}`, text), usage);
}

/** A whole-number option within [min, max], `fallback` when absent. */
export function integerOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
  usage: string,
): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  throw usageError((t) => t.wholeOptionMust(`--${name}`, min, max, text), usage);
}

/**
 * A KPI value given on the command line must lie in the KPI's valid range, like a measured one; said in
 * the contract's language, its hint spelled as an option is typed (a decimal point).
 */
export function checkKpiValue(clause: KpiClause, value: Dec, option: string, lang: Language): void {
  const typed = value.toFixed();
  const problem = rangeProblem(value, clause, contractText(lang).problems, typed);
  if (problem !== undefined)
    throw new CliError(cliTexts(lang).optionOutside(option, typed, clause.name, problem));
}

/** An amount as JSON prints it: a decimal string with the currency's minor-unit digits. */
export function money(amount: Dec, currency: string): string {
  return amount.toFixed(minorUnitDigits(currency));
}

/** A plain-text table: columns padded, every column but the first right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `-o FILE.xlsx` checked before any work (never one of `inputs`), and `--json` not with it. */
export function outputTarget(args: ParsedArgs, inputs: readonly string[], usage: string): string | undefined {
  const out = stringOption(args, 'output');
  if (out !== undefined && args.values.json)
    throw usageError((t) => t.excludeEachOther('-o', '--json'), usage);
  return out === undefined ? undefined : checkOutputFile(out, '.xlsx', inputs, usage);
}

/** Writes the plans atomically to `target` and says so, in the contract's language. */
export async function writeSheets(
  target: string,
  plans: readonly SheetPlan[],
  io: CliIo,
  what: string,
  lang: Language,
): Promise<void> {
  await writeFileAtomic(target, await workbookBuffer(plans), io.fs);
  io.out(cliTexts(lang).wrote(shownPath(target), what));
}

/** The options every modelling command takes for its output. */
export const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
} as const;
