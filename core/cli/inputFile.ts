/** Reading an input file: its bytes, its text, and whether it is a workbook, for every command that takes files. */
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError, type Said } from './cliError';
import { fileErrorReason } from './outputFile';

/**
 * Input files are read whole and every row is checked: past this size a file is refused at once rather
 * than parsed for a minute or more (a year of 1,000 contracts' actuals is under 2 MB, read in seconds).
 */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * An .xlsx is a zip of XML: a few megabytes can unpack to hundreds (20 MB of sheet XML takes exceljs half
 * a minute and a gigabyte), so a workbook is also refused past this much content once unpacked.
 */
export const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

/** A file's bytes, or a CliError naming it with `exitCode` (2 for the commands that answer as `diff`). */
export async function readBytes(file: string, exitCode: 1 | 2 = 1): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_INPUT_BYTES)
      throw new CliError((t) => t.cannotRead(file, t.tooLargeToRead(size, MAX_INPUT_BYTES)), exitCode);
    const bytes = await readAtMost(handle, MAX_INPUT_BYTES);
    if (bytes === undefined)
      throw new CliError((t) => t.cannotRead(file, t.readsPastLimit(MAX_INPUT_BYTES)), exitCode);
    const unpacked = isWorkbook(bytes) ? unpackedSize(bytes) : 0;
    if (unpacked === Infinity) throw new CliError((t) => t.cannotRead(file, t.zipWithoutSizes), exitCode);
    if (unpacked > MAX_UNPACKED_BYTES)
      throw new CliError(
        (t) => t.cannotRead(file, t.unpacksTooLarge(unpacked, MAX_UNPACKED_BYTES)),
        exitCode,
      );
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((t) => t.cannotRead(file, fileErrorReason(error, t)), exitCode);
  } finally {
    await handle?.close();
  }
}

/**
 * The bytes of an open file, or undefined past `limit`: a device or a pipe states no size (`/dev/zero` has
 * 0), and reading one whole never ended, the memory growing until the process was killed.
 */
async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    total += bytesRead;
    if (total > limit) return undefined;
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an Excel 97-2003 .xls, or an .xlsx saved with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF16_LE = Buffer.from([0xff, 0xfe]);
const UTF16_BE = Buffer.from([0xfe, 0xff]);

/** An .xlsx file is a zip: known by its content, whatever its name. */
export function isWorkbook(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC);
}

/**
 * What a zip's entries unpack to, from its central directory (sizes as the zip states them; a ZIP64 entry
 * or a directory that cannot be read counts as too large): the sum is known before anything is inflated.
 */
export function unpackedSize(zip: Buffer): number {
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  // The end record is the last 22 bytes, followed by a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === END) {
      end = at;
      break;
    }
  if (end < 0) return Infinity;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== ENTRY) return Infinity;
    const size = zip.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

/**
 * The text of a file that is not a workbook. A byte-order mark is no content: UTF-8's is dropped (Excel's
 * "CSV UTF-8" and Notepad write one), UTF-16 is decoded by its mark ("Unicode text" exports). Anything
 * else must be UTF-8: a Windows-1252 export would turn "Délai" into another name, so it is refused, naming
 * the line, as is a binary file.
 */
export function textOf(bytes: Buffer, file: string, exitCode: 1 | 2 = 1): string {
  const name = basename(file);
  const refuse = (why: Said) => new CliError((t) => t.cannotRead(name, why(t)), exitCode);
  // The callers that take a workbook have read it as one already.
  if (isWorkbook(bytes)) throw refuse((t) => t.workbookNotText);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) throw refuse((t) => t.oldWorkbook);
  let text: string;
  if (bytes.subarray(0, 2).equals(UTF16_LE)) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes.subarray(0, 2).equals(UTF16_BE))
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const line = bytes.toString('utf8').split('\uFFFD')[0].split('\n').length;
      throw refuse((t) => t.notUtf8(line));
    }
  }
  if (text.includes('\u0000')) throw refuse((t) => t.nulBytes);
  return text;
}

/** A text file's text (see `textOf`), or a CliError naming it. */
export async function readText(file: string, exitCode: 1 | 2 = 1): Promise<string> {
  return textOf(await readBytes(file, exitCode), file, exitCode);
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
