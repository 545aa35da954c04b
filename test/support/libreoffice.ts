/**
 * A workbook read back by LibreOffice: `soffice --headless --convert-to`, the one way the tests have of
 * seeing the .xlsx the product writes as another spreadsheet program opens it.
 * - Each conversion has a private profile: a LibreOffice already running on the machine (a user's, or
 *   another test file's) would otherwise take the request over and the conversion would do nothing here.
 * - soffice exits 0 when it could not load a file ("Error: source file could not be loaded"), so each file
 *   it should have written is checked for, and its words are in the failure.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTool, type Tool } from './externalTool';

export const SOFFICE: Tool = { command: 'soffice', debianPackage: 'libreoffice-calc-nogui' };

/**
 * `files` converted to `format` (`csv`, `xlsx`, `pdf`) into `outdir`, made if missing; the converted files'
 * paths, in the order of `files`. LibreOffice starts on a new profile each time: give the test 150 s.
 */
export function convertWithLibreOffice(files: readonly string[], format: string, outdir: string): string[] {
  mkdirSync(outdir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'outcome-fees-lo-profile-'));
  try {
    const said = runTool(SOFFICE, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      outdir,
      ...files,
    ]);
    const converted = files.map((file) => join(outdir, `${basename(file, extname(file))}.${format}`));
    const missing = converted.filter((file) => !existsSync(file));
    if (missing.length > 0)
      throw new Error(`soffice wrote no ${missing.join(', ')}; it said: ${said.trim() || '(nothing)'}`);
    return converted;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
