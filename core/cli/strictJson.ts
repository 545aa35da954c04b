/**
 * JSON files the commands read back (an issued invoice): `JSON.parse` keeps the last of two equal keys
 * silently, so an edited `"total"` placed before the genuine one would pass unseen. A repeated key is an
 * error naming its path, as in contract files.
 */
import { contractText } from '../i18n/contract';
import { pathIssue } from '../contract/issues';
import { duplicateKeys } from '../contract/json';
import { readJsonText } from '../contract/jsonText';
import type { Language } from '../contract/types';

export type StrictJson =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

/**
 * Parses `text`, refusing invalid JSON (said at its line and column) and a key given twice in one object,
 * in `lang`: the language of the contract the file is read against, as the sentence around it.
 */
export function parseStrictJson(text: string, lang: Language = 'en'): StrictJson {
  const read = readJsonText(text, lang);
  if (!read.ok) return read;
  const { value } = read;
  const [first] = duplicateKeys(text);
  if (first === undefined) return { ok: true, value };
  const problem = contractText(lang).problems.duplicateKey(String(first[first.length - 1]));
  return { ok: false, problem: pathIssue(first, problem, lang).message };
}
