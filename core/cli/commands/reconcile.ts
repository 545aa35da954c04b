/**
 * `outcome-fees reconcile`: the supplier's invoice (CSV or .xlsx) against the invoice the contract gives
 * for the period. Prints each line's status and the dispute notes (or JSON with `--json`), writes a
 * Reconciliation sheet with `-o`; exit 0 when everything matches, 1 on a difference, 2 on an error.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Language } from '../../contract/types';
import type { Issue, Result } from '../../contract/issues';
import { lineMappingFromCsv, readLineMapping, type LineMapping } from '../../control/lineMapping';
import { unmatchedMappingEntries } from '../../control/mappingUse';
import { reconcile, reconciliationToJson, type Reconciliation } from '../../control/reconcile';
import { readToleranceAnyMark } from '../../control/toleranceText';
import {
  readSupplierInvoice,
  supplierInvoiceFromCsv,
  type SupplierInvoice,
} from '../../control/supplierInvoice';
import { cliTexts } from '../../i18n/cli';
import { formatAmount } from '../../i18n/numberFormat';
import { reconciliationTexts } from '../../i18n/reconciliation';
import { reconciliationSheetPlan } from '../../layout/reconciliationSheet';
import { dec, type Dec } from '../../money';
import { readWorkbookValues, refuseUncalculated, type ReadSheet } from '../../xlsx/readWorkbook';
import { workbookBuffer } from '../../xlsx/writeWorkbook';
import { requiredOption, stringOption } from '../args';
import { CliError, usageError, workbookFailure } from '../cliError';
import type { Command } from '../command';
import type { CliIo, ExitCode } from '../io';
import { checkOutputFile, writeFileAtomic } from '../outputFile';
import { checkPeriodSpelling, requiredPeriod } from '../periodArgs';
import { comparing, invoiceFor, problemsError, readControlInputs } from './controlFiles';
import { STANDARD_INPUT, isWorkbook, readBytes, textOf, inputName } from '../inputFile';
import { shownPath } from '../shown';

const USAGE =
  'usage: outcome-fees reconcile --contract FILE --actuals FILE --period YYYY-MM|YYYY-Qn|YYYY-Hn --supplier FILE.csv|FILE.xlsx [--mapping FILE.csv] [--tolerance 0.00] [--json] [-o FILE.xlsx]';

/** The mapping kept beside the contract: `contract.json` → `contract.mapping.csv`. */
export function defaultMappingFile(contractFile: string): string {
  const stem = basename(contractFile, extname(contractFile));
  return join(dirname(contractFile), `${stem}.mapping.csv`);
}

/**
 * The first visible sheet of a workbook, the way a supplier sends a one-sheet invoice. When there are
 * others, which one was read is said on stderr: a cover or a detail sheet placed first would be read instead.
 */
async function firstSheet(file: string, bytes: Buffer, io: CliIo, lang: Language): Promise<ReadSheet> {
  const t = cliTexts(lang);
  let visible;
  try {
    visible = (await readWorkbookValues(bytes)).filter((s) => s.state === 'visible');
    if (visible[0]) refuseUncalculated(visible[0]);
  } catch (error) {
    throw new CliError(t.cannotReadWorkbook(file, workbookFailure(error, lang)), 2);
  }
  const [sheet] = visible;
  if (!sheet) throw new CliError(t.noVisibleSheet(file), 2);
  const others = visible.slice(1).map((s) => s.name);
  if (others.length > 0) io.err(t.firstSheetRead(inputName(file), sheet.name, others));
  return sheet;
}

/** Reads a table file, CSV or .xlsx, with the reader for each. */
async function readTable<T>(
  file: string,
  fromCsv: (text: string, name: string) => Result<T>,
  fromGrid: (sheet: ReadSheet) => Result<T>,
  io: CliIo,
  lang: Language,
): Promise<T> {
  const bytes = await readBytes(file, 2);
  const read = isWorkbook(bytes)
    ? fromGrid(await firstSheet(file, bytes, io, lang))
    : fromCsv(textOf(bytes, file, 2), inputName(file));
  if (!read.ok) {
    const prefix = isWorkbook(bytes) ? `${inputName(file)}: ` : '';
    throw problemsError(read.issues.map((issue) => `${prefix}${issue.message}`));
  }
  return read.value;
}

function toleranceOf(text: string | undefined): Dec {
  if (text === undefined) return dec(0);
  const read = readToleranceAnyMark(text);
  if (read === undefined) throw usageError((t) => t.toleranceMust(text), USAGE);
  if ('ambiguous' in read)
    throw usageError((t) => t.optionAmbiguous('--tolerance', text, read.ambiguous), USAGE);
  return read.tolerance;
}

