/**
 * Excel table names are unique in the whole workbook (case-insensitively), start with a letter, `_` or `\`,
 * hold only letters, digits, `_` and `.`, and must not read as a cell reference (`A1`, `R1C1`).
 */
const MAX_LENGTH = 255;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** A valid table name derived from `base` that none of `existing` already uses: `Lines`, `Lines_2`, … */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  let clean = base.replace(/[^\p{L}\p{N}_.\\]/gu, '_').slice(0, MAX_LENGTH) || 'Table';
  if (!/^[\p{L}_\\]/u.test(clean) || LOOKS_LIKE_CELL.test(clean)) clean = `_${clean}`.slice(0, MAX_LENGTH);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = clean.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
