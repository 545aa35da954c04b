/**
 * The contract and actuals a command is given: a contract JSON file or a workbook's Contract sheet, an
 * actuals CSV file or a workbook's Actuals sheet. A workbook is known by its content (an .xlsx is a zip),
 * not its name, so `--contract demo.xlsx` and a workbook saved under another name both read as one.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { actualsFromCsv } from '../contract/csv';
import { actualsFromSheet, contractFromSheet } from '../contract/fromSheet';
import type { Result } from '../contract/issues';
import { loadContract } from '../contract/json';
import type { Actuals, Contract } from '../contract/types';
import { readContractWorkbook, type ContractWorkbook, type FoundSheet } from '../xlsx/readContractWorkbook';
import { CliError, oneLine } from './cliError';
import { fileErrorReason } from './outputFile';

/** What was read: each part parsed (with every issue), and where it was read from. */
export interface Inputs {
  readonly contract: Result<Contract>;
  readonly actuals: Result<Actuals>;
  /** `contract.json`, `demo.xlsx (sheet Contract)`: for the messages that say what was read. */
  readonly contractSource: string;
  readonly actualsSource: string;
}

type Source =
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | { readonly kind: 'workbook'; readonly name: string; readonly workbook: ContractWorkbook };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function readSource(file: string, cache: Map<string, Promise<Source>>): Promise<Source> {
  const cached = cache.get(file);
  if (cached) return cached;
  const read = (async (): Promise<Source> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${fileErrorReason(error)}`);
    }
    const name = basename(file);
    if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) return { kind: 'text', name, text: bytes.toString('utf8') };
    try {
      return { kind: 'workbook', name, workbook: await readContractWorkbook(bytes) };
    } catch (error) {
      throw new CliError(`cannot read ${file} as an .xlsx workbook: ${oneLine(error)}`);
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
  const names = source.workbook.sheetNames.map((n) => `"${n}"`).join(', ');
  const title = part === 'contract' ? 'Contract' : 'Actuals';
  throw new CliError(`${source.name} has no ${title} sheet (its sheets: ${names || 'none'})`);
}

/** A workbook issue names the file too: `demo.xlsx: Contract!H7 (Target): expected a number`. */
function inFile<T>(result: Result<T>, file: string): Result<T> {
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ ...issue, message: `${file}: ${issue.message}` })),
  };
}

/**
 * Reads and parses the contract and the actuals (the same workbook may hold both). The actuals are read
 * even when the contract has problems, so every problem of both is reported at once. Throws a CliError
 * when a file cannot be read or a workbook lacks the sheet.
 */
export async function readInputs(contractFile: string, actualsFile: string): Promise<Inputs> {
  const cache = new Map<string, Promise<Source>>();
  const [contractIn, actualsIn] = await Promise.all([
    readSource(contractFile, cache),
    readSource(actualsFile, cache),
  ]);

  let contract: Result<Contract>;
  let contractSource = contractIn.name;
  if (contractIn.kind === 'text') {
    contract = inFile(loadContract(contractIn.text), contractIn.name);
  } else {
    const sheet = sheetOf(contractIn, 'contract');
    contract = inFile(contractFromSheet(sheet.grid, { sheet: sheet.name }), contractIn.name);
    contractSource = `${contractIn.name} (sheet ${sheet.name})`;
  }

  const parsed = contract.ok ? contract.value : undefined;
  let actuals: Result<Actuals>;
  let actualsSource = actualsIn.name;
  if (actualsIn.kind === 'text') {
    actuals = actualsFromCsv(actualsIn.text, parsed, { file: actualsIn.name });
  } else {
    const sheet = sheetOf(actualsIn, 'actuals');
    actuals = inFile(actualsFromSheet(sheet.grid, parsed, { sheet: sheet.name }), actualsIn.name);
    actualsSource = `${actualsIn.name} (sheet ${sheet.name})`;
  }
  return { contract, actuals, contractSource, actualsSource };
}

/** Every issue of the inputs, contract first, as lines ready to print. */
export function inputProblems(inputs: Inputs): string[] {
  return [inputs.contract, inputs.actuals].flatMap((result) =>
    result.ok ? [] : result.issues.map((issue) => issue.message),
  );
}
