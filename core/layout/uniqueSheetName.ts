/**
 * Sheet names as Excel and Sheets accept them: unique case-insensitively, at most 31 characters, without
 * `[]:*?/\`, not starting or ending with an apostrophe, and not Excel's reserved `History`.
 */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;
const RESERVED = ['history'];

/** The name with forbidden characters replaced and edge apostrophes trimmed, within the length limit. */
function cleanName(base: string, maxLength: number): string {
  let name = base.replace(FORBIDDEN, '-').trim();
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(/^'+|'+$/g, '').trim();
  }
  return name.slice(0, maxLength).replace(/'+$/, '').trim();
}

/**
 * A name for a new sheet that collides with none of `existing`: `Invoice 2026-10`, then
 * `Invoice 2026-10 (2)`, `(3)`… The user's sheets are never overwritten.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set([...existing.map((name) => name.toLowerCase()), ...RESERVED]);
  const clean = cleanName(base, MAX_LENGTH) || 'Sheet';
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cleanName(clean, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
