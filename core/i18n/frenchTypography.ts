/**
 * French typography of the product's own text, never of data: a no-break space (U+00A0) before `:`, `;`,
 * `?`, `!` and `%`, and inside « and ». U+00A0 rather than the narrow U+202F because every font of Excel, Sheets
 * and the pane draws it (numbers keep U+202F as their thousands separator, `numberFormat.ts`). A French
 * table's plain strings are spaced once when the table is built (`frenchTexts`); its functions write their
 * text with the `fr` tag, which spaces the template's literal parts and leaves what is interpolated (KPI
 * names, labels, sheet names, numbers) exactly as given.
 */
import type { Language } from '../contract/types';

/** The no-break space of French punctuation. */
export const FRENCH_SPACE = '\u00a0';

/**
 * `text` spaced the French way. A space typed before `:`, `;`, `?`, `!` or inside « » becomes a no-break
 * space, and one is added where the table wrote none before `:`, `;` or `?` ending a word (never before `!`,
 * which ends error codes like `#VALUE!`; never inside `12:30`, `A1:B2` or `https://`, where no space
 * follows). A space typed before `%` becomes a no-break space, so `20 %` never wraps its sign alone to the
 * next line. Idempotent.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u202f]+([:;?!])/g, `${FRENCH_SPACE}$1`)
    .replace(/ +%/g, `${FRENCH_SPACE}%`)
    .replace(/«[ \u00a0\u202f]*/g, `«${FRENCH_SPACE}`)
    .replace(/[ \u00a0\u202f]*»/g, `${FRENCH_SPACE}»`)
    .replace(/([^\s:;?!])([:;?])(?=\s|$)/g, `$1${FRENCH_SPACE}$2`);
}

/**
 * Stands for an interpolated value while a literal part is spaced: a word character, so that the table's
 * `:` right after a value (`${kpi}: trop haut`) is spaced as after any word, and a `:` right before one
 * (`${first}:${last}`) is not, as in `A1:B2`. Its own spacing never changes (it is no space nor punctuation).
 */
const VALUE = 'x';

const SPACED = new WeakMap<TemplateStringsArray, readonly string[]>();

function spacedParts(strings: TemplateStringsArray): readonly string[] {
  const last = strings.length - 1;
  return strings.map((part, i) => {
    const before = i > 0 ? VALUE : '';
    const after = i < last ? VALUE : '';
    const spaced = frenchSpacing(before + part + after);
    return spaced.slice(before.length, spaced.length - after.length);
  });
}

/**
 * A French template: its literal parts spaced the French way (once per call site), its values interpolated
 * untouched. A `:`, `;` or `?` the table writes right after a value is the table's punctuation and takes its
 * no-break space (`${kpi}: trop haut` gives `A:B\u00a0: trop haut` for a KPI named `A:B`); a `!` right after
 * a value never does (`${code}!`, as in `#VALUE!`). The values themselves are data, never respaced.
 */
export function fr(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let parts = SPACED.get(strings);
  if (parts === undefined) {
    parts = spacedParts(strings);
    SPACED.set(strings, parts);
  }
  let text = parts[0];
  for (let i = 0; i < values.length; i++) text += String(values[i]) + parts[i + 1];
  return text;
}

/**
 * Items said one after the other in the product's text: `a; b` in English, `a\u00a0; b` in French. The
 * items are kept as given (data, or text their own table has spaced already); only the separator is French.
 */
export const joinList = (lang: Language, items: readonly string[]): string =>
  items.join(lang === 'fr' ? fr` ; ` : '; ');

/**
 * A French table with its plain strings spaced, arrays and nested tables followed. Its functions are kept
 * as written: they space their own text with `fr`.
 */
export function frenchTexts<T>(table: T): T {
  return spacedStrings(table) as T;
}

function spacedStrings(value: unknown): unknown {
  if (typeof value === 'string') return frenchSpacing(value);
  if (Array.isArray(value)) return value.map(spacedStrings);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spacedStrings(inner)]));
  return value;
}

const ANY_SPACE = /[\u00a0\u202f]/g;

/**
 * Whether two cell values are the same text but for their typography: a French sheet written before it
 * (plain spaces before `:` or inside « », a straight apostrophe in `l'objectif`) says the same as one
 * written now.
 */
export function sameButTypography(a: unknown, b: unknown): boolean {
  const plain = (text: string) => text.replace(ANY_SPACE, ' ').replace(/’/g, "'");
  return typeof a === 'string' && typeof b === 'string' && plain(a) === plain(b);
}
