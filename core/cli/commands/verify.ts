/**
 * `outcome-fees verify`: is an invoice written by outcome-fees (.xlsx or JSON) still what the contract and
 * actuals give? Every invoice sheet of the workbook (or the JSON) is recomputed for its period and compared:
 * each edited line or amount is reported with its cell or field, and whether the fingerprint matches. A
 * correction note (its sheets, or its JSON) is proved as a correction proves one before starting from it.
 * Exit 0 when untouched, 1 on a difference, 2 on an error.
 */
import { summarySheetPlan } from '../../layout/summarySheet';
import {
  verifyJson,
  verifyPlanSheet,
  type SheetReport,
  verifySheet,
  isInvoiceSheet,
  verifyStated,
  writtenJsonPeriods,
  contractOfNumber,
  periodOfNumber,
  writtenSheetContract,
  writtenSheetPeriods,
  type VerifyReport,
  type WrittenSheet,
} from '../../control/verify';
import { invoiceSheetNumber, withMissingSheets } from '../../control/missingSheets';
import { portfolioListing, portfolioSheetOf, recomputedPortfolio } from '../../control/portfolioVerify';
import { correctionNoteOf } from '../../control/issuedInvoice';
import { noteSheetNumber } from '../../control/noteSheet';
import { verifyNoteJson, verifyNoteSheet, type CorrectedSheet } from '../../control/verifyNote';
import { cliTexts } from '../../i18n/cli';
import { invoiceSheetLabels } from '../../i18n/invoiceSheet';
import { verifyTexts } from '../../i18n/verify';
import { sheetPrefix } from '../../contract/issues';
import { readWorkbookValues } from '../../xlsx/readWorkbook';
import { multipleOption, requiredOption, type ParsedArgs } from '../args';
import { CliError, usageError, workbookFailure } from '../cliError';
import type { Command } from '../command';
import type { CliIo, ExitCode } from '../io';
import { invoiceOf, type Inputs } from '../inputs';
import type { Invoice } from '../../invoice/types';
import { allInOrder, isWorkbook, readBytes, textOf, inputName } from '../inputFile';
import { contractFiles } from '../invoiceBatch';
import { parseStrictJson } from '../strictJson';
import { comparing, invoiceFor, problemsError, readControlInputs } from './controlFiles';

const USAGE =
  'usage: outcome-fees verify --invoice FILE.xlsx|FILE.json --contract FILE|FOLDER [...] --actuals FILE [...] [--json]';

/**
 * The report against the invoice of the period the written one states (`verifyStated`); an error only when
 * none of the periods it states can be invoiced, then the first one's.
 */
function verifyPeriods(
  periods: readonly string[],
  inputs: Inputs,
  io: CliIo,
  verify: (invoice: Invoice) => VerifyReport,
): VerifyReport {
  let failure: unknown;
  const recompute = (period: string) => {
    try {
      return invoiceFor(inputs, period, io);
    } catch (error) {
      failure ??= error;
      return undefined;
    }
  };
  const report = verifyStated(periods, recompute, verify);
  if (report === undefined) throw failure;
  return report;
}

/** What verify found in a file: each invoice's report, and a workbook's Summary or Portfolio sheet's. */
type Report = VerifyReport | SheetReport;

/** The column of the invoice numbers on a year's Summary (B) and on a Portfolio (D). */
const SUMMARY_NUMBER = 1;
const PORTFOLIO_NUMBER = 3;

/** The inputs of the contract an invoice sheet names; the only ones when one contract is given. */
function inputsOfSheet(sheet: WrittenSheet, runs: readonly Inputs[]): Inputs {
  if (runs.length === 1) return runs[0];
  const id = writtenSheetContract(sheet);
  return runs.find((inputs) => contractId(inputs) === id) ?? runs[0];
}

function contractId(inputs: Inputs): string | undefined {
  return inputs.contract.ok ? inputs.contract.value.id : undefined;
}

/**
 * Every invoice sheet of a workbook verified against its contract (the one given, or among several given
 * the one its number names), then its Summary sheet against the Summary the recomputed invoices lay out,
 * and its Portfolio sheet against the Portfolio they lay out. Sheets of contracts not given are left out
 * and named on stderr (a Portfolio listing one of them too: its totals need them all); a workbook holding
 * only other contracts' invoices is an error (`otherContract`).
 */
