/** Reading an input file: its bytes, and whether they are a workbook, for every command that takes files. */
import { readFile } from 'node:fs/promises';
import { CliError } from './cliError';
import { fileErrorReason } from './outputFile';

/** A file's bytes, or a CliError naming it with `exitCode` (2 for the commands that answer as `diff`). */
export async function readBytes(file: string, exitCode: 1 | 2 = 1): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${fileErrorReason(error)}`, exitCode);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An .xlsx file is a zip: known by its content, whatever its name. */
export function isWorkbook(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC);
}

/**
 * Every read's value, in order; on failure, the failure of the first read named (not whichever the disk
 * answered first, which `Promise.all` would give), so one run always says the same thing.
 */
export async function allInOrder<T>(reads: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(reads);
  for (const read of settled) if (read.status === 'rejected') throw read.reason;
  return settled.map((read) => (read as PromiseFulfilledResult<T>).value);
}
