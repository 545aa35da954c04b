import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { actualsFromCsv } from '../../contract/csv';
import { loadContract } from '../../contract/json';
import { buildInvoice } from '../../invoice/buildInvoice';
import { invoiceToJson } from '../../invoice/toJson';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import type { CliIo, ExitCode } from '../io';

const USAGE =
  'usage: outcome-fees invoice --contract contract.json --actuals actuals.csv --period YYYY-MM [-o invoice.xlsx | --json]';

function readText(file: string, io: CliIo): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`cannot read ${file}: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * `outcome-fees invoice`: the invoice of one period from a contract file and an actuals CSV, printed as JSON
 * or written as an .xlsx invoice sheet. Every problem of the contract, the actuals or the invoice is listed.
 */
export async function invoiceCommand(options: Map<string, string | true>, io: CliIo): Promise<ExitCode> {
  const contractFile = options.get('contract');
  const actualsFile = options.get('actuals');
  const period = options.get('period');
  const out = options.get('o');
  if (
    typeof contractFile !== 'string' ||
    typeof actualsFile !== 'string' ||
    typeof period !== 'string' ||
    out === true
  ) {
    io.err(USAGE);
    return 2;
  }
  const contractText = readText(contractFile, io);
  const actualsText = readText(actualsFile, io);
  if (contractText === undefined || actualsText === undefined) return 1;

  const contract = loadContract(contractText);
  if (!contract.ok) {
    io.err(contract.issues.map((i) => `${basename(contractFile)}: ${i.message}`).join('\n'));
    return 1;
  }
  const actuals = actualsFromCsv(actualsText, contract.value, { file: basename(actualsFile) });
  if (!actuals.ok) {
    io.err(actuals.issues.map((i) => i.message).join('\n'));
    return 1;
  }
  const result = buildInvoice(contract.value, actuals.value, period);
  if (!result.ok) {
    io.err(result.problems.join('\n'));
    return 1;
  }
  if (typeof out === 'string') {
    await writeWorkbook([invoiceSheetPlan(result.invoice)], out);
    io.out(
      `Wrote ${out}: invoice ${result.invoice.number}, total ${result.invoice.total.toFixed(2)} ${result.invoice.contract.currency}`,
    );
  } else {
    io.out(JSON.stringify(invoiceToJson(result.invoice), null, 2));
  }
  return 0;
}
