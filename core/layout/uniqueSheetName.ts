/** Sheet names are unique case-insensitively, at most 31 characters, without `[]:*?/\`. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * A name for a new sheet that collides with none of `existing`: `Invoice 2026-10`, then
 * `Invoice 2026-10 (2)`, `(3)`… The user's sheets are never overwritten.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const clean = base.replace(FORBIDDEN, '-').trim().slice(0, MAX_LENGTH) || 'Sheet';
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
