/**
 * French typography, applied once where each French table is built (`frenchTexts`), not string by string:
 * a no-break space (U+00A0) before `:`, `;`, `?` and `!`, and inside « and ». U+00A0 rather than the narrow
 * U+202F because every font of Excel, Sheets and the pane draws it (numbers keep U+202F as their thousands
 * separator, `numberFormat.ts`). Text taken from the workbook (KPI names, labels, sheet names) is data and
 * is never respaced: a function's string arguments are held out of the rewrite wherever they appear in its
 * text.
 */

/** The no-break space of French punctuation. */
export const FRENCH_SPACE = '\u00a0';

/** Data held out of the rewrite stands as one private-use character each (U+E000 on), absent from text. */
const FIRST_MARK = 0xe000;
const MARKS = 0x1900;
const MARKED = /[\ue000-\uf8ff]/g;
const PRIVATE_USE = /[\ue000-\uf8ff]/;

/**
 * `text` spaced the French way. A space typed before `:`, `;`, `?`, `!` or inside « » becomes a no-break
 * space, and one is added where the table wrote none before `:`, `;` or `?` ending a word (never before `!`,
 * which ends error codes like `#VALUE!`; never inside `12:30`, `A1:B2` or `https://`, where no space
 * follows). Idempotent.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u202f]+([:;?!])/g, `${FRENCH_SPACE}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${FRENCH_SPACE}`)
    .replace(/[ \u00a0\u202f]*»/g, `${FRENCH_SPACE}»`)
    .replace(/([^\s:;?!])([:;?])(?=\s|$)/g, `$1${FRENCH_SPACE}$2`);
}

const NEEDS_SPACING = /[:;?!«»]/;

/** The non-blank strings among `args`, in arrays and objects too: the data a text function was given. */
function dataOf(args: readonly unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      if (value.trim() !== '') found.add(value);
    } else if (depth < 3 && typeof value === 'object' && value !== null) {
      for (const inner of Array.isArray(value) ? value : Object.values(value)) visit(inner, depth + 1);
    }
  };
  for (const arg of args) visit(arg, 0);
  // The longest first, so that a name containing another is held whole.
  return [...found].sort((a, b) => b.length - a.length);
}

/** `text` spaced the French way outside the occurrences of `data`. */
function spacedAround(text: string, data: readonly string[]): string {
  // Text already holding private-use characters is left as it is rather than risk mixing it with data.
  if (!NEEDS_SPACING.test(text) || PRIVATE_USE.test(text)) return text;
  const held = data.slice(0, MARKS);
  let marked = text;
  held.forEach((value, i) => {
    marked = marked.split(value).join(String.fromCharCode(FIRST_MARK + i));
  });
  return frenchSpacing(marked).replace(MARKED, (mark) => held[mark.charCodeAt(0) - FIRST_MARK] ?? mark);
}

function spacedResult(result: unknown, data: readonly string[]): unknown {
  if (typeof result === 'string') return spacedAround(result, data);
  if (Array.isArray(result)) return result.map((r) => spacedResult(r, data));
  return result;
}

/**
 * A French table with its typography: its strings spaced, and each of its functions returning its text
 * spaced around the data it was given. Arrays and nested tables are followed.
 */
export function frenchTexts<T>(table: T): T {
  return respaced(table) as T;
}

function respaced(value: unknown): unknown {
  if (typeof value === 'string') return frenchSpacing(value);
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => spacedResult(fn(...args), dataOf(args));
  }
  if (Array.isArray(value)) return value.map(respaced);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, respaced(inner)]));
  return value;
}

const ANY_SPACE = /[\u00a0\u202f]/g;

/**
 * Whether two cell values are the same text but for the kind of their spaces: a French sheet written
 * before this typography (plain spaces before `:` or inside « ») says the same as one written now.
 */
export function sameButSpaces(a: unknown, b: unknown): boolean {
  return (
    typeof a === 'string' && typeof b === 'string' && a.replace(ANY_SPACE, ' ') === b.replace(ANY_SPACE, ' ')
  );
}
