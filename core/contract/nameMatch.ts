/**
 * How a name someone typed (a KPI's, a volume's) finds the contract's: case aside first; failing that, as it
 * reads on screen. An accent may come composed (é) or as e + U+0301 (macOS file names, some exports); an
 * invisible character or a run of spaces may slip in; and a keyboard types the straight apostrophe (') where
 * the French names write the typographic one (’: « Taux d’abandon des sessions »).
 */

/** `name` as it reads on screen: what two names that look the same share. */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The item named `written`: the one whose name is it but for case, else the only one that reads the same
 * on screen (two that do are left to the caller's "unknown name", which lists them).
 */
export function namedItem<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  written: string,
): T | undefined {
  const lower = written.toLowerCase();
  const exact = items.find((item) => nameOf(item) !== '' && nameOf(item).toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const key = nameKey(written);
  const loose = items.filter((item) => nameOf(item) !== '' && nameKey(nameOf(item)) === key);
  return loose.length === 1 ? loose[0] : undefined;
}