async function verifyWorkbook(file: string, runs: readonly Inputs[], io: CliIo): Promise<Report[]> {
  const { lang } = runs[0];
  let sheets;
  try {
    sheets = await readWorkbookValues(file);
  } catch (error) {
    throw new CliError(cliTexts(lang).cannotReadWorkbook(file, workbookFailure(error, lang)), 2);
  }
  const invoices = sheets.filter(isInvoiceSheet);
  const portfolio = portfolioSheetOf(sheets);
  // A workbook of correction notes is verified as one, not refused as a workbook without invoices.
  const notesAlone = invoices.length === 0 && portfolio === undefined;
  if (notesAlone && sheets.some((sheet) => noteSheetNumber(sheet.values)))
    return verifyNotes(file, sheets, runs, io, true);
  if (notesAlone)
    throw new CliError(
      verifyTexts(lang).noInvoiceSheet(inputName(file), invoiceSheetLabels(lang).fingerprint),
      2,
    );
  const recomputed = new Map<VerifyReport, Invoice>();
  const reports = invoices.map((sheet) => {
    const periods = writtenSheetPeriods(sheet);
    if (periods.length === 0)
      throw new CliError(cliTexts(lang).sheetWithoutPeriod(inputName(file), sheet.name), 2);
    return verifyPeriods(periods, inputsOfSheet(sheet, runs), io, (invoice) => {
      const report = verifySheet(sheet, invoice, lang);
      recomputed.set(report, invoice);
      return report;
    });
  });
  const own = reports.filter((r) => r.otherContract === undefined);
  const others = reports.filter((r) => r.otherContract !== undefined);
  if (reports.length > 0 && own.length === 0) return reports;
  if (others.length > 0) {
    const sheets = others.map((r) => ({ sheet: r.source, contract: r.otherContract! }));
    io.err(verifyTexts(lang).othersNotVerified(inputName(file), sheets));
  }
  const ownInvoices = own.map((r) => recomputed.get(r)!);
  // A Portfolio written alone (`--summary-only`) has no invoice sheet, and no Summary to lay out.
  const plan = ownInvoices.length > 0 ? summarySheetPlan(ownInvoices) : undefined;
  const summary = plan && sheets.find((sheet) => sheet.name === plan.name);
  // Every invoice a Summary or Portfolio lists keeps its sheet, unless it was written alone (no sheet at all).
  const present = new Set(invoices.map(invoiceSheetNumber).filter((n) => n !== undefined));
  const listed = (report: SheetReport, sheet: WrittenSheet, col: number) =>
    invoices.length === 0 ? report : withMissingSheets(report, sheet, col, present, verifyTexts(lang));
  const summed =
    plan && summary ? [...own, listed(verifyPlanSheet(summary, plan, lang), summary, SUMMARY_NUMBER)] : own;
  const checked = [...summed, ...verifyNotes(file, sheets, runs, io, false)];
  if (portfolio === undefined) return checked;
  const report = verifyPortfolio(file, portfolio, runs, ownInvoices, io);
  return report ? [...checked, listed(report, portfolio, PORTFOLIO_NUMBER)] : checked;
}

/**
 * The correction note sheets of a workbook, filed beside the invoices or `alone`, each checked against its
 * contract's actuals as `verifyNoteSheet` does; a note of a contract not given is named on stderr, as an
 * invoice of one is, or, when every note of a workbook of notes alone is, an error.
 */
