/**
 * Sheet names as Excel and Sheets accept them: unique case-insensitively, at most 31 characters, without
 * `[]:*?/\`, not starting or ending with an apostrophe, and not Excel's reserved `History`.
 */
import { cutText } from './cutText';

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;
const RESERVED = ['history'];

/**
 * The name with forbidden characters replaced and edge apostrophes trimmed, within the length limit. Its
 * accents composed (NFC): `é` typed as `e` and a combining accent is one character, as Excel counts it
 * towards 31, and the same name as the composed one.
 */
function cleanName(base: string, maxLength: number): string {
  let name = base.normalize('NFC').replace(FORBIDDEN, '-').trim();
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(/^'+|'+$/g, '').trim();
  }
  return cutText(name, maxLength).replace(/'+$/, '').trim();
}

/** A last word that tells sheets of one kind apart: a period (`2026-10`, `2026-Q4`) or a number. */
const DISTINGUISHING_TAIL = /\s\S*\d\S*$/;

/**
 * `name` within `maxLength`, cut in its words rather than its last one when that is a period: the second
 * French debit note of October is `Facture rectificat 2026-10 (2)`, not `Facture rectificative 2026- (2)`,
 * which the one of November would also be.
 */
function fitted(name: string, maxLength: number): string {
  const tail = DISTINGUISHING_TAIL.exec(name)?.[0];
  if (name.length <= maxLength || !tail || tail.length * 2 > maxLength) return cleanName(name, maxLength);
  return cleanName(name.slice(0, -tail.length), maxLength - tail.length) + tail;
}

/** How two sheet names collide in Excel and Sheets: accents composed, case aside. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Hiragana, each 0x60 below its katakana. */
const HIRAGANA = /[\u3041-\u3096]/g;

/**
 * Every way a host may call two sheet names the same, for a new sheet's name to collide with none: Excel
 * documents only that names ignore case, and how it folds the rest (ß and ss, é and e, a full-width Ａ and
 * A, hiragana and katakana, Windows' NORM_IGNORE* flags) is its own. So case is folded fully (ß as ss),
 * accents are dropped and compatibility forms (width, ligatures) decomposed, æ and œ expanded as a
 * linguistic comparison may (NFKD keeps them: they are letters, not ligatures, to Unicode), kana types made
 * one: a name free under this key is free whatever the host folds, at worst a needless "(2)". Diagnostics'
 * sheetNames shows how the user's Excel folds them. Never used to find a sheet (`sheetNameKey` is), where
 * it would take another sheet for the one named.
 */
export function sheetNameCollisionKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(HIRAGANA, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60))
    .toUpperCase()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
}

/**
 * A name for a new sheet that collides with none of `existing`, however the host compares names
 * (`sheetNameCollisionKey`): `Invoice 2026-10`, then `Invoice 2026-10 (2)`, `(3)`… The user's sheets are
 * never overwritten.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  return freeSheetName(base, new Set(existing.map(sheetNameCollisionKey)));
}

/**
 * `uniqueSheetName` against the names whose `sheetNameCollisionKey`s are `taken`: a caller naming many
 * sheets keeps one set rather than measuring each name against every earlier one.
 */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  const free = (name: string) => {
    const key = sheetNameCollisionKey(name);
    return !taken.has(key) && !RESERVED.includes(key);
  };
  const clean = fitted(cleanName(base, Number.MAX_SAFE_INTEGER), MAX_LENGTH) || 'Sheet';
  if (free(clean)) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = fitted(clean, MAX_LENGTH - suffix.length) + suffix;
    if (free(candidate)) return candidate;
  }
}
