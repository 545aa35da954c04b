import { contractSheetLanguage } from '../contract/sheet/sheetLanguage';
import type { Language } from '../contract/types';
import { findTemplate } from '../templates';
import { readContractWorkbook } from '../xlsx/readContractWorkbook';
import { isWorkbook, readBytes } from './inputFile';

export { contractSheetLanguage };

/**
 * The language a contract JSON's problems are said in: its `language` when that is `fr`, else English. A
 * file that does not parse (a comment left in it) still says its language where a field names it once.
 */
export function contractJsonLanguage(json: string): Language {
  try {
    const parsed: unknown = JSON.parse(json);
    const said = typeof parsed === 'object' && parsed !== null && 'language' in parsed && parsed.language;
    return said === 'fr' ? 'fr' : 'en';
  } catch {
    const said = [...json.matchAll(/"language"\s*:\s*"([^"]*)"/g)];
    return said.length === 1 && said[0][1] === 'fr' ? 'fr' : 'en';
  }
}

/**
 * The language a run says its failures in when they come before its contract is read: that of the first
 * `--contract` file's contract, else `--lang`'s, else that of the template `template NAME` or
 * `demo --template NAME` writes in (the online business manager's is French), else English.
 */
export async function runLanguage(argv: readonly string[]): Promise<Language> {
  const value = (name: string) => {
    const i = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i] === name ? argv[i + 1] : argv[i].slice(name.length + 1);
  };
  const contract = value('--contract');
  if (contract !== undefined) return contractFileLanguage(contract);
  const lang = value('--lang');
  if (lang !== undefined) return lang === 'fr' ? 'fr' : 'en';
  const template = findTemplate((argv[0] === 'template' ? argv[1] : value('--template')) ?? '');
  return template?.defaultLanguage ?? 'en';
}

/**
 * The language of the contract in `file` (JSON or a workbook's Contract sheet), English when it cannot be
 * read: what a run says its problems in before, or without, reading that contract.
 */
export async function contractFileLanguage(file: string): Promise<Language> {
  try {
    // Bounded as every input is: a device such as /dev/urandom would never end.
    const bytes = await readBytes(file);
    if (!isWorkbook(bytes)) return contractJsonLanguage(bytes.toString('utf8'));
    const sheet = (await readContractWorkbook(bytes)).contract;
    return sheet ? contractSheetLanguage(sheet.grid) : 'en';
  } catch {
    return 'en';
  }
}
