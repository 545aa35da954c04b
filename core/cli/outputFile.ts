/**
 * Where the CLI writes: an output file is checked before any work (a name, the right extension, an
 * existing folder, not a folder, not one of the inputs) and written atomically, to a temporary file beside
 * it that is then renamed over it, so a failed write leaves the previous file as it was.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, promises as fsp, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { cliTexts, type CliTexts } from '../i18n/cli';
import { CliError, usageError } from './cliError';
import { shownPath } from './shown';

/** The file system calls an atomic write makes; tests inject a failing one (a full disk). */
export interface WriteFs {
  writeFile(path: string, data: Uint8Array | string, options: { flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

const NODE_FS: WriteFs = {
  writeFile: (path, data, options) => fsp.writeFile(path, data, options),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
};

/**
 * A file error in words, from Node's error code (its message names a temporary path): `no space left on
 * the device`, else Node's message.
 */
export function fileErrorReason(error: unknown, t: CliTexts = cliTexts('en')): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code !== undefined && Object.hasOwn(t.fileReasons, code) ? t.fileReasons[code] : undefined;
  return known ?? String((error as Error)?.message ?? error).split('\n')[0];
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The stats of the -o file, undefined when there is none yet; a name the file system refuses (too long)
 * is said now, not at the write after the work.
 */
function targetStats(file: string, target: string): Stats | undefined {
  try {
    return statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError((t) => t.cannotWrite(file, fileErrorReason(error, t)));
  }
}

/**
 * Checks `-o FILE` before anything is computed and returns its absolute path. Refused: an empty name, an
 * extension other than `extension`, a missing folder, a folder, and any of `inputs` under another name
 * (`./`, a symbolic or hard link, another case on a case-insensitive disk): the same file is the same
 * device and inode, whatever its path. A folder the user cannot write, and an existing file with no write
 * permission, are refused too.
 */
export function checkOutputFile(
  file: string,
  extension: string,
  inputs: readonly string[],
  usage: string,
): string {
  if (file.trim() === '') throw usageError((t) => t.outputNeedsName('-o'), usage);
  // extname('x.xlsx/') is '.xlsx': a name ending in a slash is a folder's, and would write x.xlsx.
  if (/[\\/]$/.test(file) || extname(file).toLowerCase() !== extension)
    throw usageError((t) => t.outputExtension('-o', file, extension), usage);
  const target = resolve(file);
  const folder = statOrUndefined(dirname(target));
  if (!folder) throw new CliError((t) => t.noFolder(file, dirname(target)));
  if (!folder.isDirectory()) throw new CliError((t) => t.notAFolder(file, dirname(target)));
  // The write needs the folder's permission (the file's own is checked below): found here, not after the work.
  try {
    accessSync(dirname(target), constants.W_OK);
  } catch (error) {
    throw new CliError((t) => t.cannotWrite(file, fileErrorReason(error, t)));
  }
  const existing = targetStats(file, target);
  if (existing?.isDirectory()) throw new CliError((t) => t.outputIsFolder(file));
  if (existing) {
    for (const input of inputs) {
      const stats = statOrUndefined(input);
      if (stats && stats.dev === existing.dev && stats.ino === existing.ino)
        throw new CliError((t) => t.outputIsInput(file, input));
    }
    // The rename of an atomic write replaces a file whatever its own permission: one made read-only to
    // keep it (an issued invoice) would be lost without a word.
    if ((existing.mode & 0o222) === 0) throw new CliError((t) => t.outputReadOnly(file));
  }
  return target;
}

/**
 * Creates `folder`, where `file` is to go, if it is not there (`demo`'s out/, `docs`'s docs/). A file
 * standing in its place is said as the folder it is not, any other failure (a read-only folder) as `file`
 * that cannot be written; both named as the user would type them from here.
 */
export function makeFolderFor(folder: string, file: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError((t) =>
      code === 'EEXIST' || code === 'ENOTDIR'
        ? t.notAFolder(shownPath(file), shownPath(folder))
        : t.cannotWrite(shownPath(file), fileErrorReason(error, t)),
    );
  }
}

/** The exit status of a process ended by a signal, as a shell gives it (128 + its number). */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** The temporary files of the atomic writes under way, removed if the run is interrupted. */
const pending = new Set<string>();

/**
 * Ctrl-C (or a kill, or the terminal closed) during a write: Node's default would end the process at
 * once, leaving a hidden `.NAME.….tmp` beside the output. Its temporary files are removed first, and the
 * process ends with the status the signal gives (130 for SIGINT, 143 for SIGTERM).
 */
function interrupted(signal: NodeJS.Signals): void {
  removePendingTemporaries();
  process.exit(SIGNAL_EXIT[signal]);
}

/** Removes the temporary file of every write under way (what an interruption does before it exits). */
export function removePendingTemporaries(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
  listening(false);
}

/** The signal handlers, there while a write is under way (and only then: Ctrl-C ends a run as before). */
function listening(on: boolean): void {
  for (const signal of Object.keys(SIGNAL_EXIT))
    if (on) process.on(signal, interrupted);
    else process.off(signal, interrupted);
}

/** `temporary` is being written (`true`) or done with. */
function track(temporary: string, writing: boolean): void {
  const before = pending.size;
  if (writing) pending.add(temporary);
  else pending.delete(temporary);
  if (before === 0 && pending.size > 0) listening(true);
  if (before > 0 && pending.size === 0) listening(false);
}

/**
 * Writes `data` to `file` atomically: a temporary file in the same folder (so the rename stays on one file
 * system), renamed over `file` once complete. On any failure, or an interruption, the temporary file is
 * removed and `file` is left as it was; a failure is a CliError naming the file and the reason.
 */
export async function writeFileAtomic(
  file: string,
  data: Uint8Array | string,
  fs: WriteFs = NODE_FS,
): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let written = false;
  track(temporary, true);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx' });
    written = true;
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    // The temporary file was written, so the folder is writable: a rename refused (EBUSY, or EPERM as
    // Windows says it) is the file held open elsewhere, a workbook open in Excel.
    const code = (error as NodeJS.ErrnoException).code;
    const held = code === 'EBUSY' || (written && code === 'EPERM');
    throw new CliError(
      (t) =>
        `${t.cannotWrite(shownPath(file), held ? t.fileInUse : fileErrorReason(error, t))} ${t.fileUnchanged}`,
    );
  } finally {
    track(temporary, false);
  }
}
