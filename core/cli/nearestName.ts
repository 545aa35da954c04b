import { distance } from 'fastest-levenshtein';

/**
 * The name among `names` that `typed` most likely misspells (`perod` for `period`, `invoices` for
 * `invoice`): at most one edit in three letters, at least one; else the one name it begins (`bpo`);
 * `undefined` when none is that near, or when two are equally near, since naming either would be a guess.
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
  if (best !== undefined) return best.tied ? undefined : best.name;
  return onlyStartingWith(wanted, names);
}

/**
 * The one name `typed` begins, as typed short (`bpo` for `bpo-customer-service`, `rec` for `reconcile`): at
 * least three letters, since `c` or `ex` begins several names, and naming one would be a guess.
 */
function onlyStartingWith(wanted: string, names: Iterable<string>): string | undefined {
  if (wanted.length < 3) return undefined;
  const starting = [...names].filter((name) => name.toLowerCase().startsWith(wanted));
  return starting.length === 1 ? starting[0] : undefined;
}