function verifyNotes(
  file: string,
  sheets: readonly WrittenSheet[],
  runs: readonly Inputs[],
  io: CliIo,
  alone: boolean,
): SheetReport[] {
  const notes = sheets.flatMap((sheet) => {
    const numbers = isInvoiceSheet(sheet) ? undefined : noteSheetNumber(sheet.values);
    return numbers ? [{ sheet, ...numbers }] : [];
  });
  /** The invoice's sheet a `-C` note corrects, or the previous note's sheet a `-C2`, `-C3` corrects from. */
  const correctedBy = (note: string, invoice: string): CorrectedSheet | undefined => {
    const n = note.slice(invoice.length + 2);
    if (n === '') {
      const sheet = sheets.find((s) => isInvoiceSheet(s) && s.values[2]?.[1] === invoice);
      return sheet && { sheet, kind: 'invoice' };
    }
    const previous = n === '2' ? `${invoice}-C` : `${invoice}-C${Number(n) - 1}`;
    const sheet = notes.find((other) => other.note === previous)?.sheet;
    return sheet && { sheet, kind: 'note' };
  };
  const id = (invoice: string) => contractOfNumber(invoice);
  const inputsOf = (invoice: string) =>
    runs.length === 1 ? runs[0] : runs.find((inputs) => contractId(inputs) === id(invoice));
  const others = notes.filter(({ invoice }) => {
    const inputs = inputsOf(invoice);
    return inputs === undefined || contractId(inputs) !== id(invoice);
  });
  if (alone && others.length === notes.length) {
    const source = `${inputName(file)} (${sheetPrefix(others[0]!.sheet.name)})`;
    const given = runs.map(contractId).filter((id) => id !== undefined);
    const other = id(others[0]!.invoice) ?? others[0]!.invoice;
    throw new CliError(verifyTexts(runs[0].lang).otherContract(source, other, given.join(', ')), 2);
  }
  if (others.length > 0)
    io.err(
      verifyTexts(runs[0].lang).othersNotVerified(
        inputName(file),
        others.map(({ sheet, invoice }) => ({ sheet: sheet.name, contract: id(invoice) ?? invoice })),
      ),
    );
  return notes
    .filter((note) => !others.includes(note))
    .map(({ sheet, invoice, note }) => {
      const inputs = inputsOf(invoice)!;
      const period = periodOfNumber(invoice);
      if (period === undefined) return verifyNoteSheet(sheet, undefined, inputs.lang);
      // The actuals the invoice of that period reads; the values the note prints stand over them.
      const outcome = invoiceOf(inputs, period);
      // An invoice of the period means the contract read.
      if (!outcome.ok || !inputs.contract.ok) throw problemsError(outcome.ok ? [] : outcome.problems);
      const proof = { contract: inputs.contract.value, actuals: outcome.actuals, period };
      return verifyNoteSheet(sheet, proof, inputs.lang, correctedBy(note, invoice));
    });
}

/**
 * The Portfolio sheet against the one the recomputed invoices lay out: every contract and period it lists,
 * with those of the invoice sheets and every contract given (a row or a contract deleted is then missing).
 * Undefined, said on stderr, when it lists a contract not given.
 */
function verifyPortfolio(
  file: string,
  sheet: WrittenSheet,
  runs: readonly Inputs[],
  sheetInvoices: readonly Invoice[],
  io: CliIo,
): SheetReport | undefined {
  const byId = new Map(runs.map((inputs) => [contractId(inputs), inputs]));
  const given = new Set([...byId.keys()].filter((id): id is string => id !== undefined));
  const listed = portfolioListing(sheet, given);
  const strangers = listed.map((l) => l.contract).filter((id) => !given.has(id));
  const { lang } = runs[0];
  if (strangers.length > 0) {
    const unverified = verifyTexts(lang).portfolioNotVerified(inputName(file), sheet.name, strangers);
    // Nothing else in the file was verified: an exit 0 would pass it unread.
    if (sheetInvoices.length === 0) throw new CliError(unverified, 2);
    io.err(unverified);
    return undefined;
  }
  const periods = new Map(listed.map((l) => [l.contract, new Set(l.periods)]));
  for (const id of given) if (!periods.has(id)) periods.set(id, new Set());
  for (const invoice of sheetInvoices) periods.get(invoice.contract.id)?.add(invoice.months[0]);
  const listing = [...periods].map(([contract, months]) => ({ contract, periods: [...months].sort() }));
  const plan = recomputedPortfolio(listing, (id, period) => invoiceFor(byId.get(id)!, period, io));
  return verifyPlanSheet(sheet, plan, lang);
}

/** The inputs of the contract an invoice JSON names; the only ones when one contract is given. */
function inputsOfJson(json: unknown, runs: readonly Inputs[]): Inputs {
  if (runs.length === 1) return runs[0];
  const written = (json ?? {}) as { contract?: { id?: unknown }; number?: unknown };
  const id =
    typeof written.contract?.id === 'string' ? written.contract.id : contractOfNumber(written.number);
  return runs.find((inputs) => contractId(inputs) === id) ?? runs[0];
}

