import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { functionReference, REFERENCE_FILES, type DocLanguage } from '../../docs/functionReference';
import { cliTexts } from '../../i18n/cli';
import { languageOption, stringOption } from '../args';
import { CliError } from '../cliError';
import type { Command } from '../command';
import { makeFolderFor, writeFileAtomic } from '../outputFile';
import { shownPath } from '../shown';

const USAGE = 'usage: outcome-fees docs [--check] [--root DIR] [--lang en|fr]';

/** `--root DIR` must be a folder already: a mistyped one is refused, never created. */
function checkRoot(root: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(root).isDirectory();
  } catch {
    throw new CliError((t) => t.noRootFolder(root));
  }
  if (!isFolder) throw new CliError((t) => t.rootNotAFolder(root));
}

/** The text of `file`, or undefined when there is none to read. */
function currentText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Refuses, before anything is written, to replace a file that is not a reference this command wrote (its
 * title line): run in a project of the user's, docs/functions.md may well be theirs.
 */
function refuseForeignFiles(root: string): void {
  for (const lang of Object.keys(REFERENCE_FILES) as DocLanguage[]) {
    const file = join(root, REFERENCE_FILES[lang]);
    const current = currentText(file);
    const title = functionReference(lang).split('\n')[0];
    if (current !== undefined && current.split('\n')[0] !== title)
      throw new CliError((t) => t.notOurReference(shownPath(file), title));
  }
}

/**
 * `outcome-fees docs [--check] [--root DIR] [--lang en|fr]`: writes docs/functions.md and
 * docs/functions.fr.md from the registry; with --check, fails when a file on disk differs from what the
 * registry generates. Both references are written whatever `--lang`, which is the language of what it says.
 */
export const docsCommand: Command = {
  usage: USAGE,
  options: { check: { type: 'boolean' }, root: { type: 'string' }, lang: { type: 'string' } },
  maxPositionals: 0,
  run: async (args, io) => {
    const t = cliTexts(languageOption(args, 'en', USAGE));
    const given = stringOption(args, 'root');
    if (given !== undefined) checkRoot(given);
    const root = given ?? process.cwd();
    const fix = given === undefined ? 'outcome-fees docs' : `outcome-fees docs --root ${given}`;
    if (!args.values.check) refuseForeignFiles(root);
    let stale = 0;
    for (const lang of Object.keys(REFERENCE_FILES) as DocLanguage[]) {
      const file = join(root, REFERENCE_FILES[lang]);
      // The file as the user would type it from here: `--root site` writes site/docs/functions.md.
      const shown = shownPath(file);
      const wanted = functionReference(lang);
      if (args.values.check) {
        const current = currentText(file);
        if (current !== wanted) {
          io.err(current === undefined ? t.referenceMissing(shown, fix) : t.referenceStale(shown, fix));
          stale++;
        }
      } else {
        makeFolderFor(dirname(file), file);
        await writeFileAtomic(file, wanted);
        io.out(t.wrote(shown));
      }
    }
    return stale > 0 ? 1 : 0;
  },
};
