import { distance } from 'fastest-levenshtein';

/**
 * The name among `names` that `typed` most likely misspells (`perod` for `period`, `invoices` for
 * `invoice`): at most one edit in three letters, at least one; `undefined` when none is that near, or when
 * two are equally near, since naming either would be a guess.
 */
export function nearestName(typed: string, names: Iterable<string>): string | undefined {
  const wanted = typed.toLowerCase();
  const most = Math.max(1, Math.floor(wanted.length / 3));
  let best: { name: string; edits: number; tied: boolean } | undefined;
  for (const name of names) {
    const edits = distance(wanted, name.toLowerCase());
    if (edits > most || (best !== undefined && edits > best.edits)) continue;
    best =
      best !== undefined && edits === best.edits ? { ...best, tied: true } : { name, edits, tied: false };
  }
  return best && !best.tied ? best.name : undefined;
}