function verifyJsonFile(file: string, text: string, runs: readonly Inputs[], io: CliIo): Report {
  const t = verifyTexts(runs[0].lang);
  const parsed = parseStrictJson(text, runs[0].lang);
  if (!parsed.ok) throw new CliError(t.notAnInvoice(inputName(file), parsed.problem), 2);
  const json = parsed.value;
  if (correctionNoteOf(json)) return verifyNoteJsonFile(file, json, runs);
  const stated = writtenJsonPeriods(json, runs[0].lang);
  if ('problem' in stated) throw new CliError(t.notAnInvoice(inputName(file), stated.problem), 2);
  const inputs = inputsOfJson(json, runs);
  const verify = (invoice: Invoice) => verifyJson(json, invoice, inputName(file), inputs.lang);
  return verifyPeriods(stated.periods, inputs, io, verify);
}

/** A correction note's JSON, proved against its contract (another contract's is an error, as an invoice's). */
function verifyNoteJsonFile(file: string, json: unknown, runs: readonly Inputs[]): SheetReport {
  const inputs = inputsOfJson(json, runs);
  const written = (json as { contract?: { id?: unknown } }).contract?.id;
  if (!inputs.contract.ok) {
    const outcome = invoiceOf(inputs, '');
    throw problemsError(outcome.ok ? [] : outcome.problems);
  }
  const { contract } = inputs;
  if (typeof written === 'string' && written !== contract.value.id) {
    const given = runs.map(contractId).filter((id) => id !== undefined);
    throw new CliError(verifyTexts(inputs.lang).otherContract(inputName(file), written, given.join(', ')), 2);
  }
  const actualsOf = (period: string) => {
    const outcome = invoiceOf(inputs, period);
    if (!outcome.ok) throw problemsError(outcome.problems);
    return outcome.actuals;
  };
  return verifyNoteJson(json, inputName(file), contract.value, actualsOf, inputs.lang);
}

/**
 * The contracts and actuals given, read as `invoice` pairs them for a portfolio: `--contract` repeated or a
 * folder, with one actuals file per contract (in the same order) or one shared file (a Contract column).
 */
async function readRuns(args: ParsedArgs, io: CliIo): Promise<Inputs[]> {
  const contracts = multipleOption(args, 'contract');
  const actuals = multipleOption(args, 'actuals');
  if (contracts.length === 0) throw usageError((t) => t.missingOption('--contract'), USAGE);
  if (actuals.length === 0) throw usageError((t) => t.missingOption('--actuals'), USAGE);
  const { files, nested } = contractFiles(contracts);
  if (nested.length > 0)
    throw new CliError(
      (t) => nested.map(({ folder, files: count }) => t.nestedContracts(folder, count)).join('\n'),
      2,
    );
  if (actuals.length !== 1 && actuals.length !== files.length)
    throw usageError((t) => t.actualsPerContract(files.length, actuals.length), USAGE);
  return allInOrder(
    files.map((file, i) => readControlInputs(file, actuals.length === 1 ? actuals[0] : actuals[i], io)),
  );
}

export const verifyCommand: Command = {
  usage: USAGE,
  options: {
    invoice: { type: 'string' },
    contract: { type: 'string', multiple: true },
    actuals: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  },
  maxPositionals: 0,
  run: (args, io) =>
    comparing(async (): Promise<ExitCode> => {
      const invoiceFile = requiredOption(args, 'invoice', USAGE);
      const runs = await readRuns(args, io);
      const bytes = await readBytes(invoiceFile, 2);
      const workbook = isWorkbook(bytes);
      const reports = workbook
        ? await verifyWorkbook(invoiceFile, runs, io)
        : [verifyJsonFile(invoiceFile, textOf(bytes, invoiceFile, 2), runs, io)];
      // Another contract's invoice has nothing to be verified against this one: every line would differ.
      const other = reports.find(
        (r): r is VerifyReport => 'otherContract' in r && r.otherContract !== undefined,
      );
      if (other) {
        const name = inputName(invoiceFile);
        const source = workbook ? `${name} (${sheetPrefix(other.source)})` : name;
        const given = runs.map(contractId).filter((id) => id !== undefined);
        throw new CliError(
          verifyTexts(runs[0].lang).otherContract(source, other.otherContract!, given.join(', ')),
          2,
        );
      }
      if (args.values.json) {
        io.out(JSON.stringify(reports, null, 2));
      } else {
        io.out(reports.flatMap((r) => r.lines).join('\n'));
      }
      return reports.every((r) => r.clean) ? 0 : 1;
    }),
};
