/**
 * The versioned contract file (`"schema": "outcome-fees/contract@1"`, see docs/contract-format.md).
 * Amounts and rates are written as decimal strings ("2.10"), never as floating-point numbers.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { contractText } from '../i18n/contract';
import { isDec, type Dec } from '../money';
import { failed, ok, pathIssue, type Result } from './issues';
import { readJsonText } from './jsonText';
import { contractSchema } from './schema/contract';
import { outsideRangeOf, rangeProblem } from './validRange';
import type { Contract, Language } from './types';

/** Options of the readers: the language of their messages (English by default). */
export interface ReadOptions {
  readonly lang?: Language;
}

/**
 * Validates a contract given as a parsed JSON value; every issue names its field path. A value outside its
 * KPI's range is said as JSON writes numbers, with a decimal point whatever the language (`77.4`: did you
 * mean `0.774`?), the value quoted as the file gives it.
 */
export function parseContract(value: unknown, options: ReadOptions = {}): Result<Contract> {
  const lang = options.lang ?? 'en';
  const parsed = contractSchema(lang).safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const p = contractText(lang).problems;
  return failed(
    parsed.error.issues.map((issue) => {
      const outside = outsideRangeOf((issue as { params?: unknown }).params);
      const typed = outside && valueAt(value, issue.path);
      const message = outside ? rangeProblem(outside.value, outside.kpi, p, typed, '.') : undefined;
      return pathIssue(issue.path, message ?? issue.message, lang);
    }),
  );
}

/** The JSON value at `path`, through own properties only; `undefined` where there is none. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * Reads a contract file's text (a syntax error said at its line and column, `jsonText.ts`). A key given twice in one object is an error at its path: `JSON.parse`
 * would keep the last one silently, so a second `"vatRate"` would replace the first unseen.
 */
export function loadContract(json: string, options: ReadOptions = {}): Result<Contract> {
  const lang = options.lang ?? 'en';
  const p = contractText(lang).problems;
  const read = readJsonText(json, lang);
  if (!read.ok) return failed([pathIssue([], p.invalidJson(read.problem), lang)]);
  const { value } = read;
  const invoice = invoiceNumber(value);
  if (invoice !== undefined) return failed([pathIssue([], p.invoiceNotContract(invoice), lang)]);
  const duplicates = duplicateKeys(json).map((path) =>
    pathIssue(path, p.duplicateKey(String(path[path.length - 1])), lang),
  );
  const parsed = parseContract(value, options);
  if (duplicates.length === 0) return parsed;
  return failed([...duplicates, ...(parsed.ok ? [] : parsed.issues)]);
}

/**
 * The number of an invoice JSON (no `schema`; `number`, `lines` and `total`) given as a contract: said so
 * in one line rather than as a dozen missing and unknown fields.
 */
function invoiceNumber(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('schema') || !has('lines') || !has('total')) return undefined;
  const number = (value as { number?: unknown }).number;
  return typeof number === 'string' ? number : undefined;
}

/** The path of every key that repeats an earlier key of the same object, in document order. */
export function duplicateKeys(json: string): (string | number)[][] {
  const found: (string | number)[][] = [];
  const walk = (node: JsonNode | undefined, path: (string | number)[]): void => {
    if (node?.type === 'array') node.children?.forEach((child, i) => walk(child, [...path, i]));
    if (node?.type !== 'object') return;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      const key = String(keyNode?.value);
      if (seen.has(key)) found.push([...path, key]);
      seen.add(key);
      walk(valueNode, [...path, key]);
    }
  };
  // The text already parsed as strict JSON, so the tolerant parser sees exactly that document.
  walk(parseTree(json), []);
  return found;
}

/** The contract as a plain JSON value: decimals as strings, absent options left out. */
export function contractToJson(contract: Contract): unknown {
  return toJsonValue(contract);
}

/** The contract file's text: `contractToJson`, indented by two spaces, with a final newline. */
export function saveContract(contract: Contract): string {
  return `${JSON.stringify(contractToJson(contract), null, 2)}\n`;
}

function toJsonValue(value: unknown): unknown {
  if (isDec(value)) return decimalText(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** Plain notation, never exponent: 0.00000001 stays readable and exact. */
function decimalText(value: Dec): string {
  return value.toFixed();
}
