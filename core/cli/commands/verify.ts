/**
 * `outcome-fees verify`: is an invoice written by outcome-fees (.xlsx or JSON) still what the contract and
 * actuals give? Every invoice sheet of the workbook (or the JSON) is recomputed for its period and compared:
 * each edited line or amount is reported with its cell or field, and whether the fingerprint matches.
 * Exit 0 when untouched, 1 on a difference, 2 on an error.
 */
import { basename } from 'node:path';
import { summarySheetPlan } from '../../layout/summarySheet';
import {
  verifyJson,
  verifyPlanSheet,
  type SheetReport,
  verifySheet,
  isInvoiceSheet,
  verifyStated,
  writtenJsonPeriods,
  writtenSheetPeriods,
  type VerifyReport,
} from '../../control/verify';
import { correctionNoteOf } from '../../control/issuedInvoice';
import { cliTexts } from '../../i18n/cli';
import { invoiceSheetLabels } from '../../i18n/invoiceSheet';
import { verifyTexts } from '../../i18n/verify';
import { sheetPrefix } from '../../contract/issues';
import { readWorkbookValues } from '../../xlsx/readWorkbook';
import { requiredOption } from '../args';
import { CliError } from '../cliError';
import type { Command } from '../command';
import type { CliIo, ExitCode } from '../io';
import type { Inputs } from '../inputs';
import type { Invoice } from '../../invoice/types';
import { isWorkbook, readBytes, textOf } from '../inputFile';
import { parseStrictJson } from '../strictJson';
import { comparing, invoiceFor, readControlInputs } from './controlFiles';

const USAGE =
  'usage: outcome-fees verify --invoice FILE.xlsx|FILE.json --contract FILE --actuals FILE [--json]';

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

/** What verify found in a file: each invoice's report, and a workbook's Summary sheet's. */
type Report = VerifyReport | SheetReport;

/**
 * Every invoice sheet of a workbook verified, then its Summary sheet against the Summary the recomputed
 * invoices lay out. A portfolio's sheets of other contracts are left out and named on stderr; a workbook
 * holding only other contracts' invoices is an error (`otherContract`).
 */
async function verifyWorkbook(file: string, inputs: Inputs, io: CliIo): Promise<Report[]> {
  const { lang } = inputs;
  let sheets;
  try {
    sheets = await readWorkbookValues(file);
  } catch (error) {
    throw new CliError(cliTexts(lang).cannotReadWorkbook(file, (error as Error).message), 2);
  }
  const invoices = sheets.filter(isInvoiceSheet);
  if (invoices.length === 0)
    throw new CliError(
      verifyTexts(lang).noInvoiceSheet(basename(file), invoiceSheetLabels(lang).fingerprint),
      2,
    );
  const recomputed = new Map<VerifyReport, Invoice>();
  const reports = invoices.map((sheet) => {
    const periods = writtenSheetPeriods(sheet);
    if (periods.length === 0)
      throw new CliError(cliTexts(lang).sheetWithoutPeriod(basename(file), sheet.name), 2);
    return verifyPeriods(periods, inputs, io, (invoice) => {
      const report = verifySheet(sheet, invoice, lang);
      recomputed.set(report, invoice);
      return report;
    });
  });
  const own = reports.filter((r) => r.otherContract === undefined);
  const others = reports.filter((r) => r.otherContract !== undefined);
  if (own.length === 0) return reports;
  if (others.length > 0) {
    const sheets = others.map((r) => ({ sheet: r.source, contract: r.otherContract! }));
    io.err(verifyTexts(lang).othersNotVerified(basename(file), sheets));
  }
  const plan = summarySheetPlan(own.map((r) => recomputed.get(r)!));
  const summary = sheets.find((sheet) => sheet.name === plan.name);
  return summary ? [...own, verifyPlanSheet(summary, plan, lang)] : own;
}

function verifyJsonFile(file: string, text: string, inputs: Inputs, io: CliIo): VerifyReport {
  const t = verifyTexts(inputs.lang);
  const parsed = parseStrictJson(text);
  if (!parsed.ok) throw new CliError(t.notAnInvoice(basename(file), parsed.problem), 2);
  const json = parsed.value;
  const note = correctionNoteOf(json);
  if (note) throw new CliError(t.noteNotInvoice(basename(file), note.number, note.corrects), 2);
  const stated = writtenJsonPeriods(json);
  if ('problem' in stated) throw new CliError(t.notAnInvoice(basename(file), stated.problem), 2);
  const verify = (invoice: Invoice) => verifyJson(json, invoice, basename(file), inputs.lang);
  return verifyPeriods(stated.periods, inputs, io, verify);
}

export const verifyCommand: Command = {
  usage: USAGE,
  options: {
    invoice: { type: 'string' },
    contract: { type: 'string' },
    actuals: { type: 'string' },
    json: { type: 'boolean' },
  },
  maxPositionals: 0,
  run: (args, io) =>
    comparing(async (): Promise<ExitCode> => {
      const invoiceFile = requiredOption(args, 'invoice', USAGE);
      const inputs = await readControlInputs(
        requiredOption(args, 'contract', USAGE),
        requiredOption(args, 'actuals', USAGE),
        io,
      );
      const bytes = await readBytes(invoiceFile, 2);
      const workbook = isWorkbook(bytes);
      const reports = workbook
        ? await verifyWorkbook(invoiceFile, inputs, io)
        : [verifyJsonFile(invoiceFile, textOf(bytes, invoiceFile, 2), inputs, io)];
      // Another contract's invoice has nothing to be verified against this one: every line would differ.
      const other = reports.find(
        (r): r is VerifyReport => 'otherContract' in r && r.otherContract !== undefined,
      );
      if (other) {
        const name = basename(invoiceFile);
        const source = workbook ? `${name} (${sheetPrefix(other.source)})` : name;
        const given = inputs.contract.ok ? inputs.contract.value.id : '';
        throw new CliError(verifyTexts(inputs.lang).otherContract(source, other.otherContract!, given), 2);
      }
      if (args.values.json) {
        io.out(JSON.stringify(reports, null, 2));
      } else {
        io.out(reports.flatMap((r) => r.lines).join('\n'));
      }
      return reports.every((r) => r.clean) ? 0 : 1;
    }),
};
