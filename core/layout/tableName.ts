/**
 * Excel table names: start with a letter or `_`, then letters, digits, `_` or `.`; no spaces; not a cell
 * reference (`A1`, `KPI1`, `R1C1`, `R`, `C`) nor a logical value (`TRUE`, `FALSE`); at most 255 characters;
 * unique in the workbook, case-insensitively.
 * Excel refuses to open (it "repairs") a file that breaks any of these.
 */
const MAX_LENGTH = 255;
const INVALID_CHAR = /[^\p{L}\p{N}_.]/gu;
const VALID_START = /^[\p{L}_]/u;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;
const LOGICAL = /^(true|false)$/i;

/**
 * A valid table name for `base` that collides with none of `existing`: `Lines`, then `Lines_2`, `Lines_3`…
 * Two invoice sheets in one workbook can so both carry a table laid out as `Lines`.
 */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  let clean = base.trim().replace(INVALID_CHAR, '_') || 'Table';
  if (!VALID_START.test(clean) || LOOKS_LIKE_REFERENCE.test(clean) || LOGICAL.test(clean))
    clean = `_${clean}`;
  clean = clean.slice(0, MAX_LENGTH);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = clean.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