/** The reconciliation as lines a terminal shows: one per line, then the message to the supplier. */
function textReport(r: Reconciliation, supplierFile: string, mappingFile: string | undefined): string {
  const { currency, language } = r.invoice.contract;
  const t = reconciliationTexts(language);
  const c = cliTexts(language);
  const amount = (value: Dec | null) => (value === null ? '—' : formatAmount(value, currency, language));
  const rows = [...r.lines, ...r.totals].map((l) => [
    t.status[l.status],
    l.label,
    amount(l.billed),
    amount(l.due),
    `${l.difference.gt(0) ? '+' : ''}${amount(l.difference)}`,
  ]);
  // Headed as the Reconciliation sheet's columns are: Status, Line, Invoiced, Due, Difference.
  const [line, , status, invoiced, due, difference] = t.columns;
  const header = [status, line, invoiced, due, difference];
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c].length)));
  const table = [header, ...rows].map((row) =>
    row
      .map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd(),
  );
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const title = c.reconciliationHeading(supplierFile, r.invoice.number, currency, amount(r.tolerance));
  const heading = mappingFile ? c.withMapping(title, mappingFile) : title;
  const summary = c.reconciliationSummary(r.differences);
  const hidden = r.hiddenRows.length > 0 ? [t.hiddenRows(r.hiddenRows)] : [];
  const [head, ...body] = table;
  return [heading, head, rule, ...body, summary, ...hidden, ...(r.message ? ['', r.message] : [])].join('\n');
}

export const reconcileCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string' },
    actuals: { type: 'string' },
    period: { type: 'string' },
    supplier: { type: 'string' },
    mapping: { type: 'string' },
    tolerance: { type: 'string' },
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  },
  maxPositionals: 0,
  run: (args, io) =>
    comparing(async (): Promise<ExitCode> => {
      checkPeriodSpelling(args, ['period'], USAGE);
      const contractFile = requiredOption(args, 'contract', USAGE);
      const actualsFile = requiredOption(args, 'actuals', USAGE);
      const period = requiredPeriod(args, 'period', USAGE);
      const supplierFile = requiredOption(args, 'supplier', USAGE);
      const tolerance = toleranceOf(stringOption(args, 'tolerance'));
      const given = stringOption(args, 'mapping');
      const beside = defaultMappingFile(contractFile);
      // A contract read from standard input has no folder to keep a mapping in.
      const besideUsed = contractFile !== STANDARD_INPUT && existsSync(beside);
      const mappingFile = given ?? (besideUsed ? beside : undefined);
      const out = stringOption(args, 'output');
      const inputs = [contractFile, actualsFile, supplierFile, ...(mappingFile ? [mappingFile] : [])];
      const target = out === undefined ? undefined : checkOutputFile(out, '.xlsx', inputs, USAGE);

      const read = await readControlInputs(contractFile, actualsFile, io);
      const invoice = invoiceFor(read, period, io);
      // The supplier's file and the mapping are said wrong in the contract's language, as its actuals are.
      const lang = invoice.contract.language;
      const supplier = await readTable<SupplierInvoice>(
        supplierFile,
        (text, name) => supplierInvoiceFromCsv(text, name, lang),
        ({ values, name, numberFormats, hiddenRows }) =>
          readSupplierInvoice(values, { sheet: name, lang, numberFormats, hiddenRows, sheetNamed: true }),
        io,
        lang,
      );
      const mapping =
        mappingFile === undefined
          ? undefined
          : await readTable<LineMapping>(
              mappingFile,
              (text, name) => lineMappingFromCsv(text, name, lang),
              ({ values, name }) => readLineMapping(values, { sheet: name, lang }),
              io,
              lang,
            );
      // A workbook's cells are named by its sheet: its file is said first, as for the problems read.
      const inFile = (file: string) => (issue: Issue) =>
        issue.sheet === inputName(file) ? issue.message : `${inputName(file)}: ${issue.message}`;
      const misspelt = mapping ? unmatchedMappingEntries(invoice, supplier, mapping) : [];
      if (misspelt.length > 0) throw problemsError(misspelt.map(inFile(mappingFile!)));
      const result = reconcile(invoice, supplier, { mapping, tolerance });
      if (!result.ok) throw problemsError(result.issues.map(inFile(supplierFile)));
      const reconciliation = result.value;
      // Read without being named: said beside the result it made (its own problems name it already), so a
      // mapping kept for another supplier never changes a result unseen.
      if (given === undefined && mappingFile !== undefined)
        io.err(cliTexts(lang).mappingBeside(inputName(mappingFile), inputName(contractFile)));

      if (target !== undefined) {
        await writeFileAtomic(target, await workbookBuffer([reconciliationSheetPlan(reconciliation)]), io.fs);
      }
      if (args.values.json) {
        const json = { ...(reconciliationToJson(reconciliation) as object), mapping: mappingFile ?? null };
        io.out(JSON.stringify(json, null, 2));
      } else {
        io.out(textReport(reconciliation, inputName(supplierFile), mappingFile && inputName(mappingFile)));
        if (target !== undefined) io.out(cliTexts(lang).wrote(shownPath(target)));
      }
      return reconciliation.differences === 0 ? 0 : 1;
    }),
};
