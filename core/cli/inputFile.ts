/** Reading an input file: its bytes, its text, and whether it is a workbook, for every command that takes files. */
import { open, type FileHandle } from 'node:fs/promises';
import { statSync } from 'node:fs';
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

/** The input name that means standard input, as for cat and most tools. */
export const STANDARD_INPUT = '-';

/** An input as its messages name it: the file's name, `stdin` for standard input. */
export function inputName(file: string): string {
  return file === STANDARD_INPUT ? 'stdin' : basename(file);
}

/** What standard input is read from: the process's, or a test's stream. */
export type InputStream = AsyncIterable<Buffer | string> & { readonly isTTY?: boolean };

/**
 * The inputs of this run that cannot be read twice, by device and inode (`-` for standard input): a named
 * pipe (`<(…)` too), a device, a socket. A run may read an input more than once (its contract's language
 * first, or again to word a failure), and a second open of a pipe waits for a writer that has gone: the run
 * hung. Each is read once, its bytes or its failure kept until the next run (`beginRun`). A regular file is
 * read afresh each time: it may have been edited between two runs in one process.
 */
const streams = new Map<string, Promise<Buffer>>();
let standardInput: InputStream = process.stdin;

/** Forgets the previous run's streams; `stdin` is what `-` reads from. */
export function beginRun(stdin: InputStream = process.stdin): void {
  streams.clear();
  standardInput = stdin;
}

/** The key a stream is kept under, undefined for a regular file, a folder or a path that is not there. */
function streamKey(file: string): string | undefined {
  if (file === STANDARD_INPUT) return file;
  try {
    const stats = statSync(file);
    return stats.isFile() || stats.isDirectory() ? undefined : `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/** A file's bytes, or a CliError naming it with `exitCode` (2 for the commands that answer as `diff`). */
export async function readBytes(file: string, exitCode: 1 | 2 = 1): Promise<Buffer> {
  const key = streamKey(file);
  if (key === undefined) return readFileBytes(file, exitCode);
  let read = streams.get(key);
  if (read === undefined) {
    read = file === STANDARD_INPUT ? readStandardInput() : readFileBytes(file, 1);
    // Kept settled either way; the caller that awaits it reports it.
    read.catch(() => undefined);
    streams.set(key, read);
  }
  try {
    return await read;
  } catch (error) {
    throw error instanceof CliError ? error.withExitCode(exitCode) : error;
  }
}

async function readFileBytes(file: string, exitCode: 1 | 2): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_INPUT_BYTES)
      throw new CliError((t) => t.cannotRead(file, t.tooLargeToRead(size, MAX_INPUT_BYTES)), exitCode);
    const bytes = await readAtMost(handle, MAX_INPUT_BYTES);
    if (bytes === undefined)
      throw new CliError((t) => t.cannotRead(file, t.readsPastLimit(MAX_INPUT_BYTES)), exitCode);
    return checkedWorkbook(bytes, file, exitCode);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((t) => t.cannotRead(file, fileErrorReason(error, t)), exitCode);
  } finally {
    await handle?.close();
  }
}

/**
 * Standard input's bytes, as bounded as a file's. A terminal is refused rather than waited on: a user who
 * typed `-` without a pipe would see the command hang.
 */
async function readStandardInput(): Promise<Buffer> {
  const name = inputName(STANDARD_INPUT);
  if (standardInput.isTTY) throw new CliError((t) => t.cannotRead(name, t.stdinIsTerminal));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of standardInput) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > MAX_INPUT_BYTES)
        throw new CliError((t) => t.cannotRead(name, t.readsPastLimit(MAX_INPUT_BYTES)));
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((t) => t.cannotRead(name, fileErrorReason(error, t)));
  }
  return checkedWorkbook(Buffer.concat(chunks, total), STANDARD_INPUT, 1);
}

/** `bytes` unless they are a workbook unpacking past the limit, or one whose sizes cannot be known. */
function checkedWorkbook(bytes: Buffer, file: string, exitCode: 1 | 2): Buffer {
  const unpacked = isWorkbook(bytes) ? unpackedSize(bytes) : 0;
  const name = file === STANDARD_INPUT ? inputName(file) : file;
  if (unpacked === Infinity) throw new CliError((t) => t.cannotRead(name, t.zipWithoutSizes), exitCode);
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new CliError((t) => t.cannotRead(name, t.unpacksTooLarge(unpacked, MAX_UNPACKED_BYTES)), exitCode);
  return bytes;
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
  const name = inputName(file);
  const refuse = (why: Said) => new CliError((t, lang) => t.cannotRead(name, why(t, lang)), exitCode);
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
